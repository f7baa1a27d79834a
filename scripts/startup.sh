#!/usr/bin/env bash
# Measures what each start-up step buys for the one-shot CLI: `revue search QUERY --index DIR`
# run as plain `java -jar`, with the class-data-sharing archive, with C1 only, and through the
# ./revue launcher (which uses both). Needs hyperfine; prints its table (mean, and user CPU time,
# which is the steadier figure on a busy machine).
# Usage: scripts/startup.sh INDEX_DIR [QUERY] [RUNS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
index="${1:?usage: scripts/startup.sh INDEX_DIR [QUERY] [RUNS]}"
query="${2:-Bourita Niger}"
runs="${3:-10}"
java_bin="$(scripts/find-java.sh)"
./revue --version >/dev/null # builds the jar and the CDS archive when missing
base="$java_bin --enable-native-access=ALL-UNNAMED -Xlog:cds=off -Xlog:cds+dynamic=off"
cds="-XX:SharedArchiveFile=target/revue.jsa -Xshare:auto"
args="search '$query' --index $index"
hyperfine -N -w 1 -r "$runs" \
  -n "java -jar (no CDS)" "$base -jar target/revue.jar $args" \
  -n "java -jar + CDS archive" "$base $cds -jar target/revue.jar $args" \
  -n "java -jar + CDS + C1 only" "$base $cds -XX:TieredStopAtLevel=1 -jar target/revue.jar $args" \
  -n "./revue (launcher)" "./revue $args" \
  -n "java -version (JVM floor)" "$java_bin -Xshare:auto -version"
