# rouge155_model.py — a small, independent Python model of how the Perl ROUGE-1.5.5 reads and
# scores texts (no stemming: that is checked against ROUGE's own output by
# benchmarks/rouge_check.sh), written from its documented behaviour, for a differential test of
# `precis eval` on random texts: several references per document, -l word and -b byte limits
# (words counted by Perl's split on raw lines, bytes as bytes; the sentence reader used by
# ROUGE-L compares each line with the byte limit alone), pooled counts, union LCS clipped by
# unigram counts, SU4 without the last token's unigram, P/R rounded to 5 decimals.
# Usage: python3 rouge155_model.py PATH/TO/precis SEED TRIALS WORKDIR; prints "mismatches: N".
import json, random, re, subprocess, sys

WS = '[ \t\n\r\f\v]+'
def perl_split(s):
    f = re.split(WS, s)
    while f and f[-1] == '':
        f.pop()
    if len(f) == 1 and f[0] == '':
        return []
    return f

def lines_of(sents):
    out = []
    for s in sents:
        for l in s.encode('utf-8').decode('latin-1').split('\n'):
            if l:
                out.append(''.join(c.lower() if 'A' <= c <= 'Z' else c for c in l))
    return out

def toks(text):
    text = text.replace('-', ' - ')
    text = re.sub('[^A-Za-z0-9-]', ' ', text)
    return [t for t in text.split() if re.match('^[a-z0-9$]', t)]

def read_flat(sents, W, B):
    L = lines_of(sents)
    if not W and not B:
        return toks(' '.join(L))
    out, n = [], 0
    for s in L:
        if W:
            f = perl_split(s)
            if n + len(f) < W:
                out.append(s); n += len(f)
            else:
                out.append(' '.join(f[:W - n])); break
        else:
            if n + len(s) < B:
                out.append(s); n += len(s)
            else:
                out.append(s[:B - n]); break
    return toks(' '.join(out))

def read_lcs(sents, W, B):
    L = lines_of(sents)
    if not W and not B:
        return [toks(s) for s in L]
    out, n = [], 0
    for s in L:
        if W:
            f = perl_split(s)
            if n + len(f) < W:
                n += len(f); out.append(s)
            else:
                out.append(' '.join(f[:W - n])); break
        else:
            if len(s) < B:
                out.append(s)
            else:
                out.append(s[:B]); break
    return [toks(s) for s in out]

def ngrams(t, n):
    d = {}
    for i in range(len(t) - n + 1):
        g = tuple(t[i:i + n]); d[g] = d.get(g, 0) + 1
    return d, max(0, len(t) - n + 1)

def skip(t, D=4):
    d, c = {}, 0
    for i in range(len(t) - 1):
        g = (t[i],); d[g] = d.get(g, 0) + 1; c += 1
        for j in range(i + 1, min(len(t) - 1, i + D + 1) + 1):
            g = (t[i], t[j]); d[g] = d.get(g, 0) + 1; c += 1
    return d, c

def r5(x):
    return float('%.5f' % x)

def prf(h, rc, sc):
    R = r5(h / rc) if rc else 0.0
    P = r5(h / sc) if sc else 0.0
    F = r5(P * R / (0.5 * P + 0.5 * R)) if 0.5 * P + 0.5 * R > 0 else 0.0
    return P, R, F

def lcs_mask(x, y):
    m, n = len(x), len(y)
    c = [[0] * (n + 1) for _ in range(m + 1)]
    b = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if x[i - 1] == y[j - 1]:
                c[i][j] = c[i - 1][j - 1] + 1; b[i][j] = 'd'
            elif c[i - 1][j] >= c[i][j - 1]:
                c[i][j] = c[i - 1][j]; b[i][j] = 'u'
            else:
                c[i][j] = c[i][j - 1]; b[i][j] = 'l'
    hit = set(); i, j = m, n
    while i and j:
        if b[i][j] == 'd':
            i -= 1; j -= 1; hit.add(i)
        elif b[i][j] == 'u':
            i -= 1
        else:
            j -= 1
    return hit

def score(sysS, refs, W, B):
    out = {}
    sf = read_flat(sysS, W, B)
    for name, fn in [('rouge1', lambda t: ngrams(t, 1)), ('rouge2', lambda t: ngrams(t, 2)), ('rougeSU4', skip)]:
        h = rc = sc = 0
        sg, sn = fn(sf)
        for r in refs:
            rg, rn = fn(read_flat(r, W, B))
            h += sum(min(v, sg.get(k, 0)) for k, v in rg.items()); rc += rn; sc += sn
        out[name] = prf(h, rc, sc)
    sl = read_lcs(sysS, W, B)
    h = base = sc = 0
    for r in refs:
        rl = read_lcs(r, W, B); rf = read_flat(r, W, B)
        mc = {}; pc = {}
        for t in rf: mc[t] = mc.get(t, 0) + 1
        for t in sf: pc[t] = pc.get(t, 0) + 1
        for x in rl:
            base += len(x); mask = set()
            for y in sl:
                if x: mask |= lcs_mask(x, y)
            for k in range(len(x)):
                if k in mask and mc.get(x[k], 0) > 0 and pc.get(x[k], 0) > 0:
                    h += 1; mc[x[k]] -= 1; pc[x[k]] -= 1
        sc += len(sf)
    out['rougeL'] = prf(h, base, sc)
    return out

VOC = ['the', 'cat', 'dog', 'sat', 'on', 'mat', 'well-known', 'run', 'x', 'A', 'Cat', '3', 'u.s.', 'e-mail', ',', '.', '!', 'caf\u00e9', 'it\'s', '--']
def sent(rng):
    w = [rng.choice(VOC) for _ in range(rng.randint(0, 9))]
    s = ' '.join(w)
    if rng.random() < 0.15: s = ' ' + s
    if rng.random() < 0.1: s = s + '  '
    if rng.random() < 0.1: s = s.replace(' ', '\t', 1)
    return s

rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
precis = sys.argv[1]
bad = 0
work = sys.argv[4] if len(sys.argv) > 4 else '/tmp'
for trial in range(int(sys.argv[3]) if len(sys.argv) > 3 else 60):
    W = B = 0
    mode = rng.choice(['none', 'l', 'b'])
    if mode == 'l': W = rng.randint(1, 25)
    if mode == 'b': B = rng.randint(1, 80)
    docs = []
    for d in range(8):
        sysS = [sent(rng) for _ in range(rng.randint(1, 4))]
        if not any(s.strip() for s in sysS): sysS.append('the cat')
        refs = []
        for _ in range(rng.randint(1, 3)):
            r = [sent(rng) for _ in range(rng.randint(1, 4))]
            if not any(s.strip() for s in r): r.append('a dog')
            refs.append(r)
        docs.append({'id': 'd%d' % d, 'summary': sysS, 'references': refs})
    with open(work + '/in.jsonl', 'w') as f:
        for d in docs: f.write(json.dumps(d) + '\n')
    args = [precis, 'eval', '--no-stem', '--per-doc', '--format', 'json', work + '/in.jsonl']
    if W: args[2:2] = ['-l', str(W)]
    if B: args[2:2] = ['-b', str(B)]
    res = json.loads(subprocess.run(args, capture_output=True, text=True).stdout)
    for d, got in zip(docs, res['per_doc']):
        exp = score(d['summary'], d['references'], W, B)
        for k in exp:
            g = (got[k]['p'], got[k]['r'], got[k]['f'])
            if any(abs(a - b) > 1e-9 for a, b in zip(g, exp[k])):
                bad += 1
                if bad < 6: print('MISMATCH', mode, W, B, k, g, exp[k], json.dumps(d))
print('mismatches:', bad)
