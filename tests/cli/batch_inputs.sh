# batch_inputs.sh — `precis batch` reads every input kind: JSONL (with per-record options and
# ids), standard input, directories with --glob, tar, tar.gz, tar.zst, zip, gzip-compressed
# JSONL, WARC (and .warc.gz) with HTML responses, HTML files.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/batch_lib.sh"
cd "$WORK" || exit 1

# ---- JSONL ---------------------------------------------------------------------------------
{
    printf '{"id":"alpha","text":"%s","title":"Budget","sentences":1}\n' "$(make_doc 1)"
    printf '{"id":42,"text":"%s"}\n' "$(make_doc 2)"
    printf '{"text":"%s","date":"2024-05-02T09:30:00Z"}\n' "$(make_doc 3)"
    printf '\n'
    printf '{"id":"beta","body":"%s"}\n' "$(make_doc 4)"
} >in.jsonl
run batch in.jsonl
expect_exit 1 # the record without a text field fails, the others are written
json_lines_ok "$WORK/out"; check "JSONL output parses" $?
check "one line per record, blank line skipped" $([ "$(wc -l <"$WORK/out")" -eq 4 ]; echo $?)
check "ids: field, number, FILE:LINE" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "alpha 42 in.jsonl:3 beta " ]; echo $?)
check "per-record sentences=1" $([ "$(json_field "$WORK/out" '(.summary.sentences|length)' | head -1)" = 1 ]; echo $?)
check "title kept" $([ "$(json_field "$WORK/out" .title | head -1)" = Budget ]; echo $?)
check "source is the file" $([ "$(json_field "$WORK/out" .source | sort -u)" = in.jsonl ]; echo $?)
check "missing text field is an error line" $(json_field "$WORK/out" .error | sed -n 4p | grep -q '"text"'; echo $?)
expect_stderr_contains "precis: batch: 4 documents, 1 failed"
check "brief and facts keys present" $(head -1 "$WORK/out" | grep -q '"brief":.*"facts":'; echo $?)

run batch --text-field body --id-field id --fields summary in.jsonl
check "--text-field reads another field" $(sed -n 4p "$WORK/out" | grep -q '"id":"beta","source":"in.jsonl","summary"'; echo $?)
expect_stdout_lacks '"brief"'

STDIN_FILE=in.jsonl run batch --fields summary -
check "stdin: ids are -:LINE" $(sed -n 3p "$WORK/out" | grep -q '"id":"-:3","source":"-"'; echo $?)
STDIN_FILE=in.jsonl run batch --fields summary
check "no INPUT reads stdin" $([ "$(wc -l <"$WORK/out")" -eq 4 ]; echo $?)

gzip -c in.jsonl >in.jsonl.gz
run batch --fields summary in.jsonl.gz
json_lines_ok "$WORK/out"; check "gzip JSONL parses" $?
check "gzip JSONL: same ids" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "alpha 42 in.jsonl.gz:3 beta " ]; echo $?)

# ---- directories and archives ----------------------------------------------------------------
mkdir -p tree/sub tree/skip
make_doc 5 >tree/one.txt
make_doc 6 >tree/sub/two.txt
make_doc 7 >tree/skip/notes.md
run batch --fields summary --glob '*.txt' tree
expect_exit 0
check "dir: --glob picks .txt files in name order" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "tree/one.txt tree/sub/two.txt " ]; echo $?)
check "dir: summary has sentences" $([ "$(json_field "$WORK/out" '(.summary.sentences|length)' | head -1)" -ge 1 ]; echo $?)
run batch --fields summary tree/
check "dir without glob: all three" $([ "$(wc -l <"$WORK/out")" -eq 3 ]; echo $?)

tar cf t.tar -C tree one.txt sub
tar czf t.tar.gz -C tree one.txt sub
for a in t.tar t.tar.gz; do
    run batch --fields summary "$a"
    expect_exit 0
    check "$a: members as ids" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "one.txt sub/two.txt " ]; echo $?)
    check "$a: source names archive and member" $([ "$(json_field "$WORK/out" .source | head -1)" = "$a:one.txt" ]; echo $?)
done
if command -v zstd >/dev/null 2>&1; then
    tar cf - -C tree one.txt | zstd -q -c >t.tar.zst
    run batch --fields summary t.tar.zst
    check "tar.zst read" $([ "$(json_field "$WORK/out" .id)" = one.txt ]; echo $?)
else
    echo "SKIP: tar.zst (zstd not installed)"
fi
if command -v zip >/dev/null 2>&1; then
    (cd tree && zip -q -r ../t.zip one.txt sub)
    run batch --fields summary t.zip
    expect_exit 0
    check "zip: members" $([ "$(json_field "$WORK/out" .id | sort | tr '\n' ' ')" = "one.txt sub/two.txt " ]; echo $?)
else
    echo "SKIP: zip (install zip)"
fi
# JSONL inside an archive: each line a document.
mkdir -p jl && cp in.jsonl jl/recs.jsonl && tar cf jl.tar -C jl recs.jsonl
run batch --fields summary jl.tar
check "JSONL member: lines are documents" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "alpha 42 jl.tar:recs.jsonl:3 beta " ]; echo $?)

# ---- HTML and WARC -------------------------------------------------------------------------------
cat >page.html <<'HTML'
<!doctype html><html><head><title>Harbour reopens</title>
<style>p { color: red }</style><script>var note = "script text must go";</script></head>
<body><nav>Home | World | Sport</nav><header>The Daily Example</header>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday after a storm closed it for three days.</p>
<p>Fishing boats returned to their moorings by noon. The harbour master said repairs to the
sea wall would take a month.</p></article>
<aside>Most read elsewhere</aside><footer>Copyright line of the site</footer>
<form>Subscribe to the newsletter</form></body></html>
HTML
run batch --fields summary -n 5 page.html
expect_exit 0
check "HTML: title from <title>" $([ "$(json_field "$WORK/out" .title)" = "Harbour reopens" ]; echo $?)
expect_stdout_contains "Fishing boats returned to their moorings by noon."
for junk in "script text" "Home | World" "Daily Example" "Most read" "Copyright" "newsletter" "color"; do
    expect_stdout_lacks "$junk"
done

warc_record() { # TYPE URI PAYLOAD-FILE
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n' \
        "$1" "$2" "$(wc -c <"$3")"
    cat "$3"
    printf '\r\n\r\n'
}
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat page.html; } >r1.http
printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n' >r2.http
printf 'HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\n\r\n' >r3.http
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n'; make_doc 8; } >r4.http
printf 'GET /harbour HTTP/1.1\r\nHost: example.org\r\n\r\n' >q1.http
{
    warc_record request http://example.org/harbour q1.http
    warc_record response http://example.org/harbour r1.http
    warc_record response http://example.org/logo.png r2.http
    warc_record response http://example.org/old r3.http
    warc_record response http://example.org/notes.txt r4.http
} >site.warc
gzip -c site.warc >site.warc.gz
for w in site.warc site.warc.gz; do
    run batch --fields summary -n 5 "$w"
    expect_exit 0
    check "$w: HTML and text responses only, ids are URIs" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "http://example.org/harbour http://example.org/notes.txt " ]; echo $?)
    check "$w: source" $([ "$(json_field "$WORK/out" .source | head -1)" = "$w:http://example.org/harbour" ]; echo $?)
    expect_stdout_contains "The harbour reopened on Monday"
    expect_stdout_lacks "script text"
    expect_stdout_lacks "HTTP/1.1"
done

# ---- several inputs at once, in order ------------------------------------------------------------
run batch --fields summary page.html t.tar in.jsonl.gz
check "several inputs keep their order" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "page.html one.txt sub/two.txt alpha 42 in.jsonl.gz:3 beta " ]; echo $?)
run batch --fields summary --type text in.jsonl
check "--type text reads JSONL as one document" $([ "$(json_field "$WORK/out" .id)" = in.jsonl ]; echo $?)

done_testing
