#!/usr/bin/env python3
"""Cross-script recall of entity-aware search on the shared corpora.

For each (Latin query, Arabic spellings) pair, finds the Arabic articles whose title or body
names one of the Arabic spellings as a word (optionally after the clitics و ف ب ل ك, after the
same entity decoding revue's ingest does), then runs `revue search QUERY --filter lang=ar --json --limit 100000` on an index
of the corpora and reports the share of those articles revue returns.

Usage: scripts/cross-script-recall.py INDEX_DIR [CORPORA]
"""
import gzip, html, json, pathlib, re, subprocess, sys

PAIRS = [
    ("Bourita", ["بوريطة"]),
    ("Jubeir", ["الجبير"]),
    ("Tillerson", ["تيلرسون"]),
    ("Zarif", ["ظريف"]),
    ("Shoukry", ["سامح شكري"]),
    ("Safadi", ["أيمن الصفدي"]),
    ("Mauritanie", ["موريتانيا"]),
    ("Niger", ["النيجر"]),
]
FILES = {
    "ant-multisource-ar.jsonl.gz": ("docno", "title", "text"),
    "ant-jawharafm-ar.jsonl.gz": ("docno", "title", "text"),
    "saudinewsnet-ar.jsonl.gz": ("url", "title", "content"),
}

def main():
    index = sys.argv[1]
    corpora = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora")
    expected = {q: set() for q, _ in PAIRS}
    patterns = {q: re.compile(r"(?<![\w])(?:[وفبلك]{0,2})(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")
                for q, forms in PAIRS}
    for name, (idf, tf, bf) in FILES.items():
        collection = name.split(".")[0]
        with gzip.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                text = html.unescape((r.get(tf) or "") + "\n" + (r.get(bf) or ""))
                for q, forms in PAIRS:
                    if patterns[q].search(text):
                        expected[q].add(collection + "/" + str(r.get(idf)).strip())
    home = pathlib.Path(__file__).resolve().parent.parent
    print(f"{'query':12} {'arabic form':12} {'articles':>8} {'found':>8} {'recall':>7}")
    for q, forms in PAIRS:
        out = subprocess.run([str(home / "revue"), "search", q, "--index", index, "--filter", "lang=ar",
                              "--json", "--limit", "100000", "--facets", "0"],
                             capture_output=True, text=True, check=True).stdout
        found = {h["id"] for h in json.loads(out)["hits"]}
        hit = len(expected[q] & found)
        n = len(expected[q])
        print(f"{q:12} {forms[0]:12} {n:8d} {hit:8d} {hit / n if n else 0:7.3f}")

main()
