#!/usr/bin/env python3
"""Pastes real headlines into `revue search`, as a user would, and counts failures and misses.

From each shared corpus it samples, with a fixed seed, articles that have a title and an id, and
runs the real command once per title (a new process each time, the title passed as it is in the
corpus, stray newlines included) with --json against an index of the corpora. A title fails when
the command exits with a code other than 0; it finds its article when the article's id is among
the ten hits, or among the copies a hit stands for (its similarIds: search collapses the copies of
one story into one hit, and a copy may rank in the article's place). Prints per corpus: titles, failures (exit != 0), found in the top 10, titles read
with a note on stderr; then every failure and miss. The titles are corpus text: the report is
written under target/ (ignored by git), never committed.

Usage: python3 scripts/paste-titles.py --index DIR [--corpora ../shared/corpora] [--size 100]
           [--seed 20261206] [--revue "./revue"] [--out target/paste] [--jobs 1]
           [--corpus FILE ...]
Build the index once: ./revue index ../shared/corpora --index DIR
"""

import argparse
import concurrent.futures
import gzip
import json
import pathlib
import random
import shlex
import subprocess
import sys

# file -> (id fields in order of preference, title field), as revue.ingest maps them
CORPORA = {
    "orangesum-fr.jsonl.gz": (["id"], "title"),
    "ant-multisource-ar.jsonl.gz": (["docno"], "title"),
    "ant-jawharafm-ar.jsonl.gz": (["docno"], "title"),
    "saudinewsnet-ar.jsonl.gz": (["url"], "title"),
    "reuters21578-en.jsonl.gz": (["newid"], "title"),
}


def titled_articles(path, id_fields, title_field):
    collection = path.name.split(".", 1)[0]
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            source_id = next((str(record[f]) for f in id_fields if record.get(f)), None)
            title = record.get(title_field)
            if source_id and title and title.strip():
                yield collection + "/" + source_id, title


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--corpora", default="../shared/corpora", type=pathlib.Path)
    parser.add_argument("--size", default=100, type=int)
    parser.add_argument("--seed", default=20261206, type=int)
    parser.add_argument("--revue", default="./revue", help="the command to run (default: ./revue)")
    parser.add_argument("--out", default="target/paste", type=pathlib.Path)
    parser.add_argument("--jobs", default=1, type=int, help="commands run at once (default: 1)")
    parser.add_argument("--corpus", action="append", help="only this corpus file (repeatable)")
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    command = shlex.split(args.revue)
    report = []
    totals = [0, 0, 0, 0]
    print(f"{'corpus':<22} {'titles':>6} {'exit!=0':>7} {'top10':>6} {'noted':>6}")
    for file_name, (id_fields, title_field) in CORPORA.items():
        if args.corpus and file_name not in args.corpus:
            continue
        path = args.corpora / file_name
        if not path.exists():
            sys.exit(f"missing corpus {path}")
        articles = sorted(titled_articles(path, id_fields, title_field))
        rng = random.Random(f"{args.seed}/{file_name}")
        sample = articles if len(articles) <= args.size else rng.sample(articles, args.size)
        failed = found = noted = 0

        def paste(title):
            return subprocess.run(
                command + ["search", "--index", args.index, "--json", "--limit", "10", title],
                capture_output=True, text=True)

        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            runs = list(pool.map(paste, [title for _, title in sample]))
        for (article_id, title), run in zip(sample, runs):
            if run.returncode != 0:
                failed += 1
                report.append(f"FAIL {article_id} exit {run.returncode}: {title!r}\n  {run.stderr.strip()}")
                continue
            hits = json.loads(run.stdout)["hits"]
            ids = [hit["id"] for hit in hits]
            # a copy of the story ranked in its place shows it as one of its "N similar": found
            shown = set(ids) | {s for hit in hits for s in hit.get("similarIds", [])}
            note = run.stderr.strip()
            noted += 1 if note else 0
            if article_id in shown:
                found += 1
            else:
                report.append(f"MISS {article_id}: {title!r}\n  {note}\n  top: {ids[:3]}")
        collection = file_name.split(".", 1)[0]
        print(f"{collection:<22} {len(sample):>6} {failed:>7} {found:>6} {noted:>6}", flush=True)
        for i, v in enumerate((len(sample), failed, found, noted)):
            totals[i] += v
    print(f"{'all':<22} {totals[0]:>6} {totals[1]:>7} {totals[2]:>6} {totals[3]:>6}"
          f"   top10 {totals[2] / totals[0]:.1%}")
    (args.out / "report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"failures and misses: {args.out / 'report.txt'} ({len(report)})")


if __name__ == "__main__":
    main()
