#!/usr/bin/env python3
"""The countries revue adds from datelines and clear locatives (revue/entity/cities.txt), and how
many of them are right, against hand labels keyed by article id.

Samples N articles per corpus of the shared corpora with a fixed seed, runs `analyze --json` of
two builds on them (the one before the city table, --base, and this one, --revue), and lists each
country the second adds or drops. Each added country is looked up in the labels file
(scripts/labels/dateline-countries.tsv: id, code, 1 if the article is from or set in that country
as its dateline or lead says, else 0, a note without article text); precision is over the labelled
ones, and unlabelled ones are printed with the words that gave them, for labelling.

Usage: scripts/dateline-countries.py --base 'java -jar /tmp/base/revue.jar' [CORPORA_DIR]
       [--revue ./revue] [--per-corpus 60] [--seed 20] [--labels FILE] [--show]
The sampled articles go to a temporary folder; nothing of their text is written into the project.
"""

import argparse
import gzip
import json
import os
import random
import re
import shlex
import subprocess
import tempfile

CORPORA = [
    # file, id field, title, body, has a dateline field
    ("orangesum-fr.jsonl.gz", "id", "title", "article"),
    ("ant-multisource-ar.jsonl.gz", "docno", "title", "text"),
    ("ant-jawharafm-ar.jsonl.gz", "docno", "title", "text"),
    ("saudinewsnet-ar.jsonl.gz", "url", "title", "content"),
    ("reuters21578-en.jsonl.gz", "newid", "title", "body"),
]


def analyze(cmd, path):
    out = subprocess.run(shlex.split(cmd) + ["analyze", "--json", path], check=True, capture_output=True, text=True)
    return {a["sourceId"]: a for a in json.loads(out.stdout)}


def evidence(rec, code_city_words):
    """What a reader looks at to label: the dateline, else the lead (title and first sentence)."""
    if rec.get("dateline"):
        return "dateline: " + rec["dateline"]
    body = rec.get("body") or ""
    lead = re.split(r"(?<=[.!?؟])\s|\n", body.strip(), maxsplit=1)[0]
    return "title: " + (rec.get("title") or "").strip() + " | lead: " + lead[:300]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="?", default="../shared/corpora")
    ap.add_argument("--base", required=True, help="command of the build to compare with")
    ap.add_argument("--revue", default="./revue")
    ap.add_argument("--per-corpus", type=int, default=60)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--labels", default=os.path.join(os.path.dirname(__file__), "labels", "dateline-countries.tsv"))
    ap.add_argument("--show", action="store_true", help="print every addition with its evidence")
    args = ap.parse_args()
    labels = {}
    if os.path.exists(args.labels):
        with open(args.labels, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                f = line.rstrip("\n").split("\t")
                labels[(f[0], f[1])] = f[2] == "1"
    total_added = total_dropped = total_labelled = total_right = 0
    print(f"seed {args.seed}, {args.per_corpus} articles a corpus")
    with tempfile.TemporaryDirectory() as tmp:
        for file, id_f, title_f, body_f in CORPORA:
            with gzip.open(os.path.join(args.corpora, file), "rt", encoding="utf-8") as fh:
                records = [json.loads(l) for l in fh]
            records = [r for r in records if (r.get(body_f) or "").strip() and r.get(id_f)]
            records.sort(key=lambda r: str(r[id_f]))
            picked = random.Random(f"{args.seed}-{file}").sample(records, args.per_corpus)
            path = os.path.join(tmp, "sample.jsonl")
            recs = {}
            with open(path, "w", encoding="utf-8") as out:
                for r in picked:
                    sid = f"{file.split('.')[0]}:{r[id_f]}"
                    rec = {"id": sid, "title": r.get(title_f) or "", "body": r.get(body_f) or ""}
                    if r.get("dateline"):
                        rec["dateline"] = r["dateline"]
                    recs[sid] = rec
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            before = analyze(args.base, path)
            after = analyze(args.revue, path)
            added = dropped = labelled = right = 0
            for sid in recs:
                b = set(before[sid]["countries"])
                a = set(after[sid]["countries"])
                dropped += len(b - a)
                for code in sorted(a - b):
                    added += 1
                    label = labels.get((sid, code))
                    if label is not None:
                        labelled += 1
                        right += label
                    if args.show or label is None:
                        mark = "unlabelled" if label is None else ("right" if label else "WRONG")
                        print(f"   {mark}\t{sid}\t{code}\t{evidence(recs[sid], None)}")
                for code in sorted(b - a):
                    print(f"   dropped\t{sid}\t{code}")
            p = f"{right / labelled:.3f}" if labelled else "-"
            print(f"{file:32s} articles {len(recs)}, countries added {added} (labelled {labelled}, right {right}, precision {p}), dropped {dropped}")
            total_added += added
            total_dropped += dropped
            total_labelled += labelled
            total_right += right
    p = f"{total_right / total_labelled:.3f}" if total_labelled else "-"
    print(f"all: countries added {total_added} (labelled {total_labelled}, right {total_right}, precision {p}), dropped {total_dropped}")


if __name__ == "__main__":
    main()
