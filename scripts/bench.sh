#!/usr/bin/env bash
# Runs the benchmark harness (revue.bench.Harness): baseline Lucene vs revue, indexing, queries,
# one-shot commands. Usage: scripts/bench.sh [CORPUS_DIR] [options]; --help lists the options.
# Builds target/revue.jar first; runs at low priority (the machine is shared).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
if [ ! -f target/revue.jar ] || [ -n "$(find src/main pom.xml -newer target/revue.jar -print -quit)" ]; then
  mvn -q -B -DskipTests package >&2
fi
java_bin="$(scripts/find-java.sh)"
exec nice "$java_bin" -Xmx2g --enable-native-access=ALL-UNNAMED -cp target/revue.jar revue.bench.Harness "$@"
