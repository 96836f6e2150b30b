#!/usr/bin/env bash
# quotes.sh — direct quotes and their speakers, scored against PolNeAR's attributions through
# `precis bench --task quotes`: each text goes through the library end to end (the facts view's
# "quotes"). Gold direct quotes are the attributions whose content has a quotation mark inside
# or beside it; a quote matches on a character overlap of half the shorter span. Prints, per
# set, detection P/R/F1, speaker accuracy (over matched quotes whose gold source names someone;
# a withheld speaker counts as wrong) and attributed P/R/F1 (a match with the right speaker);
# report files (md, svg, json) go to OUT_DIR (default build/bench-quotes).
#
# Usage: benchmarks/quotes.sh [PATH/TO/precis] [OUT_DIR] [DATA_DIR] [-- precis bench options]
#   DATA_DIR holds quotes/polnear_dev.jsonl and polnear_train.jsonl (default $PRECIS_DATA, else
#   ../shared/data beside the repository). Options after the data directory go to precis bench
#   (e.g. --errors). Develop on train, report dev.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
out=${2:-$here/../build/bench-quotes}
data=${3:-${PRECIS_DATA:-$here/../../shared/data}}/quotes
shift $(($# > 3 ? 3 : $#))
[ "${1:-}" = "--" ] && shift
if [ ! -f "$data/polnear_dev.jsonl" ]; then
    echo "quotes: no PolNeAR data at $data (../shared/data/quotes); nothing measured" >&2
    exit 0
fi
if [ ! -x "$precis" ]; then
    echo "quotes: $precis is not an executable precis; pass its path" >&2
    exit 2
fi
mkdir -p "$out"
sets=("$data/polnear_dev.jsonl")
[ -f "$data/polnear_train.jsonl" ] && sets+=("$data/polnear_train.jsonl")
"$precis" bench --quiet --task quotes --out "$out" "$@" "${sets[@]}"
echo
echo "Reports: $out/polnear_{dev,train}.quotes.{md,svg,json}"
