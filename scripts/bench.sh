#!/usr/bin/env bash
# Runs the benchmark harness (revue.bench.Harness): baseline Lucene vs revue, indexing, queries,
# one-shot commands. Usage: scripts/bench.sh [CORPUS_DIR] [options]; --help lists the options.
# Builds target/revue.jar and target/revue-bench.jar (src/bench/java) first; runs at low priority
# (the machine is shared).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
if [ ! -f target/revue.jar ] || [ ! -f target/revue-bench.jar ] \
  || [ -n "$(find src/main src/bench pom.xml -newer target/revue-bench.jar -print -quit)" ]; then
  mvn -q -B -DskipTests package >&2
fi
java_bin="$(scripts/find-java.sh)"
# The queries of both engines run in this JVM. Objects that survive one young collection are
# promoted at the next (MaxTenuringThreshold=1) rather than copied between survivor spaces up to
# 15 times: a searcher's memory of term look-ups, word analyses and entity expansions grows with
# every new query, and G1 copied it again at each young pause (median 13.6 ms in the measured
# passes of a 1M --reuse run, where fresh instances meet new queries, against 1.4 ms while one
# instance met queries again; 3.8 ms with the flag; -Xlog:gc).
exec nice "$java_bin" -Xmx2g -XX:MaxTenuringThreshold=1 --enable-native-access=ALL-UNNAMED -cp target/revue-bench.jar revue.bench.Harness "$@"
