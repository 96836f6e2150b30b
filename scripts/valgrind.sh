#!/usr/bin/env bash
# valgrind.sh — the unit tests and representative CLI runs under valgrind's memcheck; fails
# on any memory error or definite/indirect leak. Criterion runs each test in a child process,
# so valgrind follows children (--trace-children) and every process writes its own log,
# which is checked; -j1 keeps the children one at a time.
# Usage: scripts/valgrind.sh [BUILD_DIR]   (default build-valgrind: a build without sanitizers)
# Prints one line per run and "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-valgrind}
if ! command -v valgrind >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends valgrind >/dev/null || { echo "valgrind.sh: cannot install valgrind" >&2; exit 1; }
fi
scripts/setup.sh "$build" -DPRECIS_BUILD_TESTS=ON >/dev/null || exit 1
precis="$build/precis"
logs=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$logs" "$work"' EXIT
passed=0
failed=0

# Runs one command under memcheck; its logs go to $logs/NAME, its output to $work/NAME.out
# and .err, its exit status to $work/NAME.rc.
vg_run() {
  local name=$1
  shift
  mkdir -p "$logs/$name"
  valgrind -q --trace-children=yes --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --track-fds=no \
    --log-file="$logs/$name/%p.log" "$@" <"${VG_STDIN:-/dev/null}" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}

# Judges a finished run: the exit status wanted (or any) and no memcheck report.
vg_check() {
  local name=$1 want=$2
  local rc
  rc=$(cat "$work/$name.rc")
  cp "$work/$name.out" "$work/out"
  cp "$work/$name.err" "$work/err"
  local bad
  bad=$(cat "$logs/$name"/*.log 2>/dev/null | grep -c -E 'ERROR SUMMARY: [1-9]|Invalid|uninitialised|definitely lost|indirectly lost' || true)
  if { [ "$want" = any ] || [ "$rc" -eq "$want" ]; } && [ "$rc" -ne 99 ] && [ "$bad" -eq 0 ] && ! grep -q . "$logs/$name"/*.log 2>/dev/null; then
    passed=$((passed + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name (exit $rc, expected $want)"
    cat "$logs/$name"/*.log | head -60
    tail -5 "$work/err"
  fi
}

# vg NAME EXPECTED_EXIT CMD...: runs CMD under memcheck; stdin is $VG_STDIN or /dev/null.
# EXPECTED_EXIT "any": only the logs count (unit tests: a test that fails, or times out
# under valgrind's slowdown, is the normal suite's business; its memory errors are ours).
vg() {
  local name=$1 want=$2
  shift 2
  vg_run "$name" "$@"
  vg_check "$name" "$want"
}

# The unit tests, two at a time (memcheck runs one core per process; CI machines have two).
# test_bounds times large inputs against each other: memcheck's slowdown would make it
# minutes long and its code paths are those of the other tests.
units=()
for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  [ "$(basename "$t")" = test_bounds ] && continue
  units+=("$t")
done
running=0
for t in "${units[@]}"; do
  vg_run "$(basename "$t")" "$t" -j1 &
  running=$((running + 1))
  if [ "$running" -ge 2 ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
for t in "${units[@]}"; do
  vg_check "$(basename "$t")" any
  grep -h 'Synthesis' "$work/err" | sed 's/^/      /'
done

# Representative CLI runs: every view and format, the error paths, threads in batch.
doc="$work/doc.txt"
printf 'HARBOURTON (Wire) -- The council of Harbourton voted 7 to 2 on Tuesday to rebuild the old stone bridge, Mayor Ines Varga said. Work starts on 3 May and should cost 4.2 million euros.\n\n"We have waited long enough," Varga told reporters. The regional office will pay 40%% of the cost.\n\nCaf\xe9 owners near the bridge welcomed the news.\n' >"$doc"
vg split 0 "$precis" split -f jsonl "$doc"
vg summary 0 "$precis" summary -f json -m textrank "$doc"
vg summary-explain 0 "$precis" summary --explain -r 0.5 "$doc"
vg facts 0 "$precis" facts -f json --date 2024-05-01 "$doc"
vg brief-html 0 "$precis" brief -f html "$doc"
VG_STDIN="$doc" vg brief-stdin 0 "$precis"
vg missing-file 4 "$precis" summary "$work/absent.txt"
vg over-max-bytes 1 "$precis" facts --max-bytes 10 "$doc"
vg usage-error 2 "$precis" brief --no-such-option
vg full-disk 4 sh -c "exec '$precis' brief '$doc' >/dev/full"
printf '{"id":"a","summaries":["The bridge will be rebuilt. Work starts in May."],"summary":"The council voted to rebuild the bridge."}\n{"id":"b","summaries":[""]}\nnot json\n' >"$work/refs.jsonl"
vg eval 1 "$precis" eval -r 50 --per-doc -f json "$work/refs.jsonl"
{
  printf '{"id":"one","text":"The port opened on Monday. Ships came in."}\n{"id":"two","text":\n'
  printf '{"id":"three","text":"<html><body><p>The mayor spoke. Nobody listened.</p></body></html>"}\n'
} >"$work/in.jsonl"
vg batch 1 "$precis" batch -j 2 "$work/in.jsonl"
mkdir -p "$work/dir" && cp "$doc" "$work/dir/a.txt" && (cd "$work/dir" && tar czf "$work/docs.tgz" a.txt)
vg batch-archive 0 "$precis" batch --fields brief,facts "$work/docs.tgz" "$work/dir"
# web pages: the extractor (gumbo with its arena, iconv, JSON-LD) and a page read by a view
vg extract-page 0 "$precis" extract -f json tests/data/html/news.html
vg extract-latin1 0 "$precis" extract tests/data/html/latin1.html
vg facts-page 0 "$precis" facts -f json tests/data/html/blog.html
vg batch-pages 0 "$precis" batch -j 2 --fields summary,text,meta tests/data/html

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
