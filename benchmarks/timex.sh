#!/usr/bin/env bash
# timex.sh — TempEval-3 scores of the time-expression finder (src/facts/timex.c) on the
# TimeBank and AQUAINT sets: strict/relaxed extent F1, type accuracy, value F1/accuracy and
# throughput, one line per set plus the total. See docs/TIMEX.md.
#
# Usage: benchmarks/timex.sh [PATH/TO/bench_timex] [DATA_DIR]
#   DATA_DIR is the directory holding tempeval3_*.jsonl (default $PRECIS_DATA/timex, else
#   ../shared/data/timex beside the repository). Add --errors after it for an error listing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=${1:-$here/../build/benchmarks/bench_timex}
data=${2:-${PRECIS_DATA:-$here/../../shared/data}/timex}
if [ ! -x "$bench" ]; then
    echo "timex: $bench is not an executable bench_timex; build it or pass its path" >&2
    exit 2
fi
if [ ! -f "$data/tempeval3_timebank.jsonl" ]; then
    echo "timex: no TempEval-3 data at $data (../shared/data/timex); nothing measured" >&2
    exit 0
fi
shift $(( $# > 2 ? 2 : $# ))
exec "$bench" "$data" "$@"
