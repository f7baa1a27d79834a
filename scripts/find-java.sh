#!/usr/bin/env bash
# Prints the path of a java 21 or newer: JAVA_HOME, the PATH's java, then /usr/lib/jvm/* and
# /opt/java/*. Reads each JDK's `release` file instead of starting a JVM to ask its version.
set -uo pipefail
major_of() {
  local bin="$1" home release v
  home="$(cd "$(dirname "$(readlink -f "$bin")")/.." && pwd)"
  release="$home/release"
  if [ -f "$release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  else
    v="$("$bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
  fi
  echo "${v%%.*}"
}
candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
for j in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java; do [ -x "$j" ] && candidates+=("$j"); done
for j in "${candidates[@]}"; do
  [ -x "$j" ] || continue
  v="$(major_of "$j")"
  if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then echo "$j"; exit 0; fi
done
echo "needs Java 21 or newer (set JAVA_HOME)" >&2
exit 1
