#!/usr/bin/env python3
"""How well the date revue reads from an article's text agrees with the record's metadata date.

Samples 100 articles per language with a fixed seed from the shared corpora (French: orangesum;
Arabic: ant-multisource and ant-jawharafm together, whose dates are publication times; English:
reuters21578, whose datelines carry no year), writes them with the metadata date removed (kept
aside, under a field revue does not read), runs `revue analyze --json` on them, and compares the
date revue reads from the dateline or the text with the metadata date. saudinewsnet is measured
apart: its only date is the crawl time, not the publication.

Usage: scripts/dateline-dates.py [CORPORA_DIR] [--revue CMD] [--per-language N] [--seed S]
       [--errors]
(defaults ../shared/corpora, ./revue, 100, 20). Prints one line per sample and, with --errors,
each article whose text date disagrees. Never writes corpus text into the project: the sampled
articles go to a temporary folder.
"""

import argparse
import datetime as dt
import email.utils
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile

SAMPLES = [
    # name, files, id field, title field, body field, date field
    ("fr", ["orangesum-fr.jsonl.gz"], "id", "title", "article", "date"),
    ("ar", ["ant-multisource-ar.jsonl.gz", "ant-jawharafm-ar.jsonl.gz"], "docno", "title", "text", "time"),
    ("en", ["reuters21578-en.jsonl.gz"], "newid", "title", "body", "date"),
    ("ar-saudinewsnet (crawl time)", ["saudinewsnet-ar.jsonl.gz"], "url", "title", "content", "date_extracted"),
]


def parse_date(s):
    """The metadata date as a UTC calendar day, as revue's ingest reads it (zone UTC)."""
    s = s.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    try:
        t = dt.datetime.fromisoformat(s)
        return (t.astimezone(dt.timezone.utc) if t.tzinfo else t).date()
    except ValueError:
        pass
    try:
        t = email.utils.parsedate_to_datetime(s)
        return (t.astimezone(dt.timezone.utc) if t.tzinfo else t).date()
    except (TypeError, ValueError):
        pass
    try:
        return dt.datetime.strptime(s.split(".")[0], "%d-%b-%Y %H:%M:%S").date()
    except ValueError:
        return None


def sample(corpora, files, id_f, title_f, body_f, date_f, n, rng):
    records = []
    for f in files:
        with gzip.open(os.path.join(corpora, f), "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                body = r.get(body_f) or ""
                date = parse_date(r.get(date_f) or "")
                if body.strip() and date and r.get(id_f):
                    records.append((f, r, date))
    records.sort(key=lambda x: (x[0], str(x[1][id_f])))
    return rng.sample(records, n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="?", default="../shared/corpora")
    ap.add_argument("--revue", default="./revue")
    ap.add_argument("--per-language", type=int, default=100)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    print(f"seed {args.seed}, {args.per_language} articles a sample, metadata date removed before analysis")
    with tempfile.TemporaryDirectory() as tmp:
        for name, files, id_f, title_f, body_f, date_f in SAMPLES:
            rng = random.Random(f"{args.seed}-{name}")
            picked = sample(args.corpora, files, id_f, title_f, body_f, date_f, args.per_language, rng)
            path = os.path.join(tmp, "sample.jsonl")
            meta = {}
            with open(path, "w", encoding="utf-8") as out:
                for i, (f, r, date) in enumerate(picked):
                    sid = f"{f.split('.')[0]}:{r[id_f]}"
                    meta[sid] = date
                    rec = {"id": sid, "title": r.get(title_f) or "", "body": r.get(body_f) or ""}
                    if r.get("dateline"):
                        rec["dateline"] = r["dateline"]
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            got = json.loads(
                subprocess.run([args.revue, "analyze", "--json", path], check=True, capture_output=True, text=True).stdout
            )
            by_source = {}
            errors = []
            for a in got:
                sid = a["sourceId"]
                if a.get("date") is None:
                    continue
                d = dt.date.fromisoformat(a["date"])
                ok = abs((d - meta[sid]).days) <= 1
                src = a["dateSource"]
                s = by_source.setdefault(src, [0, 0])
                s[0] += 1
                s[1] += ok
                if not ok:
                    errors.append((sid, a["date"], meta[sid].isoformat(), src, a.get("dateLine"), a.get("dateline")))
            dated = sum(v[0] for v in by_source.values())
            agree = sum(v[1] for v in by_source.values())
            parts = ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(by_source.items()))
            share = f"{agree / dated:.3f}" if dated else "-"
            print(f"{name:30s} dated from text {dated:3d}/{len(got)}, within one day of metadata {agree}/{dated} ({share}); {parts}")
            if args.errors:
                for e in errors:
                    print("   disagrees:", *e, sep=" ")


if __name__ == "__main__":
    sys.exit(main())
