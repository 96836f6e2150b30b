# batch_errors.sh — one bad document never stops a batch: truncated archives, invalid UTF-8,
# binary members, empty files, malformed JSON lines, --max-bytes; each gives an
# {"id","source","error"} line, the run goes on and exits 1 with a count on stderr. Output
# faults (/dev/full, a closed pipe, an unwritable --out-dir) exit 4 (or quietly for a pipe).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/batch_lib.sh"
cd "$WORK" || exit 1

# ---- malformed JSON line ----------------------------------------------------------------------------
{
    printf '{"id":"good-1","text":"%s"}\n' "$(make_doc 1)"
    printf '{"id":"broken","text":"an unterminated string}\n'
    printf '["not", "an", "object"]\n'
    printf '{"id":"good-2","text":"%s"}\n' "$(make_doc 2)"
    printf '{"id":"bad-opt","text":"%s","sentences":"many"}\n' "$(make_doc 3)"
} >mixed.jsonl
run batch --fields summary mixed.jsonl
expect_exit 1
json_lines_ok "$WORK/out"; check "every line parses" $?
check "five lines in order" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "good-1 mixed.jsonl:2 mixed.jsonl:3 good-2 bad-opt " ]; echo $?)
check "malformed line: error" $(sed -n 2p "$WORK/out" | grep -q '"error":"malformed JSON at line 2'; echo $?)
check "array line: error" $(sed -n 3p "$WORK/out" | grep -q '"error":"line 3 is not a JSON object"'; echo $?)
check "bad per-record option: error naming the field" $(sed -n 5p "$WORK/out" | grep -q '"error":"field \\"sentences\\"'; echo $?)
check "good lines have summaries" $([ "$(json_field "$WORK/out" .summary.method | sed -n 4p)" != null ]; echo $?)
expect_stderr_contains "precis: batch: 5 documents, 3 failed"
expect_stderr_contains "precis: mixed.jsonl: mixed.jsonl:2: malformed JSON"
run batch --quiet --fields summary mixed.jsonl
expect_exit 1
check "--quiet: only the count" $([ "$(wc -l <"$WORK/err")" -eq 1 ]; echo $?)

# ---- archives with bad members -------------------------------------------------------------------------
mkdir -p m
make_doc 4 >m/a-good.txt
printf 'The bridge \xff\xfe reopened today after repairs. Traffic moved again by noon.\n' >m/b-repairable.txt
head -c 4096 /dev/urandom >m/c-binary.dat
: >m/d-empty.txt
make_doc 5 >m/e-good.txt
tar cf m.tar -C m a-good.txt b-repairable.txt c-binary.dat d-empty.txt e-good.txt
run batch --fields summary m.tar
expect_exit 1
json_lines_ok "$WORK/out"; check "archive output parses" $?
check "all five members, in order" $([ "$(json_field "$WORK/out" .id | tr '\n' ' ')" = "a-good.txt b-repairable.txt c-binary.dat d-empty.txt e-good.txt " ]; echo $?)
check "invalid UTF-8 repaired and counted" $(sed -n 2p "$WORK/out" | grep -q '"invalid_utf8":2,'; echo $?)
check "binary member: not text" $(sed -n 3p "$WORK/out" | grep -q '"error":"not text:'; echo $?)
check "empty member: a document with no sentences" $([ "$(json_field "$WORK/out" '(.summary.sentences|length)' | sed -n 4p)" = 0 ]; echo $?)
expect_stderr_contains "precis: batch: 5 documents, 1 failed"

: >empty.txt
run batch --fields summary empty.txt
expect_exit 0
check "0-byte file: one line, no error" $([ "$(json_field "$WORK/out" .error)" = null ]; echo $?)

# Truncated archives: the members before the cut are written, then one error line.
mkdir -p many
for i in $(seq 10 49); do make_doc "$i" >"many/f$i.txt"; done
tar cf many.tar -C many .
size=$(wc -c <many.tar)
head -c $((size / 2 + 100)) many.tar >cut.tar
run batch --fields summary cut.tar
expect_exit 1
json_lines_ok "$WORK/out"; check "truncated tar: output parses" $?
check "truncated tar: the first members are there" $(grep -q '"id":"./f10.txt"' "$WORK/out"; echo $?)
check "truncated tar: one error line, last" $([ "$(grep -c '"error"' "$WORK/out")" -eq 1 ] && tail -1 "$WORK/out" | grep -q '"error"'; echo $?)
expect_stderr_contains "1 failed"
gzip -c many.tar >many.tar.gz
size=$(wc -c <many.tar.gz)
head -c $((size * 2 / 3)) many.tar.gz >cut.tar.gz
run batch --fields summary cut.tar.gz
expect_exit 1
json_lines_ok "$WORK/out"; check "truncated tar.gz: output parses" $?
check "truncated tar.gz: ends with an error line" $(tail -1 "$WORK/out" | grep -q '"error"'; echo $?)

# ---- pathological HTML: refused quickly, the run goes on --------------------------------------------------
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 50000; i++) printf "<b>"; print "Deep text. </body></html>" }' >deep.html
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 5000; i++) printf "<div>"; printf "Deep text."; for (i = 0; i < 5000; i++) printf "</div>"; print "</body></html>" }' >nested.html
start=$(date +%s)
run batch --fields summary deep.html nested.html empty.txt
check "deep HTML handled in under 10 s" $([ $(($(date +%s) - start)) -lt 10 ]; echo $?)
expect_exit 1
check "50000 nested tags: error line" $(head -1 "$WORK/out" | grep -q '"error":"HTML nested over'; echo $?)
check "5000 nested divs: a document, no crash" $([ "$(json_field "$WORK/out" .error | sed -n 2p)" = null ]; echo $?)
check "the next input is read" $([ "$(wc -l <"$WORK/out")" -eq 3 ]; echo $?)

# ---- too large ---------------------------------------------------------------------------------------------
printf '{"id":"small","text":"%s"}\n{"id":"large","text":"%s %s %s"}\n' "$(make_doc 1)" "$(make_doc 2)" "$(make_doc 3)" "$(make_doc 4)" >sizes.jsonl
run batch --fields summary --max-bytes 400 sizes.jsonl
expect_exit 1
check "--max-bytes: the large one fails" $(sed -n 2p "$WORK/out" | grep -q '"id":"large".*"error":"document is .* bytes, over 400'; echo $?)
check "--max-bytes: the small one passes" $([ "$(json_field "$WORK/out" .error | head -1)" = null ]; echo $?)

# ---- inputs that cannot be opened ------------------------------------------------------------------------
run batch --fields summary missing.jsonl sizes.jsonl
expect_exit 1
expect_stderr_contains "precis: missing.jsonl: No such file or directory"
check "the other input is still read" $([ "$(wc -l <"$WORK/out")" -eq 2 ]; echo $?)

# ---- output faults -------------------------------------------------------------------------------------------
if [ -w /dev/full ]; then
    "$PRECIS" batch --fields summary sizes.jsonl >/dev/full 2>"$WORK/err"
    status=$?
    last_cmd="precis batch >/dev/full"
    expect_exit 4
    expect_stderr_contains "writing output failed"
fi
make_jsonl big.jsonl 20000
start=$(date +%s)
"$PRECIS" batch -j 2 --fields summary big.jsonl 2>"$WORK/err" | head -1 >"$WORK/out"
status=${PIPESTATUS[0]}
last_cmd="precis batch big.jsonl | head -1"
check "closed pipe: stops at once (under 10 s)" $([ $(($(date +%s) - start)) -lt 10 ]; echo $?)
expect_exit 4
check "closed pipe: no message" $([ ! -s "$WORK/err" ]; echo $?)
check "closed pipe: head got the first line" $(grep -q '"id":"doc-1"' "$WORK/out"; echo $?)

: >not-a-dir
run batch --out-dir not-a-dir sizes.jsonl
expect_exit 4
expect_stderr_contains "precis: not-a-dir: not a directory"
run batch --out-dir not-a-dir/sub sizes.jsonl
expect_exit 4
expect_stderr_contains "cannot create the output directory"
run batch -o no/such/dir/out.jsonl sizes.jsonl
expect_exit 4
expect_stderr_contains "cannot open for writing"

# ---- usage errors ------------------------------------------------------------------------------------------
run batch --fields summary,colour sizes.jsonl
expect_exit 2
expect_stderr_contains "--fields"
run batch -j 0 sizes.jsonl
expect_exit 2
run batch --resume sizes.jsonl
expect_exit 2
expect_stderr_contains "--resume needs -o FILE"
run batch --idf collection - <sizes.jsonl
expect_exit 2
run batch --help
expect_exit 0
expect_stdout_contains "Usage: precis batch"

done_testing
