#!/usr/bin/env python3
"""Writes src/main/resources/revue/entity/words-after-clitics-arabic.txt: Arabic words the three
Arabic corpora use as words after the preposition ب or ل, so that a word made of ب or ل and one of
them reads as the preposition and that word ("بخطاب", "لرويترز", "بإقليم"), not as one name part
("بلفور", "لونج": لفور and ونج are no words of the corpora). ArabicNames reads it.

A word is listed with its article when the corpora write it so at least MIN_DEFINITE times (a
noun: الخطاب, الإقليم), and without it when they write it alone at least MIN_ALONE times and glued to ب or ل at least MIN_AFTER times
(a noun or a proper noun used so: رويترز, لرويترز). The labelled articles (every id of src/test/resources/revue/entity/*.tsv) are left out.
Folded as the matcher folds (no harakat or
tatweel; أ إ آ ٱ to ا, ى to ي, ة to ه, ؤ to و, ئ to ي, ء dropped). Deterministic: no sampling.
Usage (from the project directory): scripts/clitic-words-arabic.py [CORPUS_DIR]
"""
import collections, gzip, json, os, re, sys

CORPORA = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "corpora")
FILES = {
    "ant-multisource-ar.jsonl.gz": ("title", "text"),
    "ant-jawharafm-ar.jsonl.gz": ("title", "text"),
    "saudinewsnet-ar.jsonl.gz": ("title", "content"),
}
MIN_DEFINITE = 20
MIN_ALONE = 20
MIN_AFTER = 3
OUT = os.path.join("src", "main", "resources", "revue", "entity", "words-after-clitics-arabic.txt")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ء": None})
MARKS = re.compile("[\u064B-\u0652\u0640]")
WORD = re.compile("[\u0621-\u064A]+")

LABELLED = set()
LABELS = os.path.join("src", "test", "resources", "revue", "entity")
for tsv in sorted(os.listdir(LABELS)):
    if tsv.endswith(".tsv"):
        with open(os.path.join(LABELS, tsv), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    LABELLED.update(line.rstrip("\n").split("\t"))
KEYS = {"ant-multisource-ar.jsonl.gz": "docno", "ant-jawharafm-ar.jsonl.gz": "docno", "saudinewsnet-ar.jsonl.gz": "url"}

count = collections.Counter()
for name, fields in FILES.items():
    with gzip.open(os.path.join(CORPORA, name), "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get(KEYS[name]) in LABELLED:
                continue
            text = MARKS.sub("", " ".join(r.get(field) or "" for field in fields))
            count.update(w.translate(FOLD) for w in WORD.findall(text))

words = set()
for w, c in count.items():
    if w.startswith("ال") and len(w) >= 4 and c >= MIN_DEFINITE:
        words.add(w)  # listed with its article: a noun
for w, c in count.items():
    if len(w) >= 2 and c >= MIN_ALONE and count["ب" + w] + count["ل" + w] >= MIN_AFTER:
        words.add(w)
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# Arabic words the corpora use after the preposition ب or ل: nouns, with the article, that they\n")
    out.write(f"# write so at least {MIN_DEFINITE} times; words they write alone at least {MIN_ALONE} times and after ب or ل at\n")
    out.write(f"# least {MIN_AFTER} times.\n")
    out.write("# Written by scripts/clitic-words-arabic.py (see its rule); do not edit.\n")
    for w in sorted(words):
        out.write(w + "\n")
print(len(words), "words written to", OUT)
