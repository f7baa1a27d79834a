#!/usr/bin/env python3
"""Country precision and recall of whole enrichment (`revue analyze`: text, dateline, clear
locatives) on the hand-labelled gold sets, for two builds.

GoldSetEvaluationTest scores the countries of the text alone (EntityExtractor.countries); the
countries a dateline or a city after a locative adds are the enricher's, so they are scored here,
through the real command, on the same labels (src/test/resources/revue/entity/gold-entities.tsv and
heldout-entities.tsv, halves from gold-split.tsv). Reuters records keep their dateline field.

Usage: scripts/gold-countries-enriched.py --base 'java -jar /tmp/base/revue.jar' [CORPORA_DIR]
       [--revue ./revue]
Sampled text goes to a temporary folder only.
"""

import argparse
import gzip
import json
import os
import shlex
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "..", "src", "test", "resources", "revue", "entity")
FIELDS = {
    "orangesum-fr": ("id", "title", "article"),
    "ant-multisource-ar": ("docno", "title", "text"),
    "ant-jawharafm-ar": ("docno", "title", "text"),
    "saudinewsnet-ar": ("url", "title", "content"),
    "reuters21578-en": ("newid", "title", "body"),
}


def labels():
    halves = {}
    with open(os.path.join(LABELS, "gold-split.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            f, coll, sid, half = line.rstrip("\n").split("\t")
            halves[(f, coll, sid)] = half
    out = []
    for name in ("gold-entities.tsv", "heldout-entities.tsv"):
        with open(os.path.join(LABELS, name), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                f = line.rstrip("\n").split("\t")
                countries = set(f[2].split()) if len(f) > 2 else set()
                out.append((name.split("-")[0], halves.get((name, f[0], f[1]), "?"), f[0], f[1], countries))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="?", default="../shared/corpora")
    ap.add_argument("--base", required=True)
    ap.add_argument("--revue", default="./revue")
    args = ap.parse_args()
    gold = labels()
    wanted = {}
    for s, h, coll, sid, c in gold:
        wanted.setdefault(coll, set()).add(sid)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "gold.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for coll, ids in wanted.items():
                id_f, title_f, body_f = FIELDS[coll]
                with gzip.open(os.path.join(args.corpora, coll + ".jsonl.gz"), "rt", encoding="utf-8") as fh:
                    for line in fh:
                        r = json.loads(line)
                        if str(r.get(id_f)) in ids:
                            rec = {"id": f"{coll}:{r[id_f]}", "title": r.get(title_f) or "", "body": r.get(body_f) or ""}
                            if r.get("dateline"):
                                rec["dateline"] = r["dateline"]
                            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        results = {}
        for name, cmd in (("base", args.base), ("new", args.revue)):
            got = subprocess.run(shlex.split(cmd) + ["analyze", "--json", path], check=True, capture_output=True, text=True)
            results[name] = {a["sourceId"]: set(a["countries"]) for a in json.loads(got.stdout)}
    rows = {}
    for s, h, coll, sid, truth in gold:
        key = (s, h, coll.split("-")[-1])
        for name in ("base", "new"):
            got = results[name].get(f"{coll}:{sid}", set())
            tp, fp, fn = len(got & truth), len(got - truth), len(truth - got)
            r = rows.setdefault(key, {"base": [0, 0, 0], "new": [0, 0, 0]})[name]
            r[0] += tp
            r[1] += fp
            r[2] += fn
    print("set      half     lang  countries P / R base (tp/fp/fn)      new")
    for key in sorted(rows):
        cells = []
        for name in ("base", "new"):
            tp, fp, fn = rows[key][name]
            p = tp / (tp + fp) if tp + fp else 1
            rc = tp / (tp + fn) if tp + fn else 1
            cells.append(f"{p:.3f} / {rc:.3f} ({tp}/{fp}/{fn})")
        print(f"{key[0]:8s} {key[1]:8s} {key[2]:5s} {cells[0]:28s} {cells[1]}")


if __name__ == "__main__":
    main()
