# extract_url.sh — URLs through libcurl, against a local server on 127.0.0.1 only
# (tests/cli/http_fixture.py): a fetched page gives the same output as the saved file, for
# extract and the brief; redirects are followed; the charset of the Content-Type header is
# used; --user-agent is sent; and each failure has its own line and exit status: 5 host not
# found, 6 no connection, 7 TLS, 8 HTTP error status or a redirect loop, 9 timeout, 10 over
# --max-bytes, 11 binary content.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
H="$FIXTURES/html"
command -v python3 >/dev/null || { echo "skipped: python3 not installed"; exit 77; }

FIXTURE_ROOT="$H" python3 "$(dirname "${BASH_SOURCE[0]}")/http_fixture.py" "$WORK/port" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
[ -s "$WORK/port" ] || { echo "FAIL: the test server did not start"; exit 1; }
BASE="http://127.0.0.1:$(cat "$WORK/port")"

# the same output as the saved file
run extract "$BASE/news.html"
expect_exit 0
expect_stdout_file "$H/news.extract.txt"
run "$H/news.html"
cp "$WORK/out" "$WORK/brief-file"
run "$BASE/news.html"
expect_exit 0
expect_stdout_file "$WORK/brief-file"
run summary -f json "$H/news.html"
cp "$WORK/out" "$WORK/summary-file"
run summary -f json "$BASE/news.html"
expect_stdout_file "$WORK/summary-file"

# redirects, the URL reached, the header's charset
run extract -f json "$BASE/redirect"
expect_exit 0
expect_stdout_contains "\"url\":\"$BASE/news.html\""
expect_stdout_contains '"title":"Night ferry returns to Kelderwick after two-year pause"'
run extract "$BASE/latin1"
expect_exit 0
expect_stdout_file "$H/latin1.extract.txt"
run extract --user-agent "precis-test/1.0 (fixture)" "$BASE/ua"
expect_stdout_contains "Your agent is precis-test/1.0 (fixture)."
run extract "$BASE/ua"
expect_stdout_contains "Your agent is precis/"

# batch -t urls: fetched by the workers, output in list order, failures as error lines
cat >"$WORK/urls.txt" <<URLS
# pages of the fixture server
$BASE/news.html

$BASE/missing
not a url
$BASE/redirect
$BASE/blog.html
URLS
run batch -q -j 2 -t urls --delay 0.3 --fields text,meta "$WORK/urls.txt"
expect_exit 1
last_cmd="batch -t urls (lines)"
checks=$((checks + 1))
"$PRECIS" extract -f json "$H/news.html" >"$WORK/news.json"
python3 - "$WORK/out" "$WORK/news.json" "$BASE" "$WORK/urls.txt" >"$WORK/check" 2>&1 <<'PY' || fail "$(cat "$WORK/check")"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
news, base, lst = json.load(open(sys.argv[2])), sys.argv[3], sys.argv[4]
ids = [l["id"] for l in lines]
assert ids == [base + "/news.html", base + "/missing", lst + ":5", base + "/redirect", base + "/blog.html"], ids
assert lines[0]["text"] == news["text"] and lines[3]["text"] == news["text"]
assert lines[0]["meta"]["url"] == base + "/news.html" and lines[3]["meta"]["url"] == base + "/news.html"
assert lines[0]["meta"]["date"] == "2024-03-14"
assert lines[1]["error"] == "HTTP status 404", lines[1]
assert lines[2]["error"].startswith("not an http:// or https:// URL"), lines[2]
assert all(l["source"] == lst for l in lines)
PY
# politeness: four requests to one host, 0.4 s apart, take at least 1.2 s even on 2 workers
printf '%s\n' "$BASE/news.html" "$BASE/blog.html" "$BASE/latin1.html" "$BASE/news.html" >"$WORK/four.txt"
t0=$(date +%s%N)
run batch -q -j 2 -t urls --delay 0.4 --fields text "$WORK/four.txt"
t1=$(date +%s%N)
expect_exit 0
checks=$((checks + 1))
[ $(((t1 - t0) / 1000000)) -ge 1200 ] || fail "four requests to one host took $(((t1 - t0) / 1000000)) ms with --delay 0.4"
run batch -t urls --delay -1 "$WORK/four.txt"
expect_exit 2
run batch -t urls --idf collection "$WORK/four.txt"
expect_exit 2

# failures: one line naming the URL, a status each
run extract "$BASE/missing"
expect_exit 8
expect_stderr_contains "precis: $BASE/missing: HTTP status 404"
run "$BASE/broken"
expect_exit 8
expect_stderr_contains "HTTP status 500"
run extract "$BASE/loop"
expect_exit 8
expect_stderr_contains "more than 10 redirects"
run extract --timeout 1 "$BASE/slow"
expect_exit 9
expect_stderr_contains "timed out after 1 s"
run extract --max-bytes 100000 "$BASE/big"
expect_exit 10
expect_stderr_contains "over the limit of 100000 bytes"
run extract "$BASE/image.png"
expect_exit 11
expect_stderr_contains "binary content (Content-Type: image/png)"
run extract "https://127.0.0.1:$(cat "$WORK/port")/news.html"
expect_exit 7
expect_stderr_contains "TLS failed"
# a port nobody listens on: one the system just handed out and took back
python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' >"$WORK/free"
run extract "http://127.0.0.1:$(cat "$WORK/free")/"
expect_exit 6
expect_stderr_contains "could not connect"
# a name that cannot resolve (.invalid is reserved for that); a machine without any
# resolver fails the same way
run extract --timeout 10 "http://precis-test.invalid/page.html"
expect_exit 5
expect_stderr_contains "could not resolve the host name"
checks=$((checks + 1))
[ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "more than one line: $(cat "$WORK/err")"
done_testing
