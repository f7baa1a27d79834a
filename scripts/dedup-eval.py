#!/usr/bin/env python3
"""Near-duplicate grouping of revue measured on the shared corpora (docs/dedup.md).

  java -cp target/revue-bench.jar revue.bench.StoryDump INDEX > target/eval/stories.tsv
  python3 scripts/dedup-eval.py sample --stories target/eval/stories.tsv --corpora DIR... \
      [--n 200] [--seed 21] [--out target/eval/dedup-pairs.tsv]
  python3 scripts/dedup-eval.py precision --labels scripts/labels/dedup-pairs.tsv
  python3 scripts/dedup-eval.py recall --stories target/eval/stories.tsv --corpora DIR... \
      [--n 300] [--seed 21] [--min-jaccard 0.8]

sample: draws n pairs of articles uniformly from all the pairs inside revue's stories (two
articles with the same story key), with a fixed seed, and writes for each its two ids, then the
two titles and openings (corpus text: the output stays under target/, out of git). Judging copies
the two ids and 1 (the same story: one event reported in one text, edited at most) or 0 into
scripts/labels/dedup-pairs.tsv (ids only).

precision: the share of judged pairs labelled 1.

recall: finds every pair of articles whose exact 3-word shingle sets (words folded as revue folds
them for its signatures) have a Jaccard similarity of at least --min-jaccard, by an exact
all-pairs join with prefix filtering (independent of revue's MinHash), samples n of them with the
seed and prints the share that revue put in one story. Articles with fewer than 8 shingles get
no signature in revue and are left out. Standard library only.
"""

import argparse
import collections
import gzip
import json
import math
import pathlib
import random
import re
import sys
import unicodedata

ID_FIELDS = ["id", "docno", "newid", "url"]
BODY_FIELDS = ["body", "text", "content", "article", "maintext"]
SHINGLE = 3
MIN_SHINGLES = 8

FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}


def words(text):
    """Words as revue.enrich.DuplicateSignature reads them."""
    out, cur = [], []
    for ch in text:
        c = ord(ch)
        if 0x064B <= c <= 0x065F or c == 0x0670 or c == 0x0640:
            continue
        if ch in FOLD:
            cur.append(FOLD[ch])
            continue
        cat = unicodedata.category(ch)
        if cat == "Nd":
            cur.append(str(unicodedata.digit(ch)))
        elif cat.startswith("L"):
            cur.append(ch.lower())
        elif cat in ("Mn", "Cf"):
            continue
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def records(corpus):
    """(revue id, title, body) per record, ids renamed ~2, ~3 when repeated as ingest does."""
    collection = pathlib.Path(corpus).name.split(".", 1)[0]
    seen = collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            source_id = next((str(rec[k]) for k in ID_FIELDS if rec.get(k)), None)
            body = next((rec[k] for k in BODY_FIELDS if rec.get(k)), "") or ""
            title = rec.get("title") or ""
            if source_id is None or (not body.strip() and not title.strip()):
                continue
            rid = f"{collection}/{source_id}"
            seen[rid] += 1
            if seen[rid] > 1:
                rid = f"{rid}~{seen[rid]}"
            yield rid, " ".join(title.split()), body


def stories(path):
    key_of = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, rid = line.rstrip("\n").split("\t", 1)
            key_of[rid] = key
    return key_of


def sample(args):
    key_of = stories(args.stories)
    groups = collections.defaultdict(list)
    for rid, key in key_of.items():
        groups[key].append(rid)
    pairs = []
    for key in sorted(groups):
        members = sorted(groups[key])
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                pairs.append((members[i], members[j]))
    rng = random.Random(args.seed)
    chosen = rng.sample(pairs, min(args.n, len(pairs)))
    wanted = {rid for p in chosen for rid in p}
    text = {}
    for corpus in args.corpora:
        for rid, title, body in records(corpus):
            if rid in wanted:
                text[rid] = (title, " ".join(body.split())[:300])
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for a, b in chosen:
            ta, tb = text.get(a, ("?", "?")), text.get(b, ("?", "?"))
            f.write(f"{a}\t{b}\t{ta[0]}\t{tb[0]}\t{ta[1]}\t{tb[1]}\n")
    print(f"{len(chosen)} pairs of {len(pairs)} in {len(groups)} stories ({len(key_of)} articles) -> {out}")


def precision(args):
    labels = [line.rstrip("\n").split("\t") for line in open(args.labels, encoding="utf-8") if line.strip() and not line.startswith("#")]
    good = sum(1 for row in labels if row[2] == "1")
    print(f"precision {good}/{len(labels)} = {good / len(labels):.3f}")


def recall(args):
    ids, sets = [], []
    for corpus in args.corpora:
        for rid, _, body in records(corpus):
            w = words(body)
            s = {" ".join(w[i : i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}
            if len(s) >= MIN_SHINGLES:
                ids.append(rid)
                sets.append(s)
    df = collections.Counter()
    for s in sets:
        df.update(s)
    t = args.min_jaccard
    # prefix filtering: two sets with Jaccard >= t share a shingle among the first
    # |x| - ceil(t |x|) + 1 of each, shingles ordered rarest first
    ordered = [sorted(s, key=lambda sh: (df[sh], sh)) for s in sets]
    index = collections.defaultdict(list)
    found = []
    for d in sorted(range(len(sets)), key=lambda d: len(sets[d])):
        x = ordered[d]
        prefix = len(x) - math.ceil(t * len(x)) + 1
        candidates = set()
        for sh in x[:prefix]:
            candidates.update(index[sh])
        for c in candidates:
            if len(sets[c]) < t * len(x):
                continue
            inter = len(sets[c] & sets[d])
            if inter / (len(sets[c]) + len(sets[d]) - inter) >= t:
                found.append(tuple(sorted((ids[c], ids[d]))))
        for sh in x[:prefix]:
            index[sh].append(d)
    found.sort()
    key_of = stories(args.stories)
    rng = random.Random(args.seed)
    chosen = rng.sample(found, min(args.n, len(found)))
    same = sum(1 for a, b in chosen if key_of.get(a) is not None and key_of.get(a) == key_of.get(b))
    print(f"{len(found)} pairs with exact shingle Jaccard >= {t} among {len(sets)} articles")
    print(f"recall {same}/{len(chosen)} = {same / len(chosen):.3f} (sample of {len(chosen)}, seed {args.seed})")
    missed = [(a, b) for a, b in chosen if not (key_of.get(a) is not None and key_of.get(a) == key_of.get(b))]
    for a, b in missed:
        print(f"missed\t{a}\t{b}", file=sys.stderr)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--stories", required=True)
    s.add_argument("--corpora", nargs="+", required=True)
    s.add_argument("--n", type=int, default=200)
    s.add_argument("--seed", type=int, default=21)
    s.add_argument("--out", default="target/eval/dedup-pairs.tsv")
    r = sub.add_parser("recall")
    r.add_argument("--stories", required=True)
    r.add_argument("--corpora", nargs="+", required=True)
    r.add_argument("--n", type=int, default=300)
    r.add_argument("--seed", type=int, default=21)
    r.add_argument("--min-jaccard", type=float, default=0.8)
    q = sub.add_parser("precision")
    q.add_argument("--labels", required=True)
    args = p.parse_args()
    {"sample": sample, "recall": recall, "precision": precision}[args.cmd](args)


if __name__ == "__main__":
    main()
