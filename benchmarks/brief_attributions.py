#!/usr/bin/env python3
"""Brief attribution check: of the attributed claims a brief carries, how many keep the words
that attribute them ("40 civilians were killed, the rebels said" must not lose "the rebels
said").

For each article of a PolNeAR set (default ../shared/data/quotes/polnear_dev.jsonl), every
gold attribution with both a content span and a cue span is a claim. The brief
(`precis batch --fields brief`: the kept byte spans of its sentences and of its fact line)
carries a claim when it keeps at least half of the claim's content characters, or the whole
content when it is shorter than 40 characters; it keeps the attribution when it also keeps a
character of the cue ("said", "according to") and, when the gold source is given, a character
of the source (or the source is a pronoun the brief replaced by nothing else: pronouns are
counted kept when the cue is). Prints the share kept, and with --list the claims carried
without their attribution.

Usage: benchmarks/brief_attributions.py [--precis PATH] [--set FILE] [--list]
The data is evaluation data: it is read at run time, never copied into the repository.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from find_precis import find_precis  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "his", "her", "its",
            "their", "him", "them"}




def byte_to_char(text):
    """A table from byte offset to character offset for text's UTF-8 encoding."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def kept_chars(spans, start, end):
    """How many characters of [start, end) the kept spans cover (spans do not overlap)."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--precis", default=None)
    ap.add_argument("--set", default=os.path.join(HERE, "..", "..", "shared", "data", "quotes", "polnear_dev.jsonl"))
    ap.add_argument("--list", action="store_true", help="print the claims carried without their attribution")
    a = ap.parse_args()
    precis = a.precis or find_precis()
    if not os.path.exists(a.set):
        print(f"brief_attributions: no data at {a.set} (../shared/data/quotes); nothing measured", file=sys.stderr)
        return 0
    if not precis or not os.access(precis, os.X_OK):
        print("brief_attributions: no precis executable; pass --precis PATH", file=sys.stderr)
        return 2
    docs = [json.loads(line) for line in open(a.set, encoding="utf-8") if line.strip()]
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    r = subprocess.run([precis, "batch", "-j", "2", "--fields", "brief", "-"], input=lines.encode(),
                       capture_output=True, timeout=900)
    if r.returncode != 0:
        print(r.stderr.decode("utf-8", "replace"), file=sys.stderr)
        return 1
    briefs = {}
    for line in r.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        briefs[o["id"]] = o.get("brief") or {}
    carried = kept = 0
    misses = []
    for d in docs:
        b = briefs.get(d["id"])
        if not b:
            continue
        conv = byte_to_char(d["text"])
        spans = []
        for s in b.get("sentences", []):
            spans += [(conv[x], conv[y]) for x, y in s.get("spans", [])]
        spans += [(conv[x], conv[y]) for x, y in (b.get("lead") or {}).get("spans", [])]
        for at in d.get("attributions", []):
            c, cue, src = at.get("content"), at.get("cue"), at.get("source")
            if not c or not cue or c["end"] <= c["start"] or cue["end"] <= cue["start"]:
                continue
            n = c["end"] - c["start"]
            k = kept_chars(spans, c["start"], c["end"])
            if not (k >= n / 2 if n >= 40 else k == n):
                continue
            carried += 1
            ok = kept_chars(spans, cue["start"], cue["end"]) > 0
            if ok and src and src["end"] > src["start"] and src["text"].strip().lower() not in PRONOUNS:
                ok = kept_chars(spans, src["start"], src["end"]) > 0
            kept += ok
            if not ok:
                misses.append((d["id"], c["text"][:90], cue["text"], src["text"] if src else None))
    print(f"set: {os.path.basename(a.set)}, {len(docs)} articles")
    if carried:
        print(f"attributed claims the brief carries: {carried}; with their attribution: {kept} "
              f"({100.0 * kept / carried:.1f}%)")
    else:
        print("attributed claims the brief carries: 0")
    if a.list:
        for m in misses:
            print("\t".join(str(x) for x in m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
