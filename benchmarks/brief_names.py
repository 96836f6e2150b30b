#!/usr/bin/env python3
"""Brief name check: how many of the names in the publisher's highlights the brief carries,
against Lead-3 cut to the same number of words.

For each article of a summ set (default ../shared/data/summ/cnndm_dev.jsonl), the names are
the capitalised words of its reference summaries that do not open a sentence and are not
common words (a short stop list); each is found or not, case-sensitively as a whole word, in
the brief (`precis batch --fields brief`: its "brief" paragraph, fact line included) and in
the first three sentences of the article (precis's own split) cut to the brief's word count.
Prints the share of names found by each, over all articles, and per article wins/losses,
the brief's own ROUGE-1/2 F against the references (`precis eval` on the brief's text),
and how many briefs open with a fact line (on a set without reference summaries, such as
../shared/data/quotes/polnear_train.jsonl, only that).

Usage: benchmarks/brief_names.py [--precis PATH] [--set FILE]
The data is evaluation data: it is read at run time, never copied into the repository.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from find_precis import find_precis  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
COMMON = set("""A An The This That These Those It Its He She They We I You His Her Their Our My
In On At For From By With Of And Or But As To After Before When While If Now New Mr Mrs Ms Dr
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December""".split())




def names_of(summaries):
    names = set()
    for s in summaries:
        for sent in re.split(r"(?<=[.!?])\s+", s):
            words = re.findall(r"[A-Za-z][A-Za-z'\-]*", sent)
            for w in words[1:]:
                if w[0].isupper() and w not in COMMON and len(w) > 1:
                    names.add(w)
    return names


def has(text, word):
    return re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text) is not None


def run(precis, args, docs):
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    r = subprocess.run([precis] + args, input=lines.encode(), capture_output=True, timeout=900)
    out = {}
    for line in r.stdout.decode("utf-8", "replace").splitlines():
        o = json.loads(line)
        out[o["id"]] = o
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--precis", default=os.environ.get("PRECIS") or find_precis())
    data = os.environ.get("PRECIS_DATA") or os.path.join(HERE, "..", "..", "shared", "data")
    ap.add_argument("--set", default=os.path.join(data, "summ", "cnndm_dev.jsonl"))
    args = ap.parse_args()
    if not args.precis or not os.access(args.precis, os.X_OK):
        sys.exit("brief_names.py: no precis binary (build first, or give --precis)")
    if not os.path.exists(args.set):
        sys.exit(f"brief_names.py: evaluation data missing: {args.set} (../shared/data/summ)")
    docs = [json.loads(l) for l in open(args.set, encoding="utf-8") if l.strip()]
    briefs = run(args.precis, ["batch", "-j", "2", "--fields", "brief", "-"], docs)
    leads = run(args.precis, ["batch", "-j", "2", "--method", "lead", "-n", "3", "--fields", "summary", "-"], docs)
    total = found_brief = found_lead = wins = losses = lines = 0
    for d in docs:
        names = names_of(d.get("summaries") or [])
        b = briefs.get(d["id"], {}).get("brief")
        s = leads.get(d["id"], {}).get("summary")
        lines += bool(b and b.get("lead", {}).get("text"))
        if not names or not b or not s:
            continue
        brief = b["brief"]
        n_words = len(brief.split())
        lead = " ".join(" ".join(x["text"] for x in s["sentences"]).split()[:n_words])
        fb = sum(has(brief, w) for w in names)
        fl = sum(has(lead, w) for w in names)
        total += len(names)
        found_brief += fb
        found_lead += fl
        wins += fb > fl
        losses += fb < fl
    if not total:
        # a set without reference summaries (PolNeAR, fivew) still says how often the line is made
        print(f"{os.path.basename(args.set)}: {len(docs)} articles, {lines} briefs with a fact line "
              f"({100.0 * lines / max(len(docs), 1):.1f}%); no reference summaries: the names check is skipped")
        return
    print(f"{os.path.basename(args.set)}: {len(docs)} articles, {total} names in the highlights, "
          f"{lines} briefs with a fact line")
    print(f"  brief                          {100.0 * found_brief / total:.1f}% of names")
    print(f"  Lead-3 cut to the brief's words {100.0 * found_lead / total:.1f}% of names")
    print(f"  articles where the brief carries more / fewer names: {wins} / {losses}")
    # the brief's own ROUGE against the same references (the whole brief text, line included)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for d in docs:
            b = briefs.get(d["id"], {}).get("brief")
            if b:
                tmp.write(json.dumps({"id": d["id"], "summary": b["brief"]}) + "\n")
    try:
        r = subprocess.run([args.precis, "eval", "-f", "json", args.set, tmp.name], capture_output=True, timeout=900)
        m = json.loads(r.stdout.decode("utf-8", "replace"))["metrics"]
        print(f"  brief ROUGE-1/2 F (precis eval, ROUGE-1.5.5's average): "
              f"{100 * m['rouge1']['f']['average']:.2f}/{100 * m['rouge2']['f']['average']:.2f}")
    except (ValueError, KeyError, subprocess.SubprocessError):
        print("  brief ROUGE: precis eval failed on this set")
    finally:
        os.unlink(tmp.name)


if __name__ == "__main__":
    main()
