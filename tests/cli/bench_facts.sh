# bench_facts.sh — precis bench --task ner and --task timex on tiny sets written here (our own
# sentences), checking the figures of the JSON reports against counts worked out by hand.
#
# The gold annotations are ours and include deliberate disagreements with what precis finds
# (a shorter or longer span, another type, another value, an expression the finder does not
# handle), so that every kind of count is exercised. Non-ASCII text before entities checks that
# gold character offsets are converted to byte offsets.
source ./lib.sh "$@"

# flat FILE: the JSON report without whitespace, so that one object can be matched on one line.
flat() { tr -d ' \n' <"$1"; }
expect_report() { # expect_report FILE STRING
    checks=$((checks + 1))
    flat "$1" | grep -qF -- "$2" || fail "$(basename "$1") lacks $2: $(flat "$1" | head -c 1500)"
}

# ---- ner -------------------------------------------------------------------------------------
# System (the facts view): A: PER Angela Merkel, PER Emmanuel Macron, LOC Berlin,
# MISC German (demonym), ORG European Union; B: PER José Müller, LOC Zürich, LOC London,
# ORG Reuters, LOC Paris.
# Gold differs in two places: PER "Merkel" alone (span), and "European Union" as LOC (type).
#   PER  gold 3 sys 3 correct 2 -> P = R = F1 = 2/3
#   LOC  gold 5 sys 4 correct 4 -> P 1, R 0.8, F1 8/9
#   ORG  gold 1 sys 2 correct 1 -> P 0.5, R 1, F1 2/3
#   MISC gold 1 sys 1 correct 1 (the demonym)  -> 1, 1, 1; without demonyms 0, 0, 0
#   micro PER+LOC+ORG gold 9 sys 9 correct 7 -> 7/9; micro all gold 10 sys 10 correct 8 -> 0.8
cat >"$WORK/ner.jsonl" <<'EOF'
{"id": "a", "text": "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\nThe German leader praised the European Union.", "entities": [{"type": "PER", "start_char": 7, "end_char": 13}, {"type": "PER", "start_char": 18, "end_char": 33}, {"type": "LOC", "start_char": 37, "end_char": 43}, {"type": "MISC", "start_char": 60, "end_char": 66}, {"type": "LOC", "start_char": 86, "end_char": 100}]}
{"id": "b", "text": "José Müller flew from Zürich to London on Friday.\nHe joined Reuters in Paris.", "entities": [{"type": "PER", "start_char": 0, "end_char": 11}, {"type": "LOC", "start_char": 22, "end_char": 28}, {"type": "LOC", "start_char": 32, "end_char": 38}, {"type": "ORG", "start_char": 60, "end_char": 67}, {"type": "LOC", "start_char": 71, "end_char": 76}]}
EOF
run bench --quiet --task ner --out "$WORK/report" "$WORK/ner.jsonl"
expect_exit 0
expect_stderr_empty
expect_stdout_contains '| PER | 3 | 3 | 2 | 66.67 | 66.67 | 66.67 |'
expect_stdout_contains '| micro all four | 10 | 10 | 8 | 80.00 | 80.00 | 80.00 |'
R=$WORK/report/ner.ner.json
expect_report "$R" '"documents":2,"failed":0,"left_out":0,"gold_left_out":0'
expect_report "$R" '"PER":{"gold":3,"system":3,"correct":2,"p":0.66666667,"r":0.66666667,"f1":0.66666667}'
expect_report "$R" '"LOC":{"gold":5,"system":4,"correct":4,"p":1.0,"r":0.8,"f1":0.88888889}'
expect_report "$R" '"ORG":{"gold":1,"system":2,"correct":1,"p":0.5,"r":1.0,"f1":0.66666667}'
expect_report "$R" '"MISC":{"gold":1,"system":1,"correct":1,"p":1.0,"r":1.0,"f1":1.0}'
expect_report "$R" '"micro_per_loc_org":{"gold":9,"system":9,"correct":7,"p":0.77777778,"r":0.77777778,"f1":0.77777778}'
expect_report "$R" '"micro_all":{"gold":10,"system":10,"correct":8,"p":0.8,"r":0.8,"f1":0.8}'
expect_report "$R" '"demonyms":{"counted_as":"MISC","system":1,"correct":1,"misc_without_demonyms":{"gold":1,"system":0,"correct":0,"p":0.0,"r":0.0,"f1":0.0}}'
expect_report "$R" '"sentences":{"found":4,"across_line_breaks":0,"mentions_across_line_breaks":0}'
expect_report "$R" '"docs_per_s":'
checks=$((checks + 1))
[ -s "$WORK/report/ner.ner.md" ] && head -c 5 "$WORK/report/ner.ner.svg" | grep -q '<svg' &&
    grep -q '>micro PLO<' "$WORK/report/ner.ner.svg" || fail "ner report files missing or without bars"

# --errors lists exactly the disagreements, with the text of each span.
run bench --quiet --task ner --errors "$WORK/ner.jsonl"
expect_exit 0
expect_stderr_contains "$(printf 'FP\ta\tPER\tAngela Merkel')"
expect_stderr_contains "$(printf 'FN\ta\tPER\tMerkel')"
expect_stderr_contains "$(printf 'FP\ta\tORG\tEuropean Union')"
expect_stderr_contains "$(printf 'FN\ta\tLOC\tEuropean Union')"
checks=$((checks + 1))
[ "$(grep -c '^F[NP]' "$WORK/err")" -eq 4 ] || fail "expected 4 error lines: $(cat "$WORK/err")"

# A bad line is reported with its place and left out; the rest is scored (exit 1).
{ head -1 "$WORK/ner.jsonl"; echo '{"id": "c", "text": 7}'; echo 'not json'; } >"$WORK/ner_bad.jsonl"
run bench --quiet --task ner "$WORK/ner_bad.jsonl"
expect_exit 1
expect_stderr_contains "ner_bad.jsonl:2: expected"
expect_stderr_contains "ner_bad.jsonl:3: malformed JSON"
expect_stdout_contains '| micro all four | 5 | 5 | 3 | 60.00 | 60.00 | 60.00 |'

# ---- timex -----------------------------------------------------------------------------------
# System with the dct's day 2024-03-10 (a Sunday): T1: DATE "5 March 2024" 2024-03-05,
# DURATION "three days" P3D, DATE "next Friday" 2024-03-15, DATE "Sunday" 2024-03-10;
# T2: DATE "2023", DATE "recently" PAST_REF, SET "every week" P1W, TIME "Wednesday morning"
# 2024-03-13TMO. T1's dct carries a time, which must be dropped (else no date: no values).
# Gold: T1 "on 5 March 2024" (longer), "three days", "next Friday"; T2 "2023", "every week"
# with another value, "Wednesday morning" as DATE 2024-03-13, and "the time" (not found).
#   strict:  sys 8, gold 7, exact 5 each way     -> P 5/8, R 5/7, F1 2/3
#   relaxed: 6 system overlap gold, 6 gold found -> P 3/4, R 6/7, F1 0.8
#   6 pairs: type right 5 (5/6), value right 4 (2/3); value P 4/8, R 4/7, F1 8/15
#   DATE: gold 5, sys 5, same-type pairs 3 -> 0.6; TIME: gold 0, sys 1 -> 0; DURATION, SET: 1
cat >"$WORK/tx.jsonl" <<'EOF'
{"id": "t1", "dct": "2024-03-10T09:30:00", "text": "Talks in Zürich began on 5 March 2024 and lasted three days.\nA second round is planned for next Friday, officials said on Sunday.", "timexes": [{"start": 22, "end": 37, "type": "DATE", "value": "2024-03-05"}, {"start": 49, "end": 59, "type": "DURATION", "value": "P3D"}, {"start": 91, "end": 102, "type": "DATE", "value": "2024-03-15"}]}
{"id": "t2", "dct": "2024-03-10", "text": "Prices rose 4 percent in 2023, and recently the council agreed to meet every week.\nIt will vote on Wednesday morning, a spokesman said at the time.", "timexes": [{"start": 25, "end": 29, "type": "DATE", "value": "2023"}, {"start": 71, "end": 81, "type": "SET", "value": "XXXX-WXX"}, {"start": 99, "end": 116, "type": "DATE", "value": "2024-03-13"}, {"start": 138, "end": 146, "type": "DATE", "value": "PAST_REF"}]}
EOF
run bench --quiet --task timex --out "$WORK/report" "$WORK/tx.jsonl"
expect_exit 0
expect_stderr_empty
expect_stdout_contains '| strict extent | 7 | 8 | 5 / 5 | 62.50 | 71.43 | 66.67 |'
expect_stdout_contains 'Type accuracy 83.33, value accuracy 66.67 (over 6 relaxed pairs).'
R=$WORK/report/tx.timex.json
expect_report "$R" '"documents":2,"failed":0,"left_out":0,"gold_left_out":0,"without_date":0'
expect_report "$R" '"strict":{"gold":7,"system":8,"system_matched":5,"gold_matched":5,"p":0.625,"r":0.71428571,"f1":0.66666667}'
expect_report "$R" '"relaxed":{"gold":7,"system":8,"system_matched":6,"gold_matched":6,"p":0.75,"r":0.85714286,"f1":0.8}'
expect_report "$R" '"value":{"gold":7,"system":8,"system_matched":4,"gold_matched":4,"p":0.5,"r":0.57142857,"f1":0.53333333}'
expect_report "$R" '"pairs":6,"type_accuracy":0.83333333,"value_accuracy":0.66666667'
expect_report "$R" '"DATE":{"gold":5,"system":5,"system_matched":3,"gold_matched":3,"p":0.6,"r":0.6,"f1":0.6}'
expect_report "$R" '"TIME":{"gold":0,"system":1,"system_matched":0,"gold_matched":0,"p":0.0,"r":0.0,"f1":0.0}'
expect_report "$R" '"DURATION":{"gold":1,"system":1,"system_matched":1,"gold_matched":1,"p":1.0,"r":1.0,"f1":1.0}'
expect_report "$R" '"SET":{"gold":1,"system":1,"system_matched":1,"gold_matched":1,"p":1.0,"r":1.0,"f1":1.0}'
checks=$((checks + 1))
[ -s "$WORK/report/tx.timex.md" ] && head -c 5 "$WORK/report/tx.timex.svg" | grep -q '<svg' &&
    grep -q '>DURATION<' "$WORK/report/tx.timex.svg" || fail "timex report files missing or without bars"

run bench --quiet --task timex --errors "$WORK/tx.jsonl"
expect_exit 0
expect_stderr_contains "$(printf 'FP\tt1\tSunday\tDATE 2024-03-10')"
expect_stderr_contains "$(printf 'FN\tt2\tthe time\tDATE PAST_REF')"
expect_stderr_contains "$(printf 'VAL\tt2\tWednesday morning | Wednesday morning\tTIME 2024-03-13TMO\tgold DATE 2024-03-13')"

# A dct that is not a date: the document runs without one, and the report says so.
sed 's/"dct": "2024-03-10T09:30:00"/"dct": "soon"/' "$WORK/tx.jsonl" >"$WORK/tx_nodct.jsonl"
run bench --quiet --task timex --out "$WORK/report" "$WORK/tx_nodct.jsonl"
expect_exit 0
expect_report "$WORK/report/tx_nodct.timex.json" '"without_date":1'
expect_stdout_contains '1 document(s) without a usable dct were run without a document date.'

# Usage and I/O errors.
run bench --task ner "$WORK/missing.jsonl"
expect_exit 4
run bench --task nonsense "$WORK/ner.jsonl"
expect_exit 2
expect_stderr_contains "expected summary, ner, timex, fivew, quotes or extract"
: >"$WORK/empty.jsonl"
run bench --quiet --task timex "$WORK/empty.jsonl"
expect_exit 1
expect_stderr_contains "no document to evaluate"

# ---- fivew -----------------------------------------------------------------------------------
# Two articles of ours with coders' phrases. The "when" of article a is "Tuesday", resolved
# against the date to 2024-03-12, which matches the gold phrase by its parsed date whatever the
# words; article b has no gold "when", so it is not counted there. The other slots depend on
# what the facts view answers, so the check is that the report agrees with the --errors lines:
# for each slot, answered - right at 1 = the WRONG lines, articles - answered = the NONE lines.
cat >"$WORK/fivew.jsonl" <<'EOF'
{"id": "a", "date": "2024-03-12", "text": "Harbour workers strike in Sines\nDock workers at the port of Sines in Portugal walked off the job on Tuesday in a dispute over pay, their union leader Marta Esteves said. The strike halted container traffic.", "w": {"who": [{"text": "Dock workers", "agree": 3}], "what": [{"text": "walked off the job", "agree": 2}], "where": [{"text": "port of Sines", "agree": 3}], "when": [{"text": "on Tuesday", "agree": 3, "parsed": "2024-03-12"}]}}
{"id": "b", "date": "2024-05-02", "text": "Council closes bridge\nThe city council of Lyon closed the old river bridge to lorries on Monday after engineers found cracks. Mayor Paul Brun said repairs would take months.", "w": {"who": [{"text": "Mayor Paul Brun", "agree": 2}], "what": [{"text": "closed the old river bridge", "agree": 3}], "where": [{"text": "Lyon", "agree": 3}], "when": [], "why": []}}
not json
EOF
run bench --quiet --task fivew --errors --out "$WORK/report" "$WORK/fivew.jsonl"
expect_exit 1
expect_stderr_contains "fivew.jsonl:3"
R=$WORK/report/fivew.fivew.json
expect_report "$R" '"task":"fivew","set":"fivew"'
expect_report "$R" '"documents":2,"failed":0,"left_out":1,"without_date":0'
expect_report "$R" '"when":{"gold_articles":1,"answered":1,"top1_right":1,"top3_right":1,"precision_at_1":1.0'
for slot in who what where when; do
    checks=$((checks + 1))
    python3 - "$R" "$WORK/err" "$slot" <<'PY' || fail "fivew $slot: report and --errors lines disagree"
import json, sys
rep = json.load(open(sys.argv[1]))["slots"][sys.argv[3]]
lines = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.count("\t") >= 2]
wrong = sum(1 for l in lines if l[0] == "WRONG" and l[2] == sys.argv[3])
none = sum(1 for l in lines if l[0] == "NONE" and l[2] == sys.argv[3])
ok = rep["answered"] - rep["top1_right"] == wrong and rep["gold_articles"] - rep["answered"] == none
ok = ok and rep["top1_right"] <= rep["top3_right"] <= rep["answered"] <= rep["gold_articles"]
sys.exit(0 if ok else 1)
PY
done

done_testing
