#!/usr/bin/env bash
# Runs the JMH microbenchmarks of src/bench/java (analysis chains, language identification, entity
# matching). Arguments go to JMH, e.g. scripts/jmh.sh AnalysisBenchmark -f 1 -wi 2 -i 3
# (-h lists them). Builds target/revue-bench.jar when missing or older than the sources; runs at
# low priority.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
java_bin="$(scripts/find-java.sh)"
if [ ! -f target/revue-bench.jar ] || [ ! -f target/jmh-classpath.txt ] \
  || [ -n "$(find src/main src/bench pom.xml -newer target/revue-bench.jar -print -quit)" ]; then
  # JMH's own jars (a test dependency): the class path of the test scope
  mvn -q -B -DskipTests package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test >&2
fi
exec nice "$java_bin" --enable-native-access=ALL-UNNAMED \
  -cp "target/revue-bench.jar:target/revue.jar:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
