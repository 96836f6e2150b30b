#!/usr/bin/env bash
# timex.sh — TempEval-3 scores of precis's time expressions on the TimeBank and AQUAINT sets,
# through `precis bench --task timex`: each text goes through the library end to end (its dct as
# the document date, the facts view's "timexes"), scored as TempEval-3 does (strict/relaxed
# extent P/R/F1, type accuracy, value P/R/F1 and accuracy, relaxed P/R/F1 per type), with
# docs/s. Prints the Markdown tables; report files (md, svg, json) go to OUT_DIR (default
# build/bench-timex).
#
# Usage: benchmarks/timex.sh [PATH/TO/precis] [OUT_DIR] [DATA_DIR] [-- precis bench options]
#   DATA_DIR holds timex/tempeval3_*.jsonl (default $PRECIS_DATA, else ../shared/data beside
#   the repository). Options after the data directory go to precis bench (e.g. --errors).
#
# The time-expression finder alone (timex_find, no boilerplate filter; see docs/TIMEX.md) is
# measured by the benchmark program, still reached the old way:
#   benchmarks/timex.sh PATH/TO/bench_timex [DATA_DIR/timex] [--errors] [--no-dct]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ] && [ "$(basename "$1")" = bench_timex ]; then
    bench=$1
    data=${2:-${PRECIS_DATA:-$here/../../shared/data}/timex}
    if [ ! -x "$bench" ]; then
        echo "timex: $bench is not an executable bench_timex; build it or pass its path" >&2
        exit 2
    fi
    if [ ! -f "$data/tempeval3_timebank.jsonl" ]; then
        echo "timex: no TempEval-3 data at $data (../shared/data/timex); nothing measured" >&2
        exit 0
    fi
    shift $(($# > 2 ? 2 : $#))
    exec "$bench" "$data" "$@"
fi
precis=${1:-$here/../build/precis}
out=${2:-$here/../build/bench-timex}
data=${3:-${PRECIS_DATA:-$here/../../shared/data}}/timex
shift $(($# > 3 ? 3 : $#))
[ "${1:-}" = "--" ] && shift
if [ ! -f "$data/tempeval3_timebank.jsonl" ] || [ ! -f "$data/tempeval3_aquaint.jsonl" ]; then
    echo "timex: no TempEval-3 data at $data (../shared/data/timex); nothing measured" >&2
    exit 0
fi
if [ ! -x "$precis" ]; then
    echo "timex: $precis is not an executable precis; pass its path" >&2
    exit 2
fi
mkdir -p "$out"
"$precis" bench --quiet --task timex --out "$out" "$@" "$data/tempeval3_timebank.jsonl" "$data/tempeval3_aquaint.jsonl"
echo
echo "Reports: $out/tempeval3_timebank.timex.{md,svg,json} and $out/tempeval3_aquaint.timex.{md,svg,json}"
