#!/usr/bin/env python3
"""Draws unlabelled French and English articles to read for minister-discovery rules (issue 20).

The labelled sets (gold, held-out, discovery, and the discovery articles read and rejected) are left
out, so that rules written from this sample are not fitted to any scored article. Kept: articles of
orangesum-fr or reuters21578-en with a ministerial cue (the post, a head of government's title,
"homologue"/"counterpart", "garde des Sceaux", "porte-parole du gouvernement", "chancellor"...)
within a few words of a capitalised name none of whose words is a word of ministers.tsv: a person
the gazetteer does not know, presented near a ministerial cue. Shuffled with a fixed seed.

Writes the drawn records, as the corpus writes them, to OUT (a JSON Lines file outside the project:
no corpus text is committed), for `./revue analyze --json OUT` and for reading.

Usage (from the project directory):
  scripts/minister-recall-sample.py fr|en OUT [--count N] [--seed S] [--corpora DIR]
"""
import argparse, gzip, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "..", "src", "test", "resources", "revue", "entity")
MINISTERS = os.path.join(HERE, "..", "src", "main", "resources", "revue", "ministers.tsv")

CUE = {
    "fr": re.compile(r"\b(?:ministre|secrétaire d['’]État|chef du gouvernement|homologue|garde des "
                     r"Sceaux|porte-parole du gouvernement|chancelier|chancelière)\b", re.I),
    "en": re.compile(r"\b(?:minister|secretary|premier|chancellor|counterpart|taoiseach)\b", re.I),
}
# A capitalised name of two or more words (Latin script, hyphens and particles allowed).
NAME = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|da|van|von|al|el|ben|bin|le|la)\s+)?"
                  r"[A-ZÀ-Ý][\w'’-]+)+")
NEAR = 80  # characters between a cue and a name

FIELDS = {"fr": ("orangesum-fr", "id", ("title", "article")),
          "en": ("reuters21578-en", "newid", ("title", "body"))}


def labelled_ids():
    ids = set()
    for name in ("gold-entities.tsv", "heldout-entities.tsv", "discovery-entities.tsv",
                 "discovery-rejected.tsv", "gold-split.tsv"):
        path = os.path.join(LABELS, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    cols = line.rstrip("\n").split("\t")
                    # gold-split.tsv starts with the file's name
                    ids.add(tuple(cols[1:3]) if name == "gold-split.tsv" else tuple(cols[:2]))
    return ids


def gazetteer_words():
    words = set()
    with open(MINISTERS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for field in [cols[0]] + (cols[5].split("|") if len(cols) > 5 else []):
                words.update(w.lower() for w in re.findall(r"[\w'’-]+", field) if len(w) > 2)
    return words


def unknown_name_near_cue(text, cue, known):
    for c in cue.finditer(text):
        window = text[max(0, c.start() - NEAR): c.end() + NEAR]
        for m in NAME.finditer(window):
            words = [w.lower() for w in re.findall(r"[\w'’-]+", m.group(0)) if len(w) > 2]
            if words and not any(w in known for w in words):
                return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lang", choices=("fr", "en"))
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--corpora", default=os.path.join(HERE, "..", "..", "shared", "corpora"))
    a = ap.parse_args()
    collection, id_field, (title, body) = FIELDS[a.lang]
    taken, known = labelled_ids(), gazetteer_words()
    pool = []
    with gzip.open(os.path.join(a.corpora, collection + ".jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if (collection, str(d.get(id_field))) in taken:
                continue
            text = (d.get(title) or "") + "\n" + (d.get(body) or "")
            if not 200 <= len(d.get(body) or "") <= 2500:
                continue
            if CUE[a.lang].search(text) and unknown_name_near_cue(text, CUE[a.lang], known):
                pool.append(d)
    pool.sort(key=lambda d: str(d.get(id_field)))
    random.Random(a.seed).shuffle(pool)
    with open(a.out, "w", encoding="utf-8") as out:
        for d in pool[:a.count]:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{collection}: {len(pool)} candidates, {min(a.count, len(pool))} written to {a.out} "
          f"(seed {a.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
