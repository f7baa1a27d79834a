#!/usr/bin/env bash
# Runs the JMH microbenchmarks in src/jmh/java (analysis chains, language identification, entity
# matching). Arguments go to JMH, e.g. scripts/jmh.sh AnalysisBenchmark -f 1 -wi 2 -i 3
# (-h lists them). Compiles main classes and the benchmarks; runs at low priority.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
java_bin="$(scripts/find-java.sh)"
javac_bin="$(dirname "$java_bin")/javac"
mvn -q -B -Pjmh compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=compile >&2
cp="target/classes:$(cat target/jmh-classpath.txt)"
rm -rf target/jmh-classes target/jmh-generated
mkdir -p target/jmh-classes target/jmh-generated
"$javac_bin" -proc:full -encoding UTF-8 --release 21 -cp "$cp" -processorpath "$cp" \
  -s target/jmh-generated -d target/jmh-classes $(find src/jmh/java -name '*.java')
exec nice "$java_bin" --enable-native-access=ALL-UNNAMED -cp "target/jmh-classes:$cp" \
  org.openjdk.jmh.Main "$@"
