#!/usr/bin/env python3
"""Draws the candidate articles of the entity gold set (gold-entities.tsv) from ../shared/corpora.

Fixed seed, so the same candidates come out every time. Prints collection, id and text for a person
to read and label by hand; only ids and labels are committed, never the text.
Usage: python3 gold_candidates.py fr|ar [count]
"""
import gzip, json, random, re, sys

CORPORA = "../shared/corpora/"
POLITICS_FR = re.compile(r"ministre|gouvernement|diplomat|président|sommet|guerre|élection", re.I)


def read(name):
    with gzip.open(CORPORA + name, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def french(n):
    pool = [("orangesum-fr", d["id"], d["title"].strip() + "\n" + d["article"])
            for d in read("orangesum-fr.jsonl.gz")
            if 400 <= len(d.get("article") or "") <= 1200 and POLITICS_FR.search(d["article"])]
    return random.Random(5).sample(pool, n)


def arabic(n):
    multi = [("ant-multisource-ar", d["docno"], d["title"] + "\n" + d["text"])
             for d in read("ant-multisource-ar.jsonl.gz")
             if d.get("cat") in ("middleEast", "internationalNews") and 300 <= len(d.get("text") or "") <= 1000]
    jaw = [("ant-jawharafm-ar", d["docno"], d["title"] + "\n" + d["text"])
           for d in read("ant-jawharafm-ar.jsonl.gz")
           if d.get("cat") in ("politic", "internationalNews") and 300 <= len(d.get("text") or "") <= 1000]
    saudi = [("saudinewsnet-ar", d["url"], (d.get("title") or "") + "\n" + (d.get("content") or ""))
             for d in read("saudinewsnet-ar.jsonl.gz")
             if 300 <= len(d.get("content") or "") <= 1000]
    r = random.Random(5)
    k = n // 8
    return r.sample(multi, n - 2 * k) + r.sample(jaw, k) + r.sample(saudi, k)


if __name__ == "__main__":
    lang = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    for coll, id_, text in (french(n) if lang == "fr" else arabic(n)):
        print("=====", coll, id_)
        print(text)
