#!/usr/bin/env python3
"""extract_score.py — scores extracted main text against references.

Two scorers, both reading the extracted text of each page from DIR/<id>.txt:

  snippets  the trafilatura evaluation format: each page has "with" snippets (main text that
            must be found) and "without" snippets (boilerplate that must not). A "with" found
            is a true positive, missed a false negative; a "without" found is a false
            positive, absent a true negative. Prints precision, recall, F1 and accuracy over
            all snippets. Text and snippets are compared with whitespace runs collapsed.

  shingles  for data with full reference bodies ({"id", "body"} per line): both texts become
            4-word shingles of \\w+ tokens (lower-cased); per page TP = shared shingles, FP =
            extracted only, FN = reference only, each divided by TP+FP+FN; precision and
            recall are averaged over pages and F1 is taken of the two averages.

Usage: extract_score.py snippets SET.jsonl[.gz] DIR
       extract_score.py shingles SET.jsonl[.gz] DIR
"""
import gzip
import json
import re
import sys

WORD = re.compile(r"\w+")


def records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def extracted(d, rid):
    try:
        with open("%s/%s.txt" % (d, rid), encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def squash(s):
    return " ".join(s.split())


def snippets(path, d):
    tp = fn = fp = tn = 0
    pages = 0
    for r in records(path):
        pages += 1
        text = squash(extracted(d, r["id"]))
        for s in r.get("with", []):
            if squash(s) in text:
                tp += 1
            else:
                fn += 1
        for s in r.get("without", []):
            if squash(s) in text:
                fp += 1
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    acc = (tp + tn) / (tp + tn + fp + fn) if tp + tn + fp + fn else 0.0
    print("pages %d  snippets %d (with %d, without %d)" % (pages, tp + fn + fp + tn, tp + fn, fp + tn))
    print("precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f" % (p, rc, f1, acc))
    return p, rc, f1, acc


def shingle_set(s, k=4):
    w = [t.lower() for t in WORD.findall(s)]
    if len(w) < k:
        return {tuple(w)} if w else set()
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def shingles(path, d):
    ps, rs = [], []
    for r in records(path):
        got = shingle_set(extracted(d, r["id"]))
        ref = shingle_set(r["body"])
        tp = len(got & ref)
        fp = len(got - ref)
        fn = len(ref - got)
        tot = tp + fp + fn
        if tot == 0:
            ps.append(1.0)
            rs.append(1.0)
            continue
        tp, fp, fn = tp / tot, fp / tot, fn / tot
        ps.append(tp / (tp + fp) if tp + fp else 0.0)
        rs.append(tp / (tp + fn) if tp + fn else 0.0)
    p = sum(ps) / len(ps) if ps else 0.0
    rc = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print("pages %d  shingle precision %.3f  recall %.3f  F1 %.3f" % (len(ps), p, rc, f1))
    return p, rc, f1


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("snippets", "shingles"):
        sys.stderr.write(__doc__)
        sys.exit(2)
    (snippets if sys.argv[1] == "snippets" else shingles)(sys.argv[2], sys.argv[3])
