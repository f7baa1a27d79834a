#!/usr/bin/env bash
# revue as a dependency: installs the library jar in the local Maven repository (mvn install), builds
# src/it/library-example (its own pom, depending on revue:revue) and runs the README's library example
# in a scratch folder holding a copy of the bundled corpus (and checks that target/revue-bench.jar,
# from the same build, runs). Checks that the example's class path holds
# none of the command line's or the benchmarks' dependencies (picocli, JMH, JUnit), that it exits 0
# and prints nothing on stderr, and its first line. Run by .ci/run.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
example="$home/src/it/library-example"
mvn -q -B -DskipTests install
mvn -q -B -f "$example/pom.xml" package \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$example/target/classpath.txt"
classpath="$(cat "$example/target/classpath.txt")"
leaked="$(tr ':' '\n' <<< "$classpath" | grep -E '/(picocli|jmh-core|junit-[a-z]+|opentest4j)[-/]' || true)"
if [ -n "$leaked" ]; then
  echo "test-library-example: the library brings the CLI's or the benchmarks' dependencies:" >&2
  echo "$leaked" >&2
  exit 1
fi
if unzip -l "$HOME/.m2/repository/revue/revue/0.1.0-SNAPSHOT/revue-0.1.0-SNAPSHOT.jar" \
  | grep -qE ' (revue/cli|revue/bench|picocli)/.'; then
  echo "test-library-example: the library jar holds CLI, picocli or benchmark classes" >&2
  exit 1
fi
java_bin="$(scripts/find-java.sh)"
# the benchmarks' own jar, from the same full build: it runs beside target/revue.jar
bench_usage="$("$java_bin" -cp target/revue-bench.jar revue.bench.Harness --help | head -1)"
if [ "$bench_usage" != "usage: scripts/bench.sh [CORPUS_DIR] [options]   (CORPUS_DIR default ../shared/corpora)" ]; then
  echo "test-library-example: revue-bench.jar's Harness --help printed '$bench_usage'" >&2
  exit 1
fi
scratch="$(mktemp -d "${TMPDIR:-/tmp}/revue-library-example.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
cp -r corpus "$scratch/corpus"
status=0
# the flags an embedding program passes: see the README's Library section
(cd "$scratch" && "$java_bin" --enable-native-access=ALL-UNNAMED \
  -Djava.util.logging.config.file="$example/logging.properties" -cp "$example/target/classes:$classpath" example.LibraryExample > out.txt 2> err.txt) || status=$?
cat "$scratch/out.txt"
if [ "$status" != 0 ] || [ -s "$scratch/err.txt" ]; then
  echo "test-library-example: exit $status; stderr:" >&2
  cat "$scratch/err.txt" >&2
  exit 1
fi
first="$(head -1 "$scratch/out.txt")"
expected="2022-05-10  Le monde affûte ses armes au Maroc contre le terrorisme (vidéos)"
if [ "$first" != "$expected" ]; then
  echo "test-library-example: first line '$first', expected '$expected'" >&2
  exit 1
fi
echo "test-library-example: ok"
