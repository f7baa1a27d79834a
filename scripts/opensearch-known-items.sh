#!/usr/bin/env bash
# The known-item sets through both backends: the shared corpora rebuilt into the two-node dev cluster,
# each set searched in batch there and on a local index, scored with revue eval.
# Usage: scripts/opensearch-known-items.sh [CORPORA] [EVAL_DIR]
#   EVAL_DIR holds the sets and the local index of scripts/eval-known-items.sh (run it first).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="$(cd "${1:-$home/../shared/corpora}" && pwd)"
eval_dir="${2:-$home/target/eval}"
out="$eval_dir/opensearch"
mkdir -p "$out"
cd "$home"
url=$(scripts/opensearch-dev.sh start | grep -o 'opensearch://[^ ]*' | head -1)
trap 'scripts/opensearch-dev.sh stop' EXIT
time ./revue rebuild "$corpora" --backend "$url/eval" --quiet
printf '%-24s %-6s %8s %9s\n' set engine MRR@10 Success@1
for s in known-item-fr known-item-ar known-item-en known-item-fr-folded known-item-ar-spelling \
  long-fr-summary long-ar-passage long-en-passage; do
  ./revue search --backend "$url/eval" --topics "$eval_dir/$s.topics.tsv" --run "$out/os-$s.run" --limit 10 2>"$out/os-$s.latency"
  ./revue search --index "$eval_dir/revue-index" --topics "$eval_dir/$s.topics.tsv" --run "$out/local-$s.run" --limit 10 2>"$out/local-$s.latency"
  for sys in os local; do
    ./revue eval --qrels "$eval_dir/$s.qrels" --run "$out/$sys-$s.run" \
      | awk -v set="$s" -v sys="$sys" '{v[$1]=$3} END {printf "%-24s %-6s %8.4f %9.4f\n", set, sys, v["recip_rank@10"], v["success@1"]}'
  done
done
