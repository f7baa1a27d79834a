#!/usr/bin/env bash
# Measures what each start-up step buys for the one-shot CLI: `revue search QUERY --index DIR` as
# plain `java -jar`, then with the launcher's steps added one at a time: the AOT cache (JDK 25+;
# the dynamic CDS archive on older JDKs), C1 only, fewer C1 compilations, the serial collector, the
# cache mapped at its own address, transparent huge pages for the heap (where the kernel offers them
# on request); then the ./revue launcher
# itself, and the JVM's own floor. Needs hyperfine; prints its table (mean, and user CPU time, the
# steadier figure on a busy machine).
# Usage: scripts/startup.sh INDEX_DIR [QUERY] [RUNS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
index="${1:?usage: scripts/startup.sh INDEX_DIR [QUERY] [RUNS]}"
query="${2:-Bourita Niger}"
runs="${3:-10}"
java_bin="$(scripts/find-java.sh)"
./revue search "$query" --index "$index" >/dev/null # builds the jar and the start-up cache when missing
version="$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
base="$java_bin --enable-native-access=ALL-UNNAMED -Xlog:cds=off -Xlog:aot=off"
if [ "${version%%.*}" -ge 25 ]; then
  cache="-XX:AOTCache=target/revue.aot"
  cache_name="AOT cache"
else
  cache="-XX:SharedArchiveFile=target/revue.jsa -Xshare:auto -Xlog:cds+dynamic=off"
  cache_name="CDS archive"
fi
args="search '$query' --index $index"
hyperfine -N -w 1 -r "$runs" \
  -n "java -jar" "$base -jar target/revue.jar $args" \
  -n "java -jar + $cache_name" "$base $cache -jar target/revue.jar $args" \
  -n "java -jar + $cache_name + C1 only" "$base $cache -XX:TieredStopAtLevel=1 -jar target/revue.jar $args" \
  -n "java -jar + $cache_name + C1 only, fewer compilations" "$base $cache -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=10 -jar target/revue.jar $args" \
  -n "java -jar + $cache_name + C1 only, fewer compilations, serial GC, cache unrelocated" "$base $cache -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=10 -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -jar target/revue.jar $args" \
  -n "java -jar + $cache_name + C1 only, fewer compilations, serial GC, cache unrelocated, huge pages" "$base $cache -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=10 -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:+UseTransparentHugePages -jar target/revue.jar $args" \
  -n "./revue (launcher: all of the above)" "./revue $args" \
  -n "java -version (JVM floor)" "$java_bin -Xshare:auto -version"
