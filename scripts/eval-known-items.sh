#!/usr/bin/env bash
# Known-item relevance of revue against a plain-Lucene baseline, measured in the same run.
# Builds the sets (fixed seed), revue's index and the baseline index of ../shared/corpora when
# missing, runs every set through both, and prints MRR@10, Success@1, nDCG@10 and MAP per set.
# Usage: scripts/eval-known-items.sh [CORPORA] [WORK_DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="$(cd "${1:-$home/../shared/corpora}" && pwd)"
work="${2:-$home/target/eval}"
mkdir -p "$work"
cd "$home"
[ -f "$work/known-item-fr.topics.tsv" ] || python3 scripts/make-known-item-sets.py --corpora "$corpora" --out "$work"
[ -f target/revue.jar ] || ./revue --version >/dev/null
[ -f target/revue-bench.jar ] || mvn -q -B -DskipTests package >&2
[ -f "$work/revue-index/CURRENT" ] || ./revue index "$corpora" --index "$work/revue-index" --quiet
sets=(known-item-fr known-item-ar known-item-en known-item-fr-folded known-item-ar-spelling long-fr-summary long-ar-passage long-en-passage)
topics=(); for s in "${sets[@]}"; do topics+=("$work/$s.topics.tsv"); done
java="$(scripts/find-java.sh)"
"$java" -cp target/revue-bench.jar revue.bench.RelevanceBaseline "$corpora" "$work/baseline-index" "$work" "${topics[@]}"
printf '%-24s %-9s %8s %9s %8s %8s\n' set system MRR@10 Success@1 nDCG@10 MAP
for s in "${sets[@]}"; do
  ./revue search --index "$work/revue-index" --topics "$work/$s.topics.tsv" --run "$work/revue-$s.run" --limit 10 2>"$work/revue-$s.latency"
  for system in baseline revue; do
    ./revue eval --qrels "$work/$s.qrels" --run "$work/$system-$s.run" \
      | awk -v set="$s" -v sys="$system" '{v[$1]=$3} END {printf "%-24s %-9s %8.4f %9.4f %8.4f %8.4f\n", set, sys, v["recip_rank@10"], v["success@1"], v["ndcg_cut_10"], v["map"]}'
  done
done
