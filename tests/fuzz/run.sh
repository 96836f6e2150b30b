#!/usr/bin/env bash
# run.sh — runs every fuzz target built in BUILD_DIR for SECONDS each, starting from seed
# corpora written here (no copied prose), and prints executions per target.
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR SECONDS}
secs=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/document" "$work/model"
printf '\x00The mayor of Ostend, Ann Peeters, said on Monday that 300 new homes would be built by 2026. "It is a start," she said.\n\nMORE TO COME' > "$work/document/seed1"
printf '\x09Dr. J. R. Smith arrived at 5 p.m. on Jan. 3. Was it late?! Nobody knew... The U.S. team left.' > "$work/document/seed2"
printf '\x12\xff\xfe broken \xc3\x28 bytes. \xe2\x80\x9cquoted\xe2\x80\x9d (aside) end' > "$work/document/seed3"
printf 'PRECIS-MODEL 1\n@en/stopwords.txt 4\nthe\n\n' > "$work/model/seed1"
printf 'PRECIS-MODEL 1\n@en/abbreviations.txt 9\nmr\ttitle\n\n' > "$work/model/seed2"

status=0
for target in "$build"/tests/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="$work/${name#fuzz_}"
  mkdir -p "$corpus"
  log="$work/$name.log"
  if "$target" "$corpus" -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [ -n "$execs" ] || execs=$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#')
    echo "$name: ok, ${execs:-?} executions in ${secs}s"
  else
    echo "$name: FAILED (see below)"
    tail -40 "$log"
    status=1
  fi
done
exit $status
