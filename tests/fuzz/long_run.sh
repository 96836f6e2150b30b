#!/usr/bin/env bash
# long_run.sh — runs each fuzz target for a long time, one after another (one core), with a
# corpus kept between runs, and reports executions, coverage and any crash per target.
# Crash, leak and timeout reproducers are kept in OUT/<target>/ (artifact_prefix).
# Usage: tests/fuzz/long_run.sh BUILD_DIR SECONDS_PER_TARGET [OUT_DIR] [TARGET...]
#   OUT_DIR defaults to BUILD_DIR/fuzz-long; TARGET names like fuzz_jsonl (default: all).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: long_run.sh BUILD_DIR SECONDS [OUT_DIR] [TARGET...]}
secs=${2:?usage: long_run.sh BUILD_DIR SECONDS [OUT_DIR] [TARGET...]}
out=${3:-$build/fuzz-long}
shift 3 2>/dev/null || shift $#
mkdir -p "$out"
"$here/run.sh" --seeds "$out/seeds"
if [ $# -gt 0 ]; then targets=("$@"); else
  targets=()
  for t in "$build"/tests/fuzz/fuzz_*; do [ -x "$t" ] && targets+=("$(basename "$t")"); done
fi
printf '%-14s %6s %12s %8s %8s %7s  %s\n' target secs executions exec/s cov ft result
status=0
for name in "${targets[@]}"; do
  short=${name#fuzz_}
  corpus="$out/corpus/$short"
  mkdir -p "$corpus" "$out/$name"
  cp -n "$out/seeds/$short"/* "$corpus"/ 2>/dev/null || true
  log="$out/$name.log"
  "$build/tests/fuzz/$name" "$corpus" -max_total_time="$secs" -max_len=65536 -timeout=20 \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$out/$name/" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+')
  if [ $rc -eq 0 ]; then result=ok; else
    result="FAILED: $(grep -m1 -E 'ERROR: |SUMMARY: |deadly signal|Timeout|out-of-memory' "$log")"
    status=1
  fi
  printf '%-14s %6s %12s %8s %8s %7s  %s\n' "$name" "$secs" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $status
