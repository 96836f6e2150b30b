#!/usr/bin/env bash
# summ_quality.sh — summary quality and speed of every method on both summary sets, through
# `precis bench` (ROUGE-1.5.5 -c 95 -m -n 2 -a F1 with 95% intervals, docs/s). Protocols follow
# the sets: bbc_dev summaries of 40% of the article's words (its references are about that
# long), cnndm_dev summaries of 3 sentences (the usual lead-3 comparison), and the same on
# cnndm_dev_tok, the tokenized copy of cnndm_dev most papers use ("last year . But it 's",
# `` and '' for quotes), which measures how the splitter reads tokenized text. Prints the
# Markdown tables; the report files (md, svg, json) go to OUT_DIR (default build/bench-summary).
#
# Usage: benchmarks/summ_quality.sh [PATH/TO/precis] [OUT_DIR] [DATA_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
out=${2:-$here/../build/bench-summary}
data=${3:-${PRECIS_DATA:-$here/../../shared/data}}/summ
methods=${METHODS:-lead,tfidf,textrank,lexrank,default}
if [ ! -f "$data/bbc_dev.jsonl" ] || [ ! -f "$data/cnndm_dev.jsonl" ]; then
    echo "summ_quality: no summary data at $data (../shared/data/summ); nothing measured" >&2
    exit 0
fi
if [ ! -x "$precis" ]; then
    echo "summ_quality: $precis is not an executable precis; pass its path" >&2
    exit 2
fi
mkdir -p "$out"
"$precis" bench --quiet --task summary --methods "$methods" --ratio 0.4 --out "$out" "$data/bbc_dev.jsonl"
echo
"$precis" bench --quiet --task summary --methods "$methods" --sentences 3 --out "$out" "$data/cnndm_dev.jsonl"
echo
if [ -f "$data/cnndm_dev_tok.jsonl" ]; then
    "$precis" bench --quiet --task summary --methods "$methods" --sentences 3 --out "$out" "$data/cnndm_dev_tok.jsonl"
    echo
else
    echo "summ_quality: no $data/cnndm_dev_tok.jsonl; the tokenized set was not measured" >&2
fi
echo "Reports: $out/{bbc_dev,cnndm_dev,cnndm_dev_tok}.summary.{md,svg,json}"
