#!/usr/bin/env bash
# speed.sh — how fast precis is, whole processes, start-up and model load included, against
# the floors of issue #16 and side by side with Debian's `ots` (Open Text Summarizer):
#
#   bash benchmarks/speed.sh [PATH/TO/precis]
#
# On the same articles (../shared/data/summ/cnndm_dev.jsonl, 250 CNN/DailyMail articles):
#   - `precis batch --fields summary` and `--fields summary,brief,facts` at -j 1 and -j 2,
#     each the fastest of SPEED_RUNS runs (default 5), in docs/s of wall time and CPU ms/doc,
#     the output written to a new file each run (the run before's removed outside the clock);
#   - `ots` one process per article (it has no batch mode), the articles written out first;
#   - a single `precis FILE` (the brief) on ../shared/seeds/putin-kim-summit.txt and `ots`
#     on the same file: median and fastest wall time of SPEED_SINGLE_RUNS runs (default 21);
#   - the peak RSS (/usr/bin/time -v) of the full batch at -j 2 on the articles once and
#     four times over: it must not grow with the number of documents.
# Then the ratios, and each floor met or missed. When the data, the seed article, ots or
# /usr/bin/time is missing the script says so and runs the rest. Wall times on a shared
# machine depend on its other work: the load average is printed first.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PRECIS=${1:-$HERE/../build/precis}
DATA=${PRECIS_DATA:-$HERE/../../shared/data}
SEED=${SPEED_SEED:-$DATA/../seeds/putin-kim-summit.txt}
RUNS=${SPEED_RUNS:-5}
SINGLE_RUNS=${SPEED_SINGLE_RUNS:-21}
SET=$DATA/summ/cnndm_dev.jsonl

if [ ! -x "$PRECIS" ]; then
    echo "speed: no precis binary at $PRECIS (pass its path)" >&2
    exit 2
fi
if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "speed: needs bash 5 (EPOCHREALTIME)" >&2
    exit 2
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }

echo "precis: $PRECIS ($("$PRECIS" --version 2>/dev/null))"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (wall times need the cores free)"

HAVE_TIME=1
[ -x /usr/bin/time ] || { HAVE_TIME=0; echo "speed: /usr/bin/time is missing (apt-get install time): no CPU times, no peak memory"; }
HAVE_OTS=1
command -v ots >/dev/null 2>&1 || { HAVE_OTS=0; echo "speed: ots is not installed (apt-get install -y ots): the OTS comparisons are skipped"; }
HAVE_SET=1
[ -r "$SET" ] || { HAVE_SET=0; echo "speed: SKIPPED the batch figures: no $SET (set PRECIS_DATA)"; }
HAVE_SEED=1
[ -r "$SEED" ] || { HAVE_SEED=0; echo "speed: SKIPPED the single-file figures: no seed article at $SEED (set SPEED_SEED)"; }

# floor NAME VALUE OP LIMIT: prints whether a floor is met.
MISSED=0
floor() {
    if awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { exit !(op == ">=" ? v >= l : v < l) }'; then
        printf '  %-58s %10s %s %-8s met\n' "$1" "$2" "$3" "$4"
    else
        printf '  %-58s %10s %s %-8s MISSED\n' "$1" "$2" "$3" "$4"
        MISSED=$((MISSED + 1))
    fi
}
FLOORS=()

# ---- batch ----------------------------------------------------------------------------------
# best_batch FIELDS JOBS: the fastest of RUNS runs; sets RATE (docs/s) and CPUMS (CPU ms/doc
# of that run, user + system).
best_batch() {
    local best=0 cpu=0 i t0 t1 us
    for ((i = 0; i < RUNS; i++)); do
        # a new output file each run: truncating the run before's 5 MB (the shell's O_TRUNC,
        # inside the clock) is the file system's work, not the batch's
        rm -f "$TMP/out"
        t0=$(now_us)
        if [ $HAVE_TIME -eq 1 ]; then
            /usr/bin/time -f '%U %S' -o "$TMP/cpu" "$PRECIS" batch -q -j "$2" --fields "$1" "$SET" >"$TMP/out" 2>"$TMP/err"
        else
            "$PRECIS" batch -q -j "$2" --fields "$1" "$SET" >"$TMP/out" 2>"$TMP/err"
        fi
        local rc=$?
        t1=$(now_us)
        if [ $rc -ne 0 ]; then
            echo "speed: precis batch -j $2 --fields $1 failed ($rc): $(head -c 300 "$TMP/err")" >&2
            exit 1
        fi
        us=$((t1 - t0))
        if [ $best -eq 0 ] || [ $us -lt $best ]; then
            best=$us
            [ $HAVE_TIME -eq 1 ] && cpu=$(awk '{ printf "%.3f", ($1 + $2) * 1000 }' "$TMP/cpu")
        fi
    done
    RATE=$(awk -v n="$DOCS" -v us="$best" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
    CPUMS=$(awk -v c="$cpu" -v n="$DOCS" 'BEGIN { printf "%.3f", c / n }')
    WALLMS=$(awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }')
}

if [ $HAVE_SET -eq 1 ]; then
    DOCS=$(wc -l <"$SET")
    echo
    echo "batch on $(basename "$SET") ($DOCS articles, $(awk -v b="$(wc -c <"$SET")" 'BEGIN { printf "%.2f", b / 1e6 }') MB), fastest of $RUNS runs, whole process:"
    printf '  %-44s %9s %9s %12s\n' "command" "wall ms" "docs/s" "CPU ms/doc"
    for fields in summary summary,brief,facts; do
        for j in 1 2; do
            best_batch "$fields" "$j"
            printf '  %-44s %9s %9s %12s\n' "precis batch -j $j --fields $fields" "$WALLMS" "$RATE" "$CPUMS"
            key=$( [ "$fields" = summary ] && echo S || echo F )
            eval "R_${key}$j=$RATE"
        done
    done
    if [ $HAVE_OTS -eq 1 ]; then
        mkdir -p "$TMP/ots"
        # one text file per article, written before the clock starts
        python3 - "$SET" "$TMP/ots" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    with open("%s/%04d.txt" % (sys.argv[2], i), "w", encoding="utf-8") as f:
        f.write(json.loads(line).get("text", ""))
PY
        t0=$(now_us)
        for f in "$TMP"/ots/*.txt; do ots "$f" >/dev/null 2>&1; done
        t1=$(now_us)
        R_OTS=$(awk -v n="$DOCS" -v us="$((t1 - t0))" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
        printf '  %-44s %9s %9s %12s\n' "ots FILE, one process per article" \
            "$(awk -v us="$((t1 - t0))" 'BEGIN { printf "%.1f", us / 1000 }')" "$R_OTS" "-"
        echo "  ratios to ots: summary -j 1 $(awk -v a="$R_S1" -v b="$R_OTS" 'BEGIN { printf "%.0fx", a / b }'), full -j 1 $(awk -v a="$R_F1" -v b="$R_OTS" 'BEGIN { printf "%.0fx", a / b }'), full -j 2 $(awk -v a="$R_F2" -v b="$R_OTS" 'BEGIN { printf "%.0fx", a / b }')"
    fi
    echo "  full brief against summary only: -j 1 $(awk -v a="$R_F1" -v b="$R_S1" 'BEGIN { printf "%.2f", a / b }'), -j 2 $(awk -v a="$R_F2" -v b="$R_S2" 'BEGIN { printf "%.2f", a / b }') of the docs/s; -j 2 over -j 1: full $(awk -v a="$R_F2" -v b="$R_F1" 'BEGIN { printf "%.2fx", a / b }'), summary $(awk -v a="$R_S2" -v b="$R_S1" 'BEGIN { printf "%.2fx", a / b }')"
    FLOORS+=("full brief -j 1, docs/s|$R_F1|>=|2500" "full brief -j 2, docs/s|$R_F2|>=|4750" "summary only -j 1, docs/s|$R_S1|>=|6000")

    if [ $HAVE_TIME -eq 1 ]; then
        for k in 1 2 3 4; do cat "$SET"; done >"$TMP/x4.jsonl"
        rss() {
            /usr/bin/time -f '%M' -o "$TMP/rss" "$PRECIS" batch -q -j 2 --fields summary,brief,facts "$1" >/dev/null 2>&1
            awk '{ printf "%.1f", $1 / 1024 }' "$TMP/rss"
        }
        M1=$(rss "$SET")
        M4=$(rss "$TMP/x4.jsonl")
        echo "  peak RSS, full brief -j 2: $M1 MB for $DOCS documents, $M4 MB for $((4 * DOCS)) ($(awk -v a="$M4" -v b="$M1" 'BEGIN { printf "%.2f", a / b }')x)"
        FLOORS+=("peak RSS, 4x the documents over 1x (flat: < 1.15)|$(awk -v a="$M4" -v b="$M1" 'BEGIN { printf "%.2f", a / b }')|<|1.15")
    fi
fi

# ---- one file -------------------------------------------------------------------------------
# single_file CMD...: median and fastest wall ms of SINGLE_RUNS runs; sets MED and MIN.
single_file() {
    local i t0 t1
    : >"$TMP/times"
    for ((i = 0; i < SINGLE_RUNS; i++)); do
        t0=$(now_us)
        "$@" >/dev/null 2>&1
        t1=$(now_us)
        echo $((t1 - t0)) >>"$TMP/times"
    done
    MED=$(sort -n "$TMP/times" | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }')
    MIN=$(sort -n "$TMP/times" | awk 'NR == 1 { printf "%.1f", $1 / 1000 }')
}
if [ $HAVE_SEED -eq 1 ]; then
    echo
    echo "one file: $(basename "$SEED") ($(wc -c <"$SEED") bytes), $SINGLE_RUNS runs, wall ms, start-up and model load included:"
    "$PRECIS" "$SEED" >/dev/null 2>&1 || { echo "speed: precis $SEED failed" >&2; exit 1; }
    single_file "$PRECIS" "$SEED"
    P_MED=$MED
    printf '  %-44s median %6s  fastest %6s\n' "precis FILE (the brief)" "$MED" "$MIN"
    single_file "$PRECIS" summary "$SEED"
    printf '  %-44s median %6s  fastest %6s\n' "precis summary FILE" "$MED" "$MIN"
    if [ $HAVE_OTS -eq 1 ]; then
        single_file ots "$SEED"
        printf '  %-44s median %6s  fastest %6s\n' "ots FILE" "$MED" "$MIN"
        echo "  precis FILE against ots FILE: $(awk -v a="$P_MED" -v b="$MED" 'BEGIN { printf "%.2fx the speed", b / a }')"
    fi
    FLOORS+=("single precis FILE, median wall ms|$P_MED|<|10")
fi

if [ ${#FLOORS[@]} -gt 0 ]; then
    echo
    echo "floors (issue #16, 2 cores):"
    for f in "${FLOORS[@]}"; do
        IFS='|' read -r name v op lim <<<"$f"
        floor "$name" "$v" "$op" "$lim"
    done
    echo "$MISSED floor(s) missed"
fi
exit 0
