#!/usr/bin/env bash
# Checks the Javadoc of the library API, package `revue` (src/main/java/revue/*.java, not the
# internal packages below it): runs the JDK's javadoc with its default checks (doclint: missing
# comments, @param, @return, @throws, broken references, bad HTML) and exits 1 on any warning or
# error, printing them. Writes the HTML to a temporary folder and removes it.
# javadoc comes from $JAVADOC, else from beside the java that scripts/find-java.sh picks.
# Needs the dependencies in the local Maven repository (run `mvn compile` once online); set
# MVN_OFFLINE= to let Maven go online.
# Usage: scripts/javadoc-check.sh
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
offline="${MVN_OFFLINE--o}"
if [ -n "${JAVADOC:-}" ]; then
  javadoc_bin="$JAVADOC"
else
  java_bin="$(scripts/find-java.sh)"
  javadoc_bin="$(dirname "$(readlink -f "$java_bin")")/javadoc"
fi
if [ ! -x "$javadoc_bin" ]; then
  echo "javadoc-check: no javadoc at $javadoc_bin (install a JDK, or set JAVADOC)" >&2
  exit 2
fi
mvn $offline -q compile
cp="$(mvn $offline -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
out="$(mktemp -d)"
log="$out.log"
trap 'rm -rf "$out" "$log"' EXIT
status=0
"$javadoc_bin" -quiet -d "$out" -cp "$cp:target/classes" src/main/java/revue/*.java >"$log" 2>&1 \
  || status=$?
problems="$(grep -cE '(warning|error):' "$log" || true)"
if [ "$status" -ne 0 ] || [ "$problems" -ne 0 ]; then
  cat "$log" >&2
  echo "javadoc-check: $problems warnings and errors in package revue (javadoc exit $status)" >&2
  exit 1
fi
echo "javadoc-check: package revue has no javadoc warnings"
