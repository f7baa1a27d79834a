#!/usr/bin/env python3
"""Writes gold-split.tsv: which half of each entity gold set an article belongs to (issue 26).

Every labelled file (gold-entities.tsv, heldout-entities.tsv, discovery-entities.tsv) is split per
language into a development half, which rules may be written from, and a held-out half, which is only
scored: the articles of one file and language are shuffled with a fixed seed and the first half (rounded
up) is "dev". The output is committed; run again only to add a new labelled file, and check with git diff
that no existing article changed half.
Usage (from the project directory): python3 src/test/resources/revue/entity/split_halves.py
"""
import os, random

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("gold-entities.tsv", "heldout-entities.tsv", "discovery-entities.tsv")
SEED = 26


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")[:2]


out = ["# Halves of the entity gold sets (issue 26), written by split_halves.py (seed %d)." % SEED,
       "# dev: rules may be written from these articles; heldout: scored only, never read while writing rules.",
       "# file <TAB> collection <TAB> source id <TAB> half"]
for name in FILES:
    by_lang = {}
    for coll, id_ in rows(name):
        by_lang.setdefault(coll.rsplit("-", 1)[1], []).append((coll, id_))
    for lang in sorted(by_lang):
        items = sorted(by_lang[lang])
        random.Random(f"{SEED}-{name}-{lang}").shuffle(items)
        dev = (len(items) + 1) // 2
        for i, (coll, id_) in enumerate(items):
            out.append("\t".join((name, coll, id_, "dev" if i < dev else "heldout")))
with open(os.path.join(HERE, "gold-split.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
