#!/usr/bin/env bash
# Tests the ./revue launcher and the shipped jar as a user runs them, in a fresh copy of the project
# (the files git tracks, as a clone or a downloaded archive has them; no target/, empty index/):
#   1. plain:     only a Java older than 21 on PATH, a JDK 21+ under /usr/lib/jvm (or /opt/java):
#                 the first search builds the jar and indexes the bundled corpus;
#   2. again:     a second search neither builds nor indexes;
#   3. JAVA_HOME: JAVA_HOME at a JDK 21+ with the old java first on PATH: the launcher builds and runs;
#   4. JDK alone: a JDK 21+ is the only java on PATH, no JAVA_HOME: builds and runs;
#   5. symlink:   a link to the launcher in a folder on PATH, run from another folder (with --index,
#                 then without: the project's index through REVUE_HOME; an empty REVUE_HOME);
#   6. the jar:   java -jar target/revue.jar, as a deployment runs it;
#   7. the jars:  no benchmark class in target/revue.jar or the library jar;
#   8. install:   scripts/install.sh into a scratch prefix: revue on PATH, completion, man page.
# Each step checks the exit code and the first lines printed. Set-ups 1 and 3 need a Java older than
# 21 on the machine: without one they are reported as skipped, and the script fails.
# Usage: scripts/test-launcher.sh [REV]   REV: a commit to test (default: the working tree's tracked
# files, committed or not). Run by .ci/run after `mvn test`; about 2 minutes on 2 cores.
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# --- the Java installations -------------------------------------------------------------------------
major_of() { # the major version of a java binary, from its JDK's release file
  local release
  release="$(cd "$(dirname "$(readlink -f "$1")")/.." && pwd)/release"
  [ -f "$release" ] || return 1
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}
new_jdk="" old_java=""
for j in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java /opt/java/*/bin/java "$(command -v java)"; do
  [ -x "$j" ] || continue
  v="$(major_of "$j")" || continue
  jdk="$(cd "$(dirname "$(readlink -f "$j")")/.." && pwd)"
  if [ "$v" -ge 21 ] && [ -z "$new_jdk" ] && [ -x "$jdk/bin/javac" ]; then new_jdk="$jdk"; fi
  if [ "$v" -lt 21 ] && [ -z "$old_java" ]; then old_java="$(readlink -f "$j")"; fi
done
[ -n "$new_jdk" ] || { echo "test-launcher: no JDK 21+ found" >&2; exit 1; }
echo "JDK 21+: $new_jdk; older java: ${old_java:-none}"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/revue-launcher-test.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# A folder with every command of the PATH but java and the other JDK tools, to build PATHs that hold
# exactly the Java a set-up asks for (mvn, git and the shell's tools stay reachable).
nojava="$tmp/path-without-java"
mkdir -p "$nojava"
jdk_tools=" $(ls "$new_jdk/bin" | tr '\n' ' ') "
IFS=: read -ra path_dirs <<< "$PATH"
for d in "${path_dirs[@]}"; do
  [ -d "$d" ] || continue
  for f in "$d"/*; do
    b="${f##*/}"
    case "$jdk_tools" in *" $b "*) continue ;; esac
    [ -x "$f" ] && [ ! -e "$nojava/$b" ] && ln -s "$f" "$nojava/$b"
  done
done

# --- the copy ---------------------------------------------------------------------------------------
rev="${1:-}"
if [ -z "$rev" ]; then rev="$(git -C "$home" stash create)"; rev="${rev:-HEAD}"; fi
copy="$tmp/revue"
mkdir -p "$copy"
git -C "$home" archive "$rev" | tar -x -C "$copy" || { echo "test-launcher: cannot export $rev" >&2; exit 1; }
echo "testing $(git -C "$home" rev-parse --short "$rev") in $copy"

failures=0 skipped=0
out="$tmp/out" err="$tmp/err"
# run NAME ENV... -- COMMAND...: runs COMMAND in $copy (or $RUN_DIR) with exactly that environment
run() {
  local name="$1"; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local start end
  start="$(date +%s%N)"
  (cd "${RUN_DIR:-$copy}" && env -i HOME="$HOME" TMPDIR="${TMPDIR:-/tmp}" LANG="${LANG:-C.UTF-8}" "${envs[@]}" "$@") \
    > "$out" 2> "$err"
  status=$?
  end="$(date +%s%N)"
  elapsed="$(( (end - start) / 1000000 ))"
  step="$name"
}
fail() {
  echo "FAIL $step: $*"
  echo "     exit $status after ${elapsed} ms; stdout:"; head -5 "$out" | sed 's/^/       /'
  echo "     stderr:"; tail -15 "$err" | sed 's/^/       /'
  failures=$((failures + 1))
}
ok() { echo "ok   $step (${elapsed} ms)"; }
# the first lines of a search for "Bourita Niger" over the bundled corpus
expect_results() {
  [ "$status" = 0 ] || { fail "exit code $status, expected 0"; return 1; }
  local first third
  first="$(sed -n 1p "$out")"
  third="$(sed -n 3p "$out")"
  [ "$first" = "2 articles match Bourita Niger" ] || { fail "first line '$first'"; return 1; }
  [ "$third" = " 1. Le monde affûte ses armes au Maroc contre le terrorisme (vidéos)" ] \
    || { fail "third line '$third'"; return 1; }
  clean_output
}
# no JVM warnings on stderr, no escape codes in output that is not a terminal
clean_output() {
  if grep -q 'WARNING' "$err"; then fail "a warning on stderr"; return 1; fi
  if grep -q $'\033' "$out" "$err"; then fail "escape codes in output"; return 1; fi
}
stderr_has() { grep -q "$1" "$err" || { fail "stderr lacks '$1'"; return 1; }; }
search=(./revue search "Bourita Niger" --limit 1)

# 1. plain
if [ -n "$old_java" ]; then
  run "plain: old java on PATH, JDK 21+ found in /usr/lib/jvm; first search builds and indexes" \
    PATH="$(dirname "$old_java"):$nojava" -- "${search[@]}"
  expect_results && stderr_has "revue: building" && stderr_has "revue: indexing corpus/ into index/" \
    && { [ -f "$copy/target/revue.jar" ] || fail "no target/revue.jar"; } && ok
else
  echo "SKIP plain: no Java older than 21 on this machine"; skipped=$((skipped + 1))
  run "first search with the JDK on PATH (builds and indexes)" PATH="$new_jdk/bin:$nojava" -- "${search[@]}"
  expect_results && stderr_has "revue: building" && ok
fi

# 2. again: same jar, same index, nothing printed on stderr
jar_before="$(stat -c %Y "$copy/target/revue.jar" 2>/dev/null)"
segments_before="$(ls "$copy/index" 2>/dev/null | sort | tr '\n' ' ')"
if [ -n "$old_java" ]; then env_again=(PATH="$(dirname "$old_java"):$nojava"); else env_again=(PATH="$new_jdk/bin:$nojava"); fi
run "again: a second search neither builds nor indexes" "${env_again[@]}" -- "${search[@]}"
if expect_results; then
  if [ -s "$err" ]; then fail "stderr not empty"
  elif [ "$(stat -c %Y "$copy/target/revue.jar")" != "$jar_before" ]; then fail "jar rebuilt"
  elif [ "$(ls "$copy/index" | sort | tr '\n' ' ')" != "$segments_before" ]; then fail "index changed"
  else ok; fi
fi

# 3. JAVA_HOME at the JDK 21+, the old java first on PATH: the build (mvn on JAVA_HOME) and the run
if [ -n "$old_java" ]; then
  rm -f "$copy/target/revue.jar"
  run "JAVA_HOME at a JDK 21+, old java first on PATH: builds and runs" \
    JAVA_HOME="$new_jdk" PATH="$(dirname "$old_java"):$nojava" -- "${search[@]}"
  expect_results && stderr_has "revue: building" && {
    chosen="$(cut -d'|' -f2 "$copy/target/java.path" 2>/dev/null)"
    [ "$chosen" = "$new_jdk/bin/java" ] || fail "target/java.path names '$chosen', not JAVA_HOME's java"; } && ok
else
  echo "SKIP JAVA_HOME with an older java first on PATH: no Java older than 21 on this machine"
  skipped=$((skipped + 1))
fi

# 4. a JDK 21+ as the only java on PATH
rm -f "$copy/target/revue.jar"
run "JDK 21+ alone on PATH, no JAVA_HOME: builds and runs" PATH="$new_jdk/bin:$nojava" -- "${search[@]}"
expect_results && stderr_has "revue: building" && ok

# 5. a link to the launcher in a folder on PATH, run from elsewhere
mkdir -p "$tmp/bin" "$tmp/elsewhere"
ln -s "$copy/revue" "$tmp/bin/revue"
RUN_DIR="$tmp/elsewhere" run "symlink: revue linked into a folder on PATH, run from another folder" \
  PATH="$tmp/bin:$new_jdk/bin:$nojava" -- revue search "Bourita Niger" --limit 1 --index "$copy/index"
expect_results && { [ ! -s "$err" ] || fail "stderr not empty"; } && ok
RUN_DIR="$tmp/elsewhere" run "symlink, no --index: the project's index, through REVUE_HOME set by the launcher" \
  PATH="$tmp/bin:$new_jdk/bin:$nojava" -- revue search "Bourita Niger" --limit 1
expect_results && { [ ! -s "$err" ] || fail "stderr not empty"; } && ok
mkdir -p "$tmp/empty-home"
RUN_DIR="$tmp/elsewhere" run "REVUE_HOME without an index: the message names the index looked for" \
  PATH="$tmp/bin:$new_jdk/bin:$nojava" REVUE_HOME="$tmp/empty-home" -- revue search "Bourita Niger"
if [ "$status" != 2 ]; then fail "exit code $status, expected 2"
elif [ "$(head -1 "$err")" != "revue: no index at $tmp/empty-home/index: run 'revue index PATH --index $tmp/empty-home/index' first" ]; then
  fail "first line of stderr '$(head -1 "$err")'"
else ok; fi

# 6. the shipped jar, run directly
run "java -jar target/revue.jar search" PATH="$nojava" -- "$new_jdk/bin/java" -jar target/revue.jar \
  search "Bourita Niger" --limit 1
expect_results && ok
run "java -jar target/revue.jar --version" PATH="$nojava" -- "$new_jdk/bin/java" -jar target/revue.jar --version
if [ "$status" != 0 ]; then fail "exit code $status"
elif ! head -1 "$out" | grep -q '^revue [0-9]'; then fail "first line '$(head -1 "$out")'"
else ok; fi
run "java -jar target/revue.jar with a misspelt command exits 2 and suggests" PATH="$nojava" -- "$new_jdk/bin/java" -jar target/revue.jar rolback
if [ "$status" != 2 ]; then fail "exit code $status, expected 2"
elif [ "$(sed -n 2p "$err")" != "Did you mean: revue rollback?" ]; then fail "second line of stderr '$(sed -n 2p "$err")'"
else clean_output && ok; fi

# 7. the jars a user gets hold no benchmark class (the launcher's builds make no benchmark jar;
#    scripts/test-library-example.sh runs it after a full build)
step="jars: no revue/bench class in target/revue.jar or the library jar" status=0 elapsed=0
: > "$out"; : > "$err"
leaks=""
for j in "$copy"/target/revue.jar "$copy"/target/revue-[0-9]*.jar; do
  [ -f "$j" ] || { leaks="$leaks missing:${j##*/}"; continue; }
  "$new_jdk/bin/jar" tf "$j" | grep -q '^revue/bench/.' && leaks="$leaks ${j##*/}"
done
if [ -n "$leaks" ]; then fail "benchmark classes in:$leaks"; else ok; fi

# 8. scripts/install.sh into a scratch prefix: the command on PATH, its completion and man page
prefix="$tmp/prefix"
run "scripts/install.sh PREFIX" PATH="$new_jdk/bin:$nojava" -- scripts/install.sh "$prefix"
if [ "$status" != 0 ]; then fail "exit code $status"
elif [ "$(readlink "$prefix/bin/revue")" != "$copy/revue" ]; then fail "PREFIX/bin/revue does not link to the launcher"
else ok; fi
RUN_DIR="$tmp/elsewhere" run "installed: revue --version from another folder" PATH="$prefix/bin:$new_jdk/bin:$nojava" \
  -- revue --version
if [ "$status" != 0 ]; then fail "exit code $status"
elif [ "$(head -1 "$out")" != "revue $(sed -n 's/^version=//p' "$copy/target/classes/revue/cli/version.properties")" ]; then
  fail "first line '$(head -1 "$out")'"
elif ! sed -n 2p "$out" | grep -q '^Lucene [0-9]' || ! sed -n 3p "$out" | grep -q '^Java [0-9]'; then
  fail "no Lucene and Java lines"
else ok; fi
run "installed: bash completion of 'revue se' and 'revue search --li'" PATH="$nojava" -- bash -c \
  'source "$1"; COMP_WORDS=(revue se); COMP_CWORD=1; _complete_revue; echo "${COMPREPLY[*]}";
   COMP_WORDS=(revue search --li); COMP_CWORD=2; _complete_revue 2>/dev/null; echo "${COMPREPLY[*]}"' \
  _ "$prefix/share/bash-completion/completions/revue"
if [ "$status" != 0 ]; then fail "exit code $status"
elif [ "$(sed -n 1p "$out")" != "search serve" ] || [ "$(sed -n 2p "$out")" != "--limit" ]; then fail "completions '$(tr '\n' '|' < "$out")'"
else ok; fi
if command -v man > /dev/null; then
  run "installed: man revue" PATH="$nojava" MANPATH="$prefix/share/man" -- man -P cat revue
  if [ "$status" != 0 ]; then fail "exit code $status"
  elif ! grep -q 'revue - search' "$out"; then fail "no NAME line"
  else ok; fi
fi

echo "$failures failed, $skipped skipped"
[ "$failures" = 0 ] && [ "$skipped" = 0 ]
