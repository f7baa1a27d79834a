#!/usr/bin/env python3
# MRR@10 of known-item runs per half of the topics (even and odd lines of the topics file, from 1):
# tune on one half, report the other. Reads WORK/SET.topics.tsv, WORK/SET.qrels and
# WORK/{baseline,revue}-SET.run as scripts/eval-known-items.sh writes them.
# Usage: scripts/known-item-halves.py WORK SET...
import sys, collections
def mrr_halves(topics, qrels, run):
    ids=[l.split('\t')[0] for l in open(topics, encoding='utf-8') if l.strip()]
    rel=collections.defaultdict(set)
    for l in open(qrels):
        q,_,d,g=l.split(); 
        if int(g)>0: rel[q].add(d)
    ranked=collections.defaultdict(list)
    for l in open(run):
        p=l.split(); ranked[p[0]].append((int(p[3]),p[2]))
    s=[0,0]; n=[0,0]
    for i,q in enumerate(ids):
        half=(i+1)%2  # 0 = even line
        rr=0
        for r,(rank,d) in enumerate(sorted(ranked[q])[:10]):
            if d in rel[q]: rr=1/(r+1); break
        s[half]+=rr; n[half]+=1
    return s[0]/n[0], s[1]/n[1], (s[0]+s[1])/(n[0]+n[1])
d=sys.argv[1]
for st in sys.argv[2:]:
    for sysn in ('baseline','revue'):
        e,o,a=mrr_halves(f'{d}/{st}.topics.tsv',f'{d}/{st}.qrels',f'{d}/{sysn}-{st}.run')
        print(f'{st:24s} {sysn:9s} even {e:.4f} odd {o:.4f} all {a:.4f}')
