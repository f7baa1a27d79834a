#!/usr/bin/env python3
"""Draws unlabelled Arabic articles with ministerial cues and shows what revue's minister grammar
reads in them (issue 20, Arabic discovery recall): rules are written from this sample, not from the
labelled sets, whose articles (gold, held-out, discovery, discovery-rejected and every later Arabic
draw, kept or rejected) are left out.

Pool: ant-multisource-ar, ant-jawharafm-ar and saudinewsnet-ar articles of 300 to 2,000 characters
with a cue (وزير، وزيرة، رئيس الوزراء، رئيس الحكومة، نظيره، وزير الدولة), sorted by collection and
id and shuffled with a fixed seed; the first COUNT after START are drawn. Prints nothing of the
corpora into the repository: the output goes to stdout, to read or to diff.

Usage (from the project directory, after `mvn -o package -DskipTests`):
  scripts/ar-minister-sample.py [--seed 2612] [--start 0] [--count 200] [--windows] [--jar target/revue.jar]
--windows prints each cue with its context and the ministers read there; without it, one line a
minister mention (collection, id, value, surface, gazetteer|discovered, former|now), which two
builds' outputs can be diffed on.
"""
import argparse, gzip, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPORA = os.path.join(ROOT, "..", "shared", "corpora")
LABELS = os.path.join(ROOT, "src", "test", "resources", "revue", "entity")
CUE = re.compile(r"وزير|رئيس الوزراء|رئيس الحكومة|نظيره|نظيرته")
SOURCES = (("ant-multisource-ar", "docno", "text"),
           ("ant-jawharafm-ar", "docno", "text"),
           ("saudinewsnet-ar", "url", "content"))


def labelled():
    ids = set()
    for name in ("gold-entities.tsv", "heldout-entities.tsv", "discovery-entities.tsv",
                 "discovery-rejected.tsv"):
        with open(os.path.join(LABELS, name), encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    ids.add(tuple(line.split("\t")[:2]))
    # the later Arabic draws (discovery2-arabic-entities.tsv and on), kept and "#rejected" lines
    for name in sorted(os.listdir(LABELS)):
        if re.fullmatch(r"discovery\d+-arabic-entities\.tsv", name):
            with open(os.path.join(LABELS, name), encoding="utf-8") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if line.startswith("#rejected") and len(cols) > 2:
                        ids.add((cols[1], cols[2]))
                    elif line.strip() and not line.startswith("#"):
                        ids.add((cols[0], cols[1]))
    return ids


def pool():
    taken = labelled()
    out = []
    for name, idf, body in SOURCES:
        with gzip.open(os.path.join(CORPORA, name + ".jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                text = d.get(body) or ""
                if not 300 <= len(text) <= 2000 or (name, str(d[idf])) in taken:
                    continue
                full = (d.get("title") or "") + "\n" + text
                if CUE.search(full):
                    out.append((name, str(d[idf]), full))
    out.sort(key=lambda p: (p[0], p[1]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2612)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--windows", action="store_true")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "revue.jar"))
    a = ap.parse_args()
    p = pool()
    random.Random(a.seed).shuffle(p)
    lines = "".join("%s\t%s\t%s\n" % (c, i, t.replace("\t", " ").replace("\r", "").replace("\n", "\\n"))
                    for c, i, t in p[a.start:a.start + a.count])
    java = subprocess.run([os.path.join(HERE, "find-java.sh")], capture_output=True, text=True, check=True).stdout.strip()
    cmd = [java, "-cp", a.jar, os.path.join(HERE, "ArabicMinisterCues.java")]
    if a.windows:
        cmd.append("--windows")
    sys.stdout.flush()
    subprocess.run(cmd, input=lines.encode("utf-8"), check=True)


if __name__ == "__main__":
    main()
