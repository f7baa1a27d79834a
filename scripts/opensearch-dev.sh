#!/usr/bin/env bash
# A two-node OpenSearch 3.9 cluster on this machine, in one JVM of its own, without Docker: for
# revue's --backend and its tests (docs/opensearch.md, "Dev cluster").
#
#   scripts/opensearch-dev.sh start [--dir D]      starts it, waits until it is green, prints the
#                                                  URL to give --backend (opensearch://127.0.0.1:PORT)
#   scripts/opensearch-dev.sh status [--dir D]     its nodes and health; exit 1 when not running
#   scripts/opensearch-dev.sh stop-node N [--dir D]  stops node N (1 or 2); the other goes on
#   scripts/opensearch-dev.sh stop [--dir D]       stops it
#   scripts/opensearch-dev.sh run [--dir D]        runs it in the foreground until its standard
#                                                  input closes (how the tests start it)
#
# D, the state folder, defaults to target/opensearch-dev/cluster; it holds pid, url (node 1's HTTP
# URL), nodes, control (the port of the cluster's control socket), opensearch.log and the nodes'
# data. Each start is a new, empty cluster. The cluster stops by itself when D/pid goes (mvn clean).
# OPENSEARCH_DEV_HEAP sets the JVM's heap (default 512m). The jars come from Maven Central through
# src/devcluster/pom.xml, built here when missing (revue's `mvn test` builds it too).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lib="$root/target/opensearch-dev/lib"
jar="$lib/revue-opensearch-dev.jar"

usage() {
  sed -n '5,11s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

[ $# -ge 1 ] || usage
command="$1"
shift
node=""
if [ "$command" = stop-node ]; then
  [ $# -ge 1 ] || usage
  node="$1"
  shift
fi
dir="$root/target/opensearch-dev/cluster"
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) [ $# -ge 2 ] || usage; dir="$2"; shift 2 ;;
    *) usage ;;
  esac
done
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

die() {
  echo "opensearch-dev: $*" >&2
  exit 1
}

running_pid() {
  local pid
  [ -f "$dir/pid" ] || return 1
  pid="$(cat "$dir/pid")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# One command over the cluster's control socket; prints the answer.
control() {
  local port
  port="$(cat "$dir/control" 2>/dev/null)" || die "no control port in $dir (still starting?)"
  exec 3<>"/dev/tcp/127.0.0.1/$port" || die "cannot reach the control port $port"
  printf '%s\n' "$1" >&3
  cat <&3
  exec 3<&-
}

build_if_needed() {
  local out
  if [ ! -f "$jar" ] || [ -n "$(find "$root/src/devcluster" -newer "$jar" -type f -print -quit)" ]; then
    echo "opensearch-dev: building the launcher and fetching OpenSearch's jars (src/devcluster/pom.xml)" >&2
    out="$(mvn -q -B -f "$root/src/devcluster/pom.xml" package 2>&1)" || {
      echo "$out" >&2
      die "could not build src/devcluster (OpenSearch's jars come from Maven Central)"
    }
    rm -rf "$root"/target/opensearch-dev/cds-*
  fi
}

# A class data archive of the cluster's classes (CDS) makes a start take about half the CPU time
# (docs/opensearch.md). The first run writes it when its JVM exits, into a lock folder of its own
# so that clusters started together never write one file; a later start checks it and moves it in.
cds_option() {
  local java="$1" home version archive lock owner
  home="$(dirname "$(dirname "$(readlink -f "$java")")")"
  # an archive holds for one JDK build only
  version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$home/release" 2>/dev/null || true)"
  archive="$root/target/opensearch-dev/cds-$(basename "$home")${version:+-$version}.jsa"
  lock="$archive.lock"
  if [ ! -f "$archive" ] && [ -d "$lock" ]; then
    owner="$(cat "$lock/pid" 2>/dev/null || true)"
    if [ -z "$owner" ] || ! kill -0 "$owner" 2>/dev/null; then
      if [ -f "$lock/archive.jsa" ] \
        && "$java" -Xshare:on -XX:SharedArchiveFile="$lock/archive.jsa" -cp "$lib/*" -version >/dev/null 2>&1; then
        mv "$lock/archive.jsa" "$archive"
      fi
      rm -rf "$lock"
    fi
  fi
  if [ -f "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive"
  elif mkdir "$lock" 2>/dev/null; then
    echo $$ >"$lock/pid"
    echo "-XX:ArchiveClassesAtExit=$lock/archive.jsa"
  else
    echo "-Xshare:auto"
  fi
}

java_command() {
  local java
  java="$("$root/scripts/find-java.sh")" || exit 1
  # One heap for both nodes. SerialGC: a dev cluster on a small machine (smaller footprint).
  printf '%s\n' "$java" "-Xms${OPENSEARCH_DEV_HEAP:-512m}" "-Xmx${OPENSEARCH_DEV_HEAP:-512m}" \
    -XX:+UseSerialGC "$(cds_option "$java")" -Xlog:cds=off --enable-native-access=ALL-UNNAMED \
    -Dlog4j2.disable.jmx=true -Djava.awt.headless=true \
    -cp "$lib/*" revue.devcluster.DevClusterLauncher --dir "$dir"
}

# After a start in the background: the cluster's JVM, not this script, writes the archive.
hand_cds_lock_to() {
  local lock
  for lock in "$root"/target/opensearch-dev/cds-*.jsa.lock; do
    [ -f "$lock/pid" ] && [ "$(cat "$lock/pid")" = "$$" ] && echo "$1" >"$lock/pid"
  done
  return 0
}

case "$command" in
  run)
    build_if_needed
    mapfile -t cmd < <(java_command)
    exec "${cmd[@]}" --watch-stdin
    ;;
  start)
    if pid="$(running_pid)"; then
      [ -f "$dir/url" ] || die "a cluster (pid $pid) is starting in $dir"
      echo "opensearch-dev: already running (pid $pid) in $dir" >&2
      echo "opensearch://$(sed 's|^http://||' "$dir/url")"
      exit 0
    fi
    build_if_needed
    mapfile -t cmd < <(java_command)
    rm -f "$dir/pid" "$dir/url" "$dir/nodes" "$dir/control"
    t0="$(date +%s%N)"
    # up to 3 tries: exit code 75 says a port chosen free was taken before a node bound it
    for try in 1 2 3; do
      nohup "${cmd[@]}" >"$dir/opensearch.log" 2>&1 </dev/null &
      pid=$!
      hand_cds_lock_to "$pid"
      for _ in $(seq 1 1800); do
        [ -f "$dir/url" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      [ -f "$dir/url" ] && break
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        die "no node started in 180 s (log: $dir/opensearch.log)"
      fi
      code=0
      wait "$pid" || code=$?
      if [ "$code" != 75 ] || [ "$try" = 3 ]; then
        tail -n 20 "$dir/opensearch.log" >&2
        die "the cluster did not start, exit code $code (log: $dir/opensearch.log)"
      fi
      mapfile -t cmd < <(java_command)
    done
    url="$(cat "$dir/url")"
    health="$(curl -s --max-time 130 "$url/_cluster/health?wait_for_status=green&wait_for_nodes=2&timeout=120s" || true)"
    case "$health" in
      *'"status":"green"'*'"timed_out":false'* | *'"timed_out":false'*'"status":"green"'*) ;;
      *) kill "$pid"; die "the cluster did not turn green in 120 s: $health (log: $dir/opensearch.log)" ;;
    esac
    t1="$(date +%s%N)"
    rss="$(ps -o rss= -p "$pid" | tr -d ' ')"
    # CPU time says more than the wall clock on a busy machine
    ticks="$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)"
    printf 'opensearch-dev: 2 nodes green in %.1f s (%.1f s CPU), %d MB resident (pid %s, log %s)\n' \
      "$(( (t1 - t0) / 1000000 ))e-3" "$(( ticks * 1000 / $(getconf CLK_TCK) ))e-3" \
      "$(( rss / 1024 ))" "$pid" "$dir/opensearch.log" >&2
    echo "opensearch://${url#http://}"
    ;;
  status)
    pid="$(running_pid)" || { echo "opensearch-dev: not running ($dir)"; exit 1; }
    control status
    url="$(cat "$dir/url" 2>/dev/null)" || { echo "starting (pid $pid)"; exit 0; }
    echo "pid $pid, $(( $(ps -o rss= -p "$pid") / 1024 )) MB resident"
    # from any node still running: node 1 may be the one stopped
    for u in $(awk '{print $2}' "$dir/nodes"); do
      if curl -s --max-time 5 "$u/_cluster/health"; then echo; break; fi
    done
    ;;
  stop-node)
    running_pid >/dev/null || die "not running ($dir)"
    answer="$(control "stop-node $node")"
    echo "$answer"
    case "$answer" in ok*) ;; *) exit 1 ;; esac
    ;;
  stop)
    pid="$(running_pid)" || { echo "opensearch-dev: not running ($dir)" >&2; exit 0; }
    if [ -f "$dir/control" ]; then
      control stop >/dev/null || true
    else
      kill "$pid"
    fi
    for _ in $(seq 1 400); do
      kill -0 "$pid" 2>/dev/null || { echo "opensearch-dev: stopped (pid $pid)" >&2; exit 0; }
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    sleep 5
    kill -9 "$pid" 2>/dev/null || true
    echo "opensearch-dev: killed (pid $pid)" >&2
    ;;
  *) usage ;;
esac
