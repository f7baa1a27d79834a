#!/usr/bin/env python3
"""Draws the candidate articles of the minister-discovery gold set (discovery-entities.tsv, issue 20).

Pools: articles of ../shared/corpora that carry a ministerial cue word (fr: ministre, secrétaire
d'État, chef du gouvernement; ar: وزير, وزيرة, رئيس الوزراء, رئيس الحكومة; en: minister, secretary,
premier, chancellor), of a length a person reads in a minute, and not already in gold-entities.tsv or
heldout-entities.tsv. Each pool is shuffled with a fixed seed; a person reads the candidates in that
order and keeps an article when it names at least one minister who is not in
src/main/resources/revue/ministers.tsv (the verdict of every article read, kept or not, is in
discovery-entities.tsv and discovery-rejected.tsv, so the selection is the first N kept in this
order). The development and held-out halves are fixed in gold-split.tsv (split_halves.py).

Prints collection, id and text to label by hand; only ids and labels are committed, never the text.
Usage (from the project directory):
  python3 src/test/resources/revue/entity/discovery_candidates.py fr|ar|en [start] [count]
"""
import os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_candidates as g

SEED = 20
CUE = {
    "fr": re.compile(r"\bministre\b|secrétaire d['’]État|chef du gouvernement", re.I),
    "ar": re.compile(r"وزير|رئيس الوزراء|رئيس الحكومة"),
    "en": re.compile(r"\bminister\b|\bsecretary\b|\bpremier\b|\bchancellor\b", re.I),
}


def labelled_ids():
    ids = set()
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("gold-entities.tsv", "heldout-entities.tsv"):
        with open(os.path.join(here, name), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    ids.add(tuple(line.split("\t")[:2]))
    return ids


def pool(lang):
    taken = labelled_ids()
    out = []
    if lang == "fr":
        out = [("orangesum-fr", d["id"], d["title"].strip() + "\n" + d["article"])
               for d in g.read("orangesum-fr.jsonl.gz")
               if 300 <= len(d.get("article") or "") <= 1200]
    elif lang == "ar":
        for name, idf, body in (("ant-multisource-ar", "docno", "text"),
                                ("ant-jawharafm-ar", "docno", "text"),
                                ("saudinewsnet-ar", "url", "content")):
            out += [(name, d[idf], (d.get("title") or "") + "\n" + (d.get(body) or ""))
                    for d in g.read(name + ".jsonl.gz")
                    if 300 <= len(d.get(body) or "") <= 1000]
    else:
        out = [("reuters21578-en", d["newid"], (d.get("title") or "") + "\n" + (d.get("body") or ""))
               for d in g.read("reuters21578-en.jsonl.gz")
               if 300 <= len(d.get("body") or "") <= 1500]
    out = [p for p in out if (p[0], p[1]) not in taken and CUE[lang].search(p[2])]
    out.sort(key=lambda p: (p[0], p[1]))
    random.Random(SEED).shuffle(out)
    return out


if __name__ == "__main__":
    lang = sys.argv[1]
    start = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    for i, (coll, id_, text) in enumerate(pool(lang)[start:start + count], start):
        print("=====", i, coll, id_)
        print(text)
