#!/usr/bin/env python3
"""Writes src/main/resources/revue/entity/common-words-latin.txt: Latin-script words that the
French and English corpora write mostly in lower case, so that a capital on them marks the start of
a sentence or a title, not a name ("Invité", "Planning", "Resources"). A name never starts or ends
with one of them (MinisterMatcher).

A word is listed when the corpora write it in lower case at least MIN_LOWER times and at least
RATIO times as often as with a capital inside a sentence (after a word, not after . ! ? : or a
quote), and with a capital at least once (a word never capitalized cannot be mistaken for a name).
Folded as the matcher folds (lower case, no accents). Deterministic: no sampling.
Usage (from the project directory): scripts/common-words.py [CORPUS_DIR]
"""
import collections, gzip, json, os, re, sys, unicodedata

CORPORA = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "corpora")
FILES = {"orangesum-fr.jsonl.gz": ("title", "article"), "reuters21578-en.jsonl.gz": ("title", "body")}
MIN_LOWER = 5
RATIO = 3
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")


def fold(w):
    return "".join(c for c in unicodedata.normalize("NFD", w.lower()) if unicodedata.category(c) != "Mn")


lower = collections.Counter()
cap_inside = collections.Counter()
cap_any = collections.Counter()
for name, fields in FILES.items():
    with gzip.open(os.path.join(CORPORA, name), "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for field in fields:
                text = r.get(field) or ""
                for m in WORD.finditer(text):
                    w = m.group()
                    if len(w) < 3 or w.isupper():
                        continue  # acronyms and Reuters' upper-case headlines say nothing
                    key = fold(w)
                    if w[0].islower():
                        lower[key] += 1
                        continue
                    cap_any[key] += 1
                    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
                    if before and before[-1] not in ".!?:\"«»“”\n(-'’":
                        cap_inside[key] += 1
out = sorted(w for w, n in lower.items()
             if n >= MIN_LOWER and n >= RATIO * cap_inside[w] and cap_any[w] > 0)
path = os.path.join("src", "main", "resources", "revue", "entity", "common-words-latin.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("# Words the French and English corpora write mostly in lower case: a capital on them starts a\n"
            "# sentence or a title, not a name. Written by scripts/common-words.py (see its rule); do not edit.\n")
    for w in out:
        f.write(w + "\n")
print(len(out), "words ->", path)
