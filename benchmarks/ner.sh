#!/usr/bin/env bash
# ner.sh — CoNLL-2003 scores of precis's entity mentions on the development split (testa),
# through `precis bench --task ner`: each text goes through the library end to end (the facts
# view's "entities", after entity linking and the boilerplate filter), scored CoNLL style (exact
# span and type): P/R/F1 for PER, LOC, ORG, MISC, micro-averaged over PER+LOC+ORG and over all
# four, demonyms counted as MISC; docs/s. Prints the Markdown table; report files (md, svg, json)
# go to OUT_DIR (default build/bench-ner).
#
# Usage: benchmarks/ner.sh [PATH/TO/precis] [OUT_DIR] [DATA_DIR] [-- precis bench options]
#   DATA_DIR holds ner/conll2003_testa.jsonl (default $PRECIS_DATA, else ../shared/data beside
#   the repository). Options after the data directory go to precis bench (e.g. --errors).
#
# The recogniser alone, fed the CoNLL tokens (the figure to set beside published CoNLL results),
# is measured by build/benchmarks/bench_ner (docs/NER.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
out=${2:-$here/../build/bench-ner}
data=${3:-${PRECIS_DATA:-$here/../../shared/data}}/ner
shift $(($# > 3 ? 3 : $#))
[ "${1:-}" = "--" ] && shift
if [ ! -f "$data/conll2003_testa.jsonl" ]; then
    echo "ner: no CoNLL-2003 data at $data (../shared/data/ner); nothing measured" >&2
    exit 0
fi
if [ ! -x "$precis" ]; then
    echo "ner: $precis is not an executable precis; pass its path" >&2
    exit 2
fi
mkdir -p "$out"
"$precis" bench --quiet --task ner --out "$out" "$@" "$data/conll2003_testa.jsonl"
echo
echo "Report: $out/conll2003_testa.ner.{md,svg,json}"
