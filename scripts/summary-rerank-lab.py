#!/usr/bin/env python3
"""A reranker of long queries' candidates learned from OrangeSum's other heading/article pairs
(issue 21's French summaries): does what words tell apart, learned, reach the +0.10 target?

Training queries: 1,200 OrangeSum headings (8 words or more, unique, none of the evaluation set's),
shuffled with seed 7; each is run through `revue search --topics` (its top 30), as are the
evaluation summaries. Eleven features per candidate (revue's score relative to the top one, its
rank, the query's idf-weighted coverage of the title, body and lead, the title's coverage by the
query, the body's 15 most salient words found in the query, word pairs shared, body length,
numbers shared, query-word density), a pairwise logistic model (the target against every other
candidate of its query), then the evaluation candidates reordered by it: MRR@10 before and after.
Needs numpy. Writes nothing but WORK/train.*; the text stays under WORK (never committed).

Usage: python3 scripts/summary-rerank-lab.py --index target/eval/revue-index --work target/rerank \
           [--corpora ../shared/corpora] [--eval target/eval/long-fr-summary] [--depth 20]
"""
import argparse, collections, gzip, json, math, random, re, subprocess, sys, unicodedata
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("--index", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--corpora", default="../shared/corpora")
ap.add_argument("--eval", default="target/eval/long-fr-summary")
ap.add_argument("--depth", type=int, default=20)
args = ap.parse_args()
import pathlib
work = pathlib.Path(args.work); work.mkdir(parents=True, exist_ok=True)
WS = re.compile(r"\s+")
ev_ids = set(l.split()[2] for l in open(args.eval + ".qrels"))
recs = [json.loads(l) for l in gzip.open(pathlib.Path(args.corpora) / "orangesum-fr.jsonl.gz", "rt")]
ids = collections.Counter(r["id"] for r in recs)
summ = [("orangesum-fr/" + r["id"], WS.sub(" ", r.get("heading") or "").strip()) for r in recs if ids[r["id"]] == 1]
cnt = collections.Counter(s for _, s in summ)
summ = [(i, s) for i, s in summ if len(s.split()) >= 8 and cnt[s] == 1 and i not in ev_ids]
random.Random(7).shuffle(summ)
with open(work / "train.topics.tsv", "w") as t, open(work / "train.qrels", "w") as q:
    for k, (i, s) in enumerate(summ[:1200]):
        t.write(f"tr-{k:04d}\t{s}\n"); q.write(f"tr-{k:04d} 0 {i} 1\n")
for name, topics in (("train", str(work / "train.topics.tsv")), ("eval", args.eval + ".topics.tsv")):
    subprocess.run(["./revue", "search", "--index", args.index, "--topics", topics,
                    "--run", str(work / (name + ".run")), "--limit", "30"], check=True,
                   stderr=subprocess.DEVNULL)
STOP=set("""a à au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être est sont a ont avait était sera ainsi plus comme après avant depuis selon entre contre sans sous tout tous toute toutes très bien aussi encore déjà alors donc car si cela ça ceci""".split())
def fold(s):
    s=unicodedata.normalize('NFD',s.lower()); return ''.join(c for c in s if not unicodedata.combining(c))
def toks(s):
    out=[]
    for w in re.findall(r"\w+",fold(s)):
        if w in STOP or len(w)<2: continue
        if not w.isdigit():
            if len(w)>4 and w[-1] in 'sx': w=w[:-1]
            w=w[:7]
        out.append(w)
    return out
arts={}
for l in gzip.open(pathlib.Path(args.corpora) / 'orangesum-fr.jsonl.gz','rt'):
    r=json.loads(l); arts['orangesum-fr/'+r['id']]=(r.get('title') or '', r.get('article') or '')
df=collections.Counter()
TOK={}
for k,(t,a) in arts.items():
    tt=toks(t); ba=toks(a); TOK[k]=(tt,ba); df.update(set(tt)|set(ba))
N=len(arts)
def idf(w): return math.log(1+N/(1+df[w]))
def run(path,qrels,topics):
    q={l.split()[0]:l.split()[2] for l in open(qrels)}
    qt={l.split('\t')[0]:l.rstrip('\n').split('\t',1)[1] for l in open(topics)}
    cands=collections.defaultdict(list)
    for l in open(path):
        p=l.split(); cands[p[0]].append((p[2],float(p[4])))
    return q,qt,cands
def feats(qtext,cands):
    qw=toks(qtext); qs=set(qw); qidf=sum(idf(w) for w in qs) or 1
    qbig=set(zip(qw,qw[1:]))
    qnum=set(w for w in qs if w.isdigit())
    top=cands[0][1] if cands else 1
    F=[]
    for r,(d,s) in enumerate(cands):
        tt,ba=TOK.get(d,([],[]))
        ts=set(tt); bs=set(ba); lead=set(ba[:40])
        f=[]
        f.append(s/top)
        f.append(1/(r+1))
        f.append(sum(idf(w) for w in qs if w in ts)/qidf)
        f.append(sum(idf(w) for w in qs if w in bs)/qidf)
        f.append(sum(idf(w) for w in qs if w in lead)/qidf)
        tid=sum(idf(w) for w in ts) or 1
        f.append(sum(idf(w) for w in ts if w in qs)/tid)
        tf=collections.Counter(ba+tt*2)
        sal=sorted(tf,key=lambda w:-tf[w]*idf(w))[:15]
        sid=sum(idf(w) for w in sal) or 1
        f.append(sum(idf(w) for w in sal if w in qs)/sid)
        dbig=set(zip(ba,ba[1:]))|set(zip(tt,tt[1:]))
        f.append(len(qbig&dbig)/max(1,len(qbig)))
        f.append(math.log(1+len(ba))/8)
        f.append(len(qnum&(bs|ts))/len(qnum) if qnum else 0.5)
        # proportion of the doc's body covered by query words (density)
        f.append(sum(1 for w in ba if w in qs)/max(1,len(ba)))
        F.append(f)
    return np.array(F)
def build(path,qrels,topics,depth):
    q,qt,c=run(path,qrels,topics)
    data=[]
    for k in qt:
        cs=c.get(k,[])[:depth]
        if not cs: data.append((k,[],None,None)); continue
        data.append((k,[d for d,_ in cs],feats(qt[k],cs),q[k]))
    return data
def mrr(data,w,depth):
    tot=0
    for k,docs,F,gold in data:
        if not docs: continue
        sc=F@w if w is not None else -np.arange(len(docs))
        order=[docs[i] for i in np.argsort(-sc,kind='stable')]
        if gold in order[:10]: tot+=1/(order.index(gold)+1)
    return tot/len(data)
depth=args.depth
tr=build(str(work/'train.run'),str(work/'train.qrels'),str(work/'train.topics.tsv'),depth)
ev=build(str(work/'eval.run'),args.eval+'.qrels',args.eval+'.topics.tsv',depth)
X=[];Y=[]
for k,docs,F,gold in tr:
    if not docs or gold not in docs: continue
    g=docs.index(gold)
    for i in range(len(docs)):
        if i==g: continue
        X.append(F[g]-F[i]); Y.append(1); X.append(F[i]-F[g]); Y.append(0)
X=np.array(X);Y=np.array(Y)
w=np.zeros(X.shape[1])
for it in range(3000):
    p=1/(1+np.exp(-X@w)); g=X.T@(p-Y)/len(Y)+1e-3*w; w-=2.0*g
print('weights',np.round(w,2))
print('train before %.4f after %.4f'%(mrr(tr,None,depth),mrr(tr,w,depth)))
print('eval  before %.4f after %.4f'%(mrr(ev,None,depth),mrr(ev,w,depth)))
# eval halves
e1=[x for x in ev if int(x[0][-4:])%2==0]; e2=[x for x in ev if int(x[0][-4:])%2==1]
print('even %.4f->%.4f odd %.4f->%.4f'%(mrr(e1,None,depth),mrr(e1,w,depth),mrr(e2,None,depth),mrr(e2,w,depth)))
