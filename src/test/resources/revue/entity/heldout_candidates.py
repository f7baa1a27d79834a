#!/usr/bin/env python3
"""Draws the held-out articles of the entity evaluation (heldout-entities.tsv) from ../shared/corpora.

Same pools as gold_candidates.py (politics and international news), a different fixed seed, and
never an article of the gold set, so the rules written while reading the gold set meet articles
nobody looked at. English comes from Reuters-21578 (political wording, 300-1500 chars).
Prints collection, id and text for a person to label by hand before any scoring; only ids and
labels are committed, never the text.
Usage (from the project directory): python3 src/test/resources/revue/entity/heldout_candidates.py fr|ar|en [count]
"""
import os, random, re, sys

import gold_candidates as g

SEED = 2024
POLITICS_EN = re.compile(r"minister|government|president|talks|parliament|embassy", re.I)


def gold_ids():
    ids = set()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold-entities.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                ids.add(tuple(line.split("\t")[:2]))
    return ids


def draw(pool, n, rng, taken):
    pool = [p for p in pool if (p[0], p[1]) not in taken]
    return rng.sample(pool, n)


def french(n):
    pool = [("orangesum-fr", d["id"], d["title"].strip() + "\n" + d["article"])
            for d in g.read("orangesum-fr.jsonl.gz")
            if 400 <= len(d.get("article") or "") <= 1200 and g.POLITICS_FR.search(d["article"])]
    return draw(pool, n, random.Random(SEED), gold_ids())


def arabic(n):
    taken = gold_ids()
    multi = [("ant-multisource-ar", d["docno"], d["title"] + "\n" + d["text"])
             for d in g.read("ant-multisource-ar.jsonl.gz")
             if d.get("cat") in ("middleEast", "internationalNews") and 300 <= len(d.get("text") or "") <= 1000]
    jaw = [("ant-jawharafm-ar", d["docno"], d["title"] + "\n" + d["text"])
           for d in g.read("ant-jawharafm-ar.jsonl.gz")
           if d.get("cat") in ("politic", "internationalNews") and 300 <= len(d.get("text") or "") <= 1000]
    saudi = [("saudinewsnet-ar", d["url"], (d.get("title") or "") + "\n" + (d.get("content") or ""))
             for d in g.read("saudinewsnet-ar.jsonl.gz")
             if 300 <= len(d.get("content") or "") <= 1000]
    r = random.Random(SEED)
    k = n // 8
    return draw(multi, n - 2 * k, r, taken) + draw(jaw, k, r, taken) + draw(saudi, k, r, taken)


def english(n):
    pool = [("reuters21578-en", d["newid"], (d.get("title") or "") + "\n" + (d.get("body") or ""))
            for d in g.read("reuters21578-en.jsonl.gz")
            if 300 <= len(d.get("body") or "") <= 1500 and POLITICS_EN.search(d.get("body") or "")]
    return draw(pool, n, random.Random(SEED), set())


if __name__ == "__main__":
    lang = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    for coll, id_, text in {"fr": french, "ar": arabic, "en": english}[lang](n):
        print("=====", coll, id_)
        print(text)
