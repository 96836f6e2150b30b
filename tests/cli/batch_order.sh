# batch_order.sh — output order is input order whatever the thread count: -j 1, -j 2 and -j 8
# give byte-identical output; --out-dir writes one file per document (atomically, no
# temporary files left) with the same content as the line; --fields chooses the views.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/batch_lib.sh"
cd "$WORK" || exit 1

make_jsonl docs.jsonl 3000
# Uneven sizes make workers finish out of order: every 7th document is ten times longer.
awk 'NR % 7 == 0 { t = $0; sub(/^.*"text":"/, "", t); sub(/"}$/, "", t);
                   s = t; for (i = 0; i < 9; i++) s = s " " t; sub(/"text":".*"}$/, "\"text\":\"" s "\"}") } { print }' \
    docs.jsonl >uneven.jsonl
for j in 1 2 8; do
    "$PRECIS" batch -j "$j" -q uneven.jsonl >"out-$j.jsonl" 2>"err-$j"
    check "-j $j exits 0" $?
done
check "-j 1 and -j 2 byte-identical" $(cmp -s out-1.jsonl out-2.jsonl; echo $?)
check "-j 1 and -j 8 byte-identical" $(cmp -s out-1.jsonl out-8.jsonl; echo $?)
check "3000 lines" $([ "$(wc -l <out-1.jsonl)" -eq 3000 ]; echo $?)
check "ids in input order" $(json_field out-2.jsonl .id | awk '$0 != "doc-" NR { exit 1 }'; echo $?)
json_lines_ok out-8.jsonl; check "every line parses" $?

# -o FILE is the same bytes as stdout.
run batch -j 2 -q -o file.jsonl uneven.jsonl
expect_exit 0
check "-o FILE equals stdout" $(cmp -s file.jsonl out-1.jsonl; echo $?)
expect_stdout ""

# --fields
head -5 docs.jsonl >five.jsonl
run batch --fields summary five.jsonl
expect_stdout_lacks '"brief"'
expect_stdout_lacks '"facts"'
run batch --fields facts,brief five.jsonl
expect_stdout_lacks '"summary"'
check "--fields order is fixed: brief before facts" $(head -1 "$WORK/out" | grep -q '"brief":.*,"facts":'; echo $?)

# --out-dir: one file per document, named after the id.
run batch -j 2 --out-dir per-doc --fields summary five.jsonl
expect_exit 0
check "five files" $([ "$(ls per-doc | wc -l)" -eq 5 ]; echo $?)
check "file named after the id" $([ -f per-doc/doc-3.json ]; echo $?)
check "no temporary files left" $([ -z "$(ls -A per-doc | grep -v '^doc-[0-9]*\.json$')" ]; echo $?)
"$PRECIS" batch --fields summary five.jsonl | sed -n 3p >line3
check "file content is the JSONL line" $(cmp -s line3 per-doc/doc-3.json; echo $?)
# Ids that are not safe file names get a hashed, distinct name.
printf '{"id":"a/b","text":"%s"}\n{"id":"a_b","text":"%s"}\n{"id":"../up","text":"%s"}\n' \
    "$(make_doc 1)" "$(make_doc 2)" "$(make_doc 3)" >names.jsonl
run batch --out-dir odd --fields summary names.jsonl
expect_exit 0
check "three distinct files inside the directory" $([ "$(ls odd | wc -l)" -eq 3 ] && [ ! -e up.json ] && [ ! -e ../up.json ]; echo $?)
# --resume with --out-dir skips documents whose file exists.
rm per-doc/doc-2.json
run batch --resume --out-dir per-doc --fields summary five.jsonl
expect_exit 0
expect_stderr_contains "1 documents, 0 failed, 4 already done"
check "the removed file is back" $([ -f per-doc/doc-2.json ]; echo $?)

# Progress: silent when stderr is not a terminal; drawn on a terminal (script(1) gives one)
# unless --quiet.
run batch -j 2 --fields summary five.jsonl
expect_stderr_empty
if command -v script >/dev/null 2>&1 && script -qc true /dev/null >/dev/null 2>&1; then
    script -qc "'$PRECIS' batch -j 2 --fields summary uneven.jsonl >/dev/null" /dev/null >tty.txt 2>&1
    check "progress on a terminal" $(grep -q 'precis: batch: [0-9]* documents, [0-9.]* [kM]B of [0-9.]* [kM]B ([0-9]*%), [0-9]* docs/s' tty.txt; echo $?)
    check "progress reaches 100%" $(grep -q '(100%)' tty.txt; echo $?)
    script -qc "'$PRECIS' batch -q -j 2 --fields summary uneven.jsonl >/dev/null" /dev/null >tty-q.txt 2>&1
    check "--quiet: no progress" $([ ! -s tty-q.txt ]; echo $?)
else
    echo "SKIP: progress on a terminal (script(1) not available)"
fi

done_testing
