#!/usr/bin/env bash
# extract.sh — main-text extraction on trafilatura's evaluation pages
# (../shared/data/html/trafilatura_eval.jsonl.gz: 844 pages with "with" snippets the article
# must contain and "without" snippets of boilerplate it must not).
#
# Runs `precis batch -t html --fields text,meta -j 1` over the pages (written to a temporary
# directory, never into the repository) and prints:
#   - snippet precision, recall, F1 and accuracy (benchmarks/extract_score.py snippets);
#   - the extraction speed in MB of HTML per second of CPU time (one core) and of wall time;
#   - with READABILITY=DIR (a directory where `npm install @mozilla/readability jsdom` was
#     run), the same snippet scores for Mozilla Readability's textContent, side by side.
# `precis bench --task extract SET` gives the same snippet figures from C, timing the
# extractor alone (CPU time), with Markdown, SVG and JSON reports under --out.
# The full-body shingle scorer (extract_score.py shingles) needs reference bodies, which
# this set does not have; tests/cli/extract_bench.sh checks it on a fixture of our own.
# Usage: benchmarks/extract.sh [PATH/TO/precis]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
precis=${1:-$here/../build/precis}
data=${PRECIS_DATA:-$here/../../shared/data}
set=$data/html/trafilatura_eval.jsonl.gz
if [ ! -f "$set" ]; then
  echo "extract.sh: evaluation data missing: $set (see benchmarks/README.md); nothing measured"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages" "$work/precis"

python3 - "$set" "$work/pages" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        with open("%s/%s.html" % (sys.argv[2], r["id"]), "w", encoding="utf-8") as o:
            o.write(r["html"])
PY
bytes=$(cat "$work"/pages/*.html | wc -c)

# CPU seconds (user + system) and wall seconds of one run, from the shell's `times`-free way:
# python's os.wait4 rusage.
python3 - "$precis" "$work" "$bytes" <<'PY'
import os, subprocess, sys, time, json
precis, work, nbytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.monotonic()
with open(work + "/out.jsonl", "wb") as out:
    p = subprocess.Popen([precis, "batch", "-q", "-j", "1", "-t", "html", "--fields", "text,meta",
                          work + "/pages"], stdout=out)
    _, status, ru = os.wait4(p.pid, 0)
wall = time.monotonic() - t0
cpu = ru.ru_utime + ru.ru_stime
n = 0
with open(work + "/out.jsonl", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        rid = os.path.basename(r["id"])[:-len(".html")]
        with open("%s/precis/%s.txt" % (work, rid), "w", encoding="utf-8") as o:
            o.write(r.get("text", ""))
        n += 1
print("precis extract: %d pages, %.1f MB of HTML" % (n, nbytes / 1e6))
print("speed: %.1f MB/s per core (CPU %.2f s), %.1f MB/s wall (%.2f s)" % (nbytes / 1e6 / cpu, cpu, nbytes / 1e6 / wall, wall))
PY
python3 "$here/extract_score.py" snippets "$set" "$work/precis"

if [ -n "${READABILITY:-}" ]; then
  # one node process per 40 pages: jsdom's memory grows with every page it has seen, even
  # with each window closed, and one process for all 844 pages runs out of heap
  mkdir -p "$work/readability"
  cat >"$work/readability.js" <<'JS'
const fs = require("fs"), path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const [dst, ...files] = process.argv.slice(2);
const vc = new VirtualConsole();
for (const f of files) {
  const html = fs.readFileSync(f, "utf8");
  let text = "";
  try {
    const dom = new JSDOM(html, { virtualConsole: vc });
    const a = new Readability(dom.window.document).parse();
    text = a && a.textContent ? a.textContent : "";
    dom.window.close();
  } catch (e) {}
  fs.writeFileSync(path.join(dst, path.basename(f).replace(/\.html$/, ".txt")), text);
}
JS
  t0=$(date +%s.%N)
  find "$work/pages" -name '*.html' -print0 | sort -z |
    NODE_PATH="$READABILITY/node_modules" xargs -0 -n 40 node "$work/readability.js" "$work/readability"
  t1=$(date +%s.%N)
  python3 -c "import sys; print('readability (jsdom): %.1f MB/s wall, one process per 40 pages' % ($bytes / 1e6 / ($t1 - $t0)))"
  python3 "$here/extract_score.py" snippets "$set" "$work/readability"
fi
