#!/usr/bin/env bash
# Load run of `revue serve` on loopback against an index of the shared corpora, beside the same
# requests through the library in-process (revue.bench.ServeLoad). Usage:
#   scripts/serve-load.sh INDEX_DIR [--seconds 60] [--warmup 15] [--clients 16] [--seed 42]
# Build the index first: ./revue index /work/shared/corpora --index INDEX_DIR
# Runs at low priority (the machine is shared).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
[ $# -ge 1 ] || { echo "usage: scripts/serve-load.sh INDEX_DIR [options]" >&2; exit 2; }
index="$1"; shift
titles="${REVUE_TITLES:-/work/shared/baseline/sample-queries.tsv}"
if [ ! -f target/revue-bench.jar ] || [ -n "$(find src/main src/bench pom.xml -newer target/revue-bench.jar -print -quit)" ]; then
  mvn -q -B -DskipTests package >&2
fi
java_bin="$(scripts/find-java.sh)"
exec nice "$java_bin" -Xmx2g --enable-native-access=ALL-UNNAMED -cp target/revue-bench.jar revue.bench.ServeLoad "$index" "$titles" "$@"
