#!/usr/bin/env python3
"""Counts, in all of orangesum-fr, the shapes behind the French development misses of issue 20's
ninth pass (docs/entities.md, "ninth pass, French"): how often each shape occurs decides whether a
rule for it is worth writing. Reads title and article (the fields revue ingests; `heading`, the
OrangeSum summary, is not read by revue). Prints each shape's count and its first examples.

Usage (from the project directory):
  scripts/fr-miss-shapes.py [--corpora DIR] [--examples N]
"""
import argparse, gzip, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = r"[A-ZÉÈ][\w'’-]+(?: (?:de |Le |La |du )?[A-ZÉÈ][\w'’-]+)+"
TITLE = r"(?:ministre|secrétaire d['’]État)"
SHAPES = [
    # "le ministre des X, A B (...) et celui de la Y, C D"
    ("celui/celle de <portfolio>, Name after a title",
     re.compile(r"ministre[^.]{0,200}?\bcel(?:ui|le) (?:de la |de l['’]|du |des |d['’])[^,.]{2,60}?, "
                + NAME)),
    # "A B, ancien membre du gouvernement de C D"
    ("Name, (ex-/ancien) membre du gouvernement",
     re.compile(NAME + r", (?:l['’]|un |une |le |la )?(?:(?:ancien|ancienne|ex|nouveau|nouvelle|autre)"
                r"[- ])?membre du gouvernement")),
    ("(autre) membre du gouvernement ..., Name",
     re.compile(r"membre du gouvernement(?: [^,.]{0,40})?, " + NAME)),
    ("Name est le/la ... membre du gouvernement",
     re.compile(NAME + r" (?:est|était|a été|devient) (?:le |la |un |une |l['’])?(?:\w+ )?membre du "
                r"gouvernement")),
    ("celui/celle qui a été ministre",
     re.compile(r"\bcel(?:ui|le) qui (?:a|avait) été (?:\w+ )?" + TITLE)),
    ("deux/trois ministres ..., A B et C D",
     re.compile(r"\b(?:[Dd]eux|[Tt]rois) (?:ministres|secrétaires d['’]État)[^.]{0,100}?[,:] " + NAME
                + r" et " + NAME)),
    ("Ancien(ne) title ..., second apposition, Name",
     re.compile(r"(?:^|[.!?] )(?:Ancien|Ancienne|Ex-)\s?(?:ministre|secrétaire d['’]État|Premier "
                r"ministre)[^,.]{0,80}, [^,.]{3,80}, " + NAME)),
    ("N fois (Premier) ministre, Name",
     re.compile(r"(?:^|[.!?] )(?:Deux|Trois|Quatre|Cinq|Plusieurs) fois (?:[Pp]remier )?ministre")),
    ("successeur à ... - Name",
     re.compile(r"\bsuccess(?:eur|rice) (?:à|au|aux) [^-,.]{3,30}[-,] " + NAME)),
    ("président du Conseil (head of government)",
     re.compile(r"\bprésident(?:e)? du Conseil (?:italien|des ministres italien)\b")),
    ("title + M./Mme Surname",
     re.compile(r"\b" + TITLE + r"(?: (?:de l['’]|de la |du |des |d['’])[^,.()]{0,50}?)?,? (?:M\.|Mme) "
                r"[A-ZÉ][\w-]+\b(?! [A-ZÉ])")),
    ("M./Mme Surname (le ministre ...)",
     re.compile(r"(?:M\.|Mme) [A-ZÉ][\w-]+ \((?:l['’]|le |la |ex-|ancien |ancienne )*(?:ministre|"
                r"secrétaire d['’]État|Premier ministre)")),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default=os.path.join(HERE, "..", "..", "shared", "corpora"))
    ap.add_argument("--examples", type=int, default=3)
    a = ap.parse_args()
    counts = {label: 0 for label, _ in SHAPES}
    examples = {label: [] for label, _ in SHAPES}
    with gzip.open(os.path.join(a.corpora, "orangesum-fr.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = (r.get("title") or "") + "\n" + (r.get("article") or "")
            for label, p in SHAPES:
                for m in p.finditer(text):
                    counts[label] += 1
                    if len(examples[label]) < a.examples:
                        examples[label].append(r["id"])
    for label, _ in SHAPES:
        print(f"{counts[label]:5d}  {label}  (e.g. ids {', '.join(examples[label])})")


if __name__ == "__main__":
    main()
