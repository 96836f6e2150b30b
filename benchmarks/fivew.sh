#!/usr/bin/env bash
# fivew.sh — who, what, where, when against Giveme5W1H's gold phrases (../shared/data/facts):
# precision@1, coverage and hit@3 per slot, and the mean precision@1 (= precis bench --task fivew).
# Usage: benchmarks/fivew.sh [PATH/TO/precis] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
out=${2:-}
data=${PRECIS_DATA:-$here/../../shared/data}
set=$data/facts/fivew_dev.jsonl
if [ ! -f "$set" ]; then
  echo "fivew.sh: evaluation data missing: $set (see benchmarks/README.md)" >&2
  exit 1
fi
args=(bench --task fivew)
[ -n "$out" ] && args+=(--out "$out")
"$precis" "${args[@]}" "$set"
