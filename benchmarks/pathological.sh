#!/usr/bin/env bash
# pathological.sh — bounded work on pathological text: generates each case (own synthetic
# text, nothing copied) and prints wall time and peak RSS of split, summary, facts and brief.
# Every case must finish in seconds and in memory a small multiple of its size; a run over
# LIMIT seconds is cut and shown as TIMEOUT (the case is then quadratic somewhere).
# Usage: benchmarks/pathological.sh PATH/TO/precis [SCALE] [LIMIT]
#   SCALE (default 1) multiplies every size: 0.1 for a quick look. LIMIT defaults to 120 s.
# Cases at SCALE 1:
#   sentences   a million one-word sentences          words      one sentence of a million words
#   entities    100,000 distinct capitalised names     punct      deeply repeated punctuation
#   token       a 1 MB token                           nopunct    a 50 MB file of words without
#                                                                 punctuation or newlines
#   sources     80,000 sentences each naming outlets and reported speech (a scan of the
#               sources per name was quadratic: 53 s for this at 7 MB)
#   titled      80,000 sentences naming one person by title and surname ("President Kim"),
#               and 8,000 pairs of people sharing a surname, each named alone after them (the
#               linker scanned every earlier mention for each: 3.8 s for the first at 2.7 MB)
#   labels      40,000 lines of a fact box's labels ("ALPHA BETA: value 7 here."), then 40,000
#               comment openers each before a long sentence (a name search per label was
#               quadratic: 2.7 s at 0.8 MB)
#   nicknames   60,000 sentences naming two people with nicknames ("Ana 'Lulu' Reyes"; each
#               merge moved the mentions after it: 17.8 s at 3.6 MB)
set -uo pipefail
precis=${1:?usage: pathological.sh PATH/TO/precis [SCALE] [LIMIT]}
scale=${2:-1}
limit=${3:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n() { awk -v a="$1" -v s="$scale" 'BEGIN { printf "%d", a * s }'; }

# A small vocabulary of plain words, so word counts (not vocabulary size) are what grows.
vocab='river harbour council budget school road market winter bridge village doctor
rain office station garden report water power vote price train court plan field'
gen_words() { # COUNT SEP [CAP]: COUNT words from the vocabulary, each followed by SEP
  awk -v n="$1" -v sep="$2" -v cap="${3:-0}" -v v="$vocab" 'BEGIN { k = split(v, w); srand(7);
    for (i = 0; i < n; i++) { x = w[int(rand() * k) + 1];
      if (cap) x = toupper(substr(x, 1, 1)) substr(x, 2);
      printf "%s%s", x, sep } }'
}

gen_words "$(n 1000000)" '. ' 1 >"$work/sentences" # capitalised: each one a sentence
{ printf 'The '; gen_words "$(n 1000000)" ' '; printf 'ended.\n'; } >"$work/words"
# Names from syllables: 50 x 50 first names times 40 surnames, each pair distinct.
awk -v n="$(n 100000)" 'BEGIN { split("ba ko li ma ne ro sa tu vi ze da fe gi ho ju ka lo mu na pe", s);
  c = 0;
  for (a = 1; a <= 20 && c < n; a++) for (b = 1; b <= 20 && c < n; b++) for (d = 1; d <= 20 && c < n; d++)
    for (e = 1; e <= 20 && c < n; e++) {
      first = toupper(substr(s[a],1,1)) substr(s[a],2) s[b];
      last = toupper(substr(s[d],1,1)) substr(s[d],2) s[e] "n";
      printf "%s %s met officials in %s%s. ", first, last, toupper(substr(s[e],1,1)) substr(s[e],2), s[d] "burg";
      c++ } }' >"$work/entities"
awk -v n="$(n 250000)" 'BEGIN { printf "Wait"; for (i = 0; i < n; i++) printf "!?.,"; printf " ";
  for (i = 0; i < n; i++) printf "(\""; printf "deep"; for (i = 0; i < n; i++) printf "\")"; print "" }' >"$work/punct"
head -c "$(n 1000000)" /dev/zero | tr '\0' 'x' >"$work/token"
awk -v n="$(n 80000)" 'BEGIN { for (i = 0; i < n; i++)
  printf "Officials at Harbor Corp told Reuters that Anna Berg said the plan failed, AFP reported. " }' >"$work/sources"
gen_words "$(n 8000000)" ' ' | head -c "$(n 50000000)" >"$work/nopunct"
awk -v n="$(n 80000)" -v m="$(n 8000)" 'BEGIN { split("ba ko li ma ne ro sa tu vi ze", s);
  for (i = 0; i < n; i++) printf "President Kim spoke to reporters. ";
  for (i = 0; i < m; i++) { x = toupper(substr(s[i % 10 + 1], 1, 1)) substr(s[i % 10 + 1], 2) s[int(i / 10) % 10 + 1] "ra" int(i / 100);
    printf "Ana %s met Boris %s in London. %s spoke. ", x, x, x } }' >"$work/titled"
awk -v n="$(n 40000)" 'BEGIN { for (i = 0; i < 3; i++) print "The harbour council voted on Tuesday to rebuild the north quay after the storms.";
  for (i = 0; i < n; i++) printf "ALPHA BETA: value %d here.\n", i;
  for (i = 0; i < n; i++) printf "\nLet us know in the comments below.\n\nThe council voted on Tuesday to rebuild the quay after the storms damaged it in January and the work will cost four million euros over two years.\n" }' >"$work/labels"
awk -v n="$(n 60000)" 'BEGIN { print "The harbour council voted on Tuesday to rebuild the north quay after the storms.";
  for (i = 0; i < n; i++) printf "Harbour singer Ana '"'"'Lulu'"'"' Reyes met Tom '"'"'Big'"'"' Hale in Sines. " }' >"$work/nicknames"

have_time=0
[ -x /usr/bin/time ] && have_time=1
printf '%-10s %10s %-8s %8s %10s %s\n' case bytes command seconds peak_KB exit
status=0
for c in sentences words entities punct token nopunct sources titled labels nicknames; do
  bytes=$(wc -c <"$work/$c")
  for cmd in split summary facts brief; do
    if [ $have_time = 1 ]; then
      /usr/bin/time -f '%e %M' -o "$work/time" timeout "$limit" "$precis" "$cmd" --max-bytes 0 "$work/$c" \
        >/dev/null 2>"$work/err"
      rc=$?
      read -r secs kb <"$work/time" 2>/dev/null || { secs=?; kb=?; }
      [ "$secs" = "Command" ] && read -r secs kb < <(tail -1 "$work/time")
    else
      start=$(date +%s.%N)
      timeout "$limit" "$precis" "$cmd" --max-bytes 0 "$work/$c" >/dev/null 2>"$work/err"
      rc=$?
      secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
      kb=?
    fi
    [ $rc = 124 ] && rc=TIMEOUT
    [ "$rc" = 0 ] || status=1
    printf '%-10s %10s %-8s %8s %10s %s\n' "$c" "$bytes" "$cmd" "$secs" "$kb" "$rc"
  done
done
exit $status
