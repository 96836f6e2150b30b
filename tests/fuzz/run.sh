#!/usr/bin/env bash
# run.sh — runs every fuzz target built in BUILD_DIR for SECONDS each, starting from seed
# corpora written here (no copied prose), and prints executions per target (CMake builds
# them all with -DPRECIS_BUILD_FUZZERS=ON, the CLI readers' targets included).
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS
#        tests/fuzz/run.sh --seeds DIR     only write the seed corpora under DIR/<target>/
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

# write_seeds DIR: one directory of seeds per target (named after the target without fuzz_).
write_seeds() {
  mkdir -p "$1"
  local d
  d=$(cd "$1" && pwd) # absolute: the archive seeds are written from a temporary directory
  mkdir -p "$d"/{document,split,model,jsonl,archive,html,eval}
  # document: the first byte picks method and budget
  printf '\x00The mayor of Ostend, Ann Peeters, said on Monday that 300 new homes would be built by 2026. "It is a start," she said.\n\nMORE TO COME' >"$d/document/seed1"
  printf '\x09Dr. J. R. Smith arrived at 5 p.m. on Jan. 3. Was it late?! Nobody knew... The U.S. team left.' >"$d/document/seed2"
  printf '\x12\xff\xfe broken \xc3\x28 bytes. \xe2\x80\x9cquoted\xe2\x80\x9d (aside) end' >"$d/document/seed3"
  printf '\x2bBRUSSELS (Agency) -- Ministers agreed late on Thursday to cut fees by 4.5%%, or EUR 12m a year.\r\n\r\n* First point.\r\n* Second point.\r\n' >"$d/document/seed4"
  # split: the splitter alone
  printf 'One. Two! Three? "Four," he said. (Five.) Mr. Six met Ms. Seven at 9 a.m. U.S. Eight.\n\nNine\nTen' >"$d/split/seed1"
  printf '...!!!???\xe2\x80\xa6 \xe3\x80\x82 Der Preis stieg um 3,5 %%. Es ist z. B. so. \xd0\x9e\xd0\xbd \xd1\x83\xd1\x88\xd1\x91\xd0\xbb.' >"$d/split/seed2"
  printf 'a\x00b\x01c\x7f d\xc0\xaf e\xed\xa0\x80 f\xf4\x90\x80\x80 \xef\xbf\xbd\r\n\t\v\f.' >"$d/split/seed3"
  # model
  printf 'PRECIS-MODEL 1\n@en/stopwords.txt 4\nthe\n\n' >"$d/model/seed1"
  printf 'PRECIS-MODEL 1\n@en/abbreviations.txt 9\nmr\ttitle\n\n' >"$d/model/seed2"
  printf 'PRECIS-MODEL 1\n@en/stems.tsv 25\nrivers\triver\nwalked\twalk\n\n' >"$d/model/seed3"
  # jsonl: records, options, HTML text, malformed lines, a blank line, CRLF
  printf '{"id":"a","text":"The council met on Tuesday. It voted 7 to 2.","title":"Vote","date":"2024-03-01","sentences":2,"words":30,"lang":"en"}\n\n{"id":7,"text":"<html><body><article><p>Short page.</p></article></body></html>"}\r\nnot json\n[1,2]\n{"text":5}\n{"id":1.5,"text":"x\\u0000y\\ud800"}' >"$d/jsonl/seed1"
  # archive: a tar, a gzipped tar, a WARC with one HTML response, a JSONL member
  local t
  t=$(mktemp -d)
  printf 'The bridge opened today. Traffic was light.\n' >"$t/a.txt"
  printf '<html><head><title>T</title></head><body><p>Rain fell all week.</p></body></html>' >"$t/b.html"
  printf '{"id":"m1","text":"A member line."}\n' >"$t/c.jsonl"
  (cd "$t" && tar cf "$d/archive/seed1.tar" a.txt b.html c.jsonl && tar czf "$d/archive/seed2.tgz" a.txt c.jsonl)
  head -c 700 "$d/archive/seed1.tar" >"$d/archive/seed3-truncated.tar"
  rm -rf "$t"
  local body='HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Harbour news in brief.</p></body></html>'
  local blen
  blen=$(printf "$body" | wc -c)
  printf "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.invalid/a\r\nContent-Length: $blen\r\n\r\n$body\r\n\r\nWARC/1.0\r\nWARC-Type: request\r\nContent-Length: 0\r\n\r\n\r\n\r\n" >"$d/archive/seed4.warc"
  printf '{"id":"x","text":"Plain JSONL sniffed by content."}\n' >"$d/archive/seed5"
  # html
  printf '<!doctype html><html><head><title>Port &amp; town</title><script>var a="<p>";</script></head><body><nav>Home</nav><main><h1>Port</h1><p>Ships came in.<br>More came later.</p><aside>Ad</aside></main><footer>c</footer></body></html>' >"$d/html/seed1"
  printf '<article><p>Teaser</p></article><div><table><tr><td>a<td>b</table><ul><li>one<li>two</ul><pre>x  y</pre><template><p>t</p></template>&#0;&#x110000;&nbsp;</div>' >"$d/html/seed2"
  awk 'BEGIN { for (i = 0; i < 700; i++) printf "<div><b>"; printf "<p>Deep.</p>" }' >"$d/html/seed3-deep"
  printf '\x02<html lang="pt_BR"><head><meta charset="iso-8859-1"><meta property="og:site_name" content="Folha"><title>Chuva forte | Folha</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Chuva","datePublished":"2024-02-30","author":[{"name":"A"},"B"]}]}</script></head><body><div class="cookie-banner">ok</div><div class="article-body"><p>Choveu muito em S\xe3o Paulo, disse o prefeito.</p><div class="related"><a href="/x">x</a></div></div></body></html>' >"$d/html/seed4-meta"
  # eval: first byte picks options; a line "--" separates references from system output
  printf '\x00{"id":"d1","summaries":["The dam held. Water rose overnight."],"summary":"The dam held."}\n{"id":2,"references":[["A b c."],["C d."]],"summary":["A c d."]}\n' >"$d/eval/seed1"
  printf '\x03{"id":"d1","summaries":["Prices fell.For the year they rose."]}\n{"id":"d2","summaries":[""]}\n--\n{"id":"d1","summary":["Prices fell."]}\n{"id":"d1","summary":"again"}\n{"id":"zz","summary":"x"}\n' >"$d/eval/seed2"
}

if [ "${1:-}" = "--seeds" ]; then
  write_seeds "${2:?usage: run.sh --seeds DIR}"
  exit 0
fi

build=${1:?usage: run.sh BUILD_DIR SECONDS}
secs=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
write_seeds "$work"

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
