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
