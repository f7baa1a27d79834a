#!/usr/bin/env python3
"""Builds known-item evaluation sets from the real corpora in ../shared/corpora.

For each language (fr, ar, en) it samples, with a fixed seed, articles whose title is unique
across all corpora; the query is the title and the answer the article id
(collection + "/" + sourceId, as revue.ingest builds it). Sets written:

  known-item-fr, known-item-ar, known-item-en   exact titles
  known-item-fr-folded                          French titles, accents stripped, lower-cased
  known-item-ar-spelling                        Arabic titles, hamza seats (أ إ آ) as bare alef,
                                                word-final teh marbuta (ة) as heh (ه)
  long-fr-summary                               OrangeSum `heading` summaries of 8 words or more
                                                (written apart from the article: a paraphrase)
  long-ar-passage, long-en-passage              30 to 60 words (length drawn by the seed) cut
                                                from the middle of an Arabic or English body
                                                twice as long at least

Long sets keep only queries of one article: a summary unique across the corpus, a passage whose
word 8-grams no other article holds half of (wire copies reprinted by several outlets are
several right answers, not one known item).

Each set is two files in the output folder: NAME.topics.tsv (qid<TAB>query) and NAME.qrels
(qid 0 docid 1). A variant set only samples titles the variant changes, and whose variant is
unique too. The sets hold corpus text (titles): the output folder must stay out of git
(the default, target/eval, is ignored). Standard library only.

Usage: python3 scripts/make-known-item-sets.py [--corpora ../shared/corpora] [--out target/eval]
                                               [--size 500] [--seed 20220510]
                                               [--long-size 300]
"""

import argparse
import collections
import gzip
import json
import pathlib
import random
import re
import sys
import unicodedata

# file -> (language, id fields in order of preference, title field, body field)
CORPORA = {
    "orangesum-fr.jsonl.gz": ("fr", ["id"], "title", "article"),
    "ant-multisource-ar.jsonl.gz": ("ar", ["docno"], "title", "text"),
    "ant-jawharafm-ar.jsonl.gz": ("ar", ["docno"], "title", "text"),
    "saudinewsnet-ar.jsonl.gz": ("ar", ["url"], "title", "content"),
    "reuters21578-en.jsonl.gz": ("en", ["newid"], "title", "body"),
}
SUMMARIES = ("orangesum-fr.jsonl.gz", "heading")
SHINGLE = 8

WHITESPACE = re.compile(r"\s+")
HAMZA_ALEF = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627"})
FINAL_TEH_MARBUTA = re.compile("\u0629(?=$|[^\u0600-\u06FF])")


def collection_of(file_name):
    return file_name.split(".", 1)[0]


def clean_title(title):
    # one line, single spaces: a topic is qid<TAB>query on one line
    return WHITESPACE.sub(" ", title or "").strip()


def fold_french(title):
    decomposed = unicodedata.normalize("NFD", title)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).lower()


def respell_arabic(title):
    return FINAL_TEH_MARBUTA.sub("\u0647", title.translate(HAMZA_ALEF))


def read_records(corpora):
    """Yields (file name, language, article id or None, record) for every record."""
    for file_name, (lang, id_fields, _, _) in CORPORA.items():
        path = corpora / file_name
        if not path.exists():
            sys.exit(f"missing corpus {path}: run from the project folder with ../shared present")
        collection = collection_of(file_name)
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                source_id = next((str(record[f]) for f in id_fields if record.get(f)), None)
                # TREC files are whitespace-separated: an id with a space cannot be judged
                ok = source_id and not WHITESPACE.search(source_id)
                yield file_name, lang, collection + "/" + source_id if ok else None, record


def shingles(words):
    return {hash(" ".join(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def long_sets(corpora, size, seed):
    """(name, pairs) of the long-query sets: summaries and passages, see the module doc."""
    records = [(f, lang, i, r) for f, lang, i, r in read_records(corpora) if i]
    ids = collections.Counter(i for _, _, i, _ in records)
    records = [x for x in records if ids[x[2]] == 1]
    file_name, field = SUMMARIES
    summaries = [(i, clean_title(r.get(field))) for f, _, i, r in records if f == file_name]
    counts = collections.Counter(s for _, s in summaries)
    summaries = [(i, s) for i, s in summaries if len(s.split()) >= 8 and counts[s] == 1]
    yield "long-fr-summary", sample(summaries, size, seed, "long-fr-summary")
    for lang in ("ar", "en"):
        name = f"long-{lang}-passage"
        rng = random.Random(f"{seed}/{name}/lengths")
        bodies = {}
        for f, l, i, r in records:
            words = WHITESPACE.sub(" ", r.get(CORPORA[f][3]) or "").split()
            if l == lang:
                bodies[i] = words
        candidates = []
        # twice the size drawn, so that the passages other articles share can be left out
        for i in sample([i for i, w in bodies.items() if len(w) >= 120], 2 * size, seed, name):
            words = bodies[i]
            length = rng.randint(30, 60)
            start = (len(words) - length) // 2
            candidates.append((i, words[start : start + length]))
        wanted = {}
        for i, words in candidates:
            for h in shingles(words):
                wanted.setdefault(h, set()).add(i)
        held = collections.Counter()  # (candidate, other article) -> shared 8-grams
        for f, l, other, r in records:
            words = WHITESPACE.sub(" ", r.get(CORPORA[f][3]) or "").split()
            seen = collections.Counter()
            for h in shingles(words):
                for i in wanted.get(h, ()):
                    if i != other:
                        seen[i] += 1
            for i, n in seen.items():
                held[i] = max(held[i], n)
        unique = [(i, " ".join(w)) for i, w in candidates if held[i] * 2 < len(shingles(w))]
        yield name, unique[:size]


def read_articles(corpora):
    """Yields (language, article id, title) for every record with an id and a title."""
    for file_name, (lang, id_fields, title_field, _) in CORPORA.items():
        path = corpora / file_name
        if not path.exists():
            sys.exit(f"missing corpus {path}: run from the project folder with ../shared present")
        collection = collection_of(file_name)
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                source_id = next((str(record[f]) for f in id_fields if record.get(f)), None)
                title = clean_title(record.get(title_field))
                # TREC files are whitespace-separated: an id with a space cannot be judged
                if source_id and title and not WHITESPACE.search(source_id):
                    yield lang, collection + "/" + source_id, title


def sample(candidates, size, seed, name):
    candidates = sorted(candidates)  # file order must not matter, only the seed
    rng = random.Random(f"{seed}/{name}")
    return candidates if len(candidates) <= size else rng.sample(candidates, size)


def write_set(out, name, pairs):
    """pairs: (article id, query), written with ids NAME-0001..."""
    topics = out / f"{name}.topics.tsv"
    qrels = out / f"{name}.qrels"
    with open(topics, "w", encoding="utf-8") as t, open(qrels, "w", encoding="utf-8") as q:
        for number, (article_id, query) in enumerate(pairs, 1):
            qid = f"{name}-{number:04d}"
            t.write(f"{qid}\t{query}\n")
            q.write(f"{qid} 0 {article_id} 1\n")
    print(f"{name}: {len(pairs)} topics -> {topics}, {qrels}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default="../shared/corpora", type=pathlib.Path)
    parser.add_argument("--out", default="target/eval", type=pathlib.Path)
    parser.add_argument("--size", default=500, type=int)
    parser.add_argument("--seed", default=20220510, type=int)
    parser.add_argument("--long-size", default=300, type=int)
    args = parser.parse_args()

    articles = list(read_articles(args.corpora))
    ids = collections.Counter(article_id for _, article_id, _ in articles)
    titles = collections.Counter(title for _, _, title in articles)
    # known items: one article per title (across all corpora) and per id
    unique = [(lang, i, t) for lang, i, t in articles if titles[t] == 1 and ids[i] == 1]
    # queries of one word are not known-item searches ("DVD", "431")
    unique = [(lang, i, t) for lang, i, t in unique if len(t.split()) >= 2]

    args.out.mkdir(parents=True, exist_ok=True)
    for lang in ("fr", "ar", "en"):
        pairs = [(i, t) for l, i, t in unique if l == lang]
        write_set(args.out, f"known-item-{lang}", sample(pairs, args.size, args.seed, lang))

    variants = {
        "known-item-fr-folded": ("fr", fold_french),
        "known-item-ar-spelling": ("ar", respell_arabic),
    }
    for name, (lang, variant) in variants.items():
        forms = collections.Counter(variant(t) for _, _, t in articles)
        pairs = [
            (i, variant(t))
            for l, i, t in unique
            if l == lang and variant(t) != t and forms[variant(t)] == 1
        ]
        write_set(args.out, name, sample(pairs, args.size, args.seed, name))

    for name, pairs in long_sets(args.corpora, args.long_size, args.seed):
        write_set(args.out, name, pairs)


if __name__ == "__main__":
    main()
