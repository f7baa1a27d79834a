#!/usr/bin/env python3
"""Samples articles of the shared corpora with a fixed seed and writes their top related
articles for judging by hand; with --labels, scores the judged pairs.

  python3 scripts/related-sample.py --index IDX --corpus ../shared/corpora/X.jsonl.gz \
      [--corpus ...] [--n 50] [--k 5] [--seed 21] [--out target/eval/related-X.tsv]

With several --corpus, --n articles are drawn from each (seeded by the seed and the corpus's
name), so every collection and language is judged.

writes one line per (article, related) pair: seed id, rank, related id, score, days apart,
shared entities, shared terms, then the two titles (corpus text: the output stays under
target/, out of git). Judging copies the two ids and a 1 (on topic: the same story or event) or
0 into a labels file (scripts/labels/related-*.tsv: seed_id<TAB>related_id<TAB>label, ids only).

  python3 scripts/related-sample.py --score scripts/labels/related-X.tsv

prints the share of judged pairs on topic. Standard library only; runs the CLI jar
(target/revue.jar) once per sampled article.
"""

import argparse
import gzip
import json
import pathlib
import random
import subprocess
import sys

ID_FIELDS = ["id", "docno", "newid", "url"]
TITLE_FIELDS = ["title"]


def ids_and_titles(corpus):
    collection = pathlib.Path(corpus).name.split(".", 1)[0]
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            source_id = next((str(rec[k]) for k in ID_FIELDS if rec.get(k)), None)
            if source_id is None:
                continue
            out.append((f"{collection}/{source_id}", " ".join((rec.get("title") or "").split())))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--index")
    p.add_argument("--corpus", action="append")
    p.add_argument("--n", type=int, default=50)
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--seed", type=int, default=21)
    p.add_argument("--out")
    p.add_argument("--java", default="java")
    p.add_argument("--jar", default="target/revue.jar", help="the build to run (to compare two)")
    p.add_argument("--score")
    a = p.parse_args()
    if a.score:
        labels = [l.rstrip("\n").split("\t") for l in open(a.score, encoding="utf-8") if l.strip() and not l.startswith("#")]
        on = sum(1 for l in labels if l[2] == "1")
        seeds = len({l[0] for l in labels})
        print(f"{on}/{len(labels)} related pairs on topic = {on / len(labels):.3f} ({seeds} articles)")
        return
    titles = {}
    sample = []
    for corpus in a.corpus:
        articles = ids_and_titles(corpus)
        titles.update(articles)
        # one corpus alone: the seed as it always was (the committed labels' draws)
        rng = random.Random(a.seed if len(a.corpus) == 1 else f"{a.seed}/{pathlib.Path(corpus).name}")
        sample += rng.sample(articles, a.n)
    name = pathlib.Path(a.corpus[0]).name.split(".")[0] if len(a.corpus) == 1 else "all"
    out = pathlib.Path(a.out or f"target/eval/related-{name}.tsv")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as w:
        for seed_id, seed_title in sample:
            r = subprocess.run(
                [a.java, "-jar", a.jar, "related", seed_id, "--limit", str(a.k), "--json", "--index", a.index],
                capture_output=True, text=True)
            if r.returncode != 0:
                print(f"{seed_id}: {r.stderr.strip()}", file=sys.stderr)
                continue
            for rank, hit in enumerate(json.loads(r.stdout)["hits"], 1):
                why = hit["why"]
                w.write("\t".join([
                    seed_id, str(rank), hit["id"], f"{hit['score']:.3f}", str(why["daysApart"]),
                    ",".join(why["sharedEntities"]), ",".join(why["sharedTerms"]),
                    seed_title, titles.get(hit["id"], hit["title"] or "")]) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
