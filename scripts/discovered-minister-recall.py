#!/usr/bin/env python3
"""Cross-script search of ministers the gazetteer does not know (issue 20, acceptance "Cross-script").

Five ministers revue discovers in the Arabic corpora (not in ministers.tsv), chosen among the Arabic
minister tags of an index of the shared corpora with the most articles, three of them also
discovered in French articles of OrangeSum (Collomb, Salvini, Seehofer), two only in Arabic text
(Lieberman, al-Falih):

  Latin query          Arabic spelling (most common)   why
  Avigdor Lieberman    أفيغدور ليبرمان                    Israeli defence minister, 130 full-name mentions, Arabic only
  Gérard Collomb       جيرار كولومب                     French interior minister, also tagged in 155 French articles
  Matteo Salvini       ماتيو سالفيني                     Italian interior minister, also tagged in 21 French articles
  Khalid al-Falih      خالد الفالح                       Saudi energy minister, 97 mentions, Arabic only
  Horst Seehofer       هورست زيهوفر / سيهوفر             German interior minister, two Arabic spellings, also French

An Arabic article names one of them when its title or body has a given-name spelling followed by a
family-name spelling (each optionally after the clitics و ل ب, after the HTML entity decoding
revue's ingest does): the spellings are every one the corpora use for the person, found by
scanning the corpora for the family name (a surname alone, "وقال ليبرمان", is not counted: revue
tags a person it has seen named in full, and a surname alone names several people: جوزف ليبرمان).
Then `revue search QUERY --filter lang=ar --no-collapse --json` on an index of the corpora, and the
share of those articles it returns.

Usage: scripts/discovered-minister-recall.py INDEX_DIR [CORPORA] [--misses]
"""
import gzip, html, json, pathlib, re, subprocess, sys

MINISTERS = [
    ("Avigdor Lieberman", ["أفيغدور", "افيغدور", "أفيجدور", "إفيغدور"], ["ليبرمان"]),
    ("Gérard Collomb", ["جيرار", "جيرارد", "جرار"], ["كولومب", "كولوم"]),
    ("Matteo Salvini", ["ماتيو"], ["سالفيني"]),
    ("Khalid al-Falih", ["خالد"], ["الفالح"]),
    ("Horst Seehofer", ["هورست", "أورست"], ["زيهوفر", "سيهوفر"]),
]
FILES = {
    "ant-multisource-ar.jsonl.gz": ("docno", "title", "text"),
    "ant-jawharafm-ar.jsonl.gz": ("docno", "title", "text"),
    "saudinewsnet-ar.jsonl.gz": ("url", "title", "content"),
}


def alternation(forms):
    return "(?:" + "|".join(map(re.escape, forms)) + ")"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    misses = "--misses" in sys.argv
    index = args[0]
    corpora = pathlib.Path(args[1] if len(args) > 1 else "../shared/corpora")
    expected = {q: set() for q, _, _ in MINISTERS}
    texts = {}
    patterns = {
        q: re.compile(r"(?<![\w])[ولب]?" + alternation(given) + r"\s+" + alternation(family) + r"(?![\w])")
        for q, given, family in MINISTERS
    }
    for name, (idf, tf, bf) in FILES.items():
        collection = name.split(".")[0]
        with gzip.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                text = html.unescape((r.get(tf) or "") + "\n" + (r.get(bf) or ""))
                for q, _, _ in MINISTERS:
                    m = patterns[q].search(text)
                    if m:
                        doc = collection + "/" + str(r.get(idf)).strip()
                        expected[q].add(doc)
                        texts[(q, doc)] = text[max(0, m.start() - 80) : m.end() + 40].replace("\n", " ")
    home = pathlib.Path(__file__).resolve().parent.parent
    print(f"{'query':18} {'articles':>8} {'found':>6} {'recall':>7}  (returned, tagged facet value)")
    total = hit_total = 0
    for q, _, _ in MINISTERS:
        out = subprocess.run(
            [str(home / "revue"), "search", q, "--index", index, "--filter", "lang=ar",
             "--no-collapse", "--json", "--limit", "100000", "--facets", "1"],
            capture_output=True, text=True, check=True).stdout
        result = json.loads(out)
        found = {h["id"] for h in result["hits"]}
        top = result["facets"].get("minister", {}).get("values", [])
        n = len(expected[q])
        hit = len(expected[q] & found)
        total += n
        hit_total += hit
        facet = f"{top[0]['value']} {top[0]['count']}" if top else "-"
        print(f"{q:18} {n:8d} {hit:6d} {hit / n if n else 0:7.3f}  ({len(found)}, {facet})")
        if misses:
            for doc in sorted(expected[q] - found)[:10]:
                print("   missed", doc, "|", texts[(q, doc)])
    print(f"{'all five':18} {total:8d} {hit_total:6d} {hit_total / total:7.3f}")


main()
