# split_clean.sh — `precis split` prints sentences without the markup and extraction noise
# of the input (HTML tags, escaped tags, dot leaders, literal \n escapes), skips sentences
# with nothing to read, and still gives offsets that bracket the sentence in the input.
. "$(dirname "$0")/lib.sh"

printf '<h2 class="t">Harbour news</h2>\n<p>The ferry is late. <em>Again</em>!</p>\n<div><img src="a.png"></div>\n' >"$WORK/page.html"
run split "$WORK/page.html"
expect_exit 0
expect_stdout "$(printf 'Harbour news\nThe ferry is late.\nAgain!')"

run split --format jsonl "$WORK/page.html"
expect_exit 0
# the offsets of "Again</em>!" still span the input bytes, tags inside included
expect_stdout_contains '{"text":"Again!","start":58,"end":69,"paragraph":'
expect_stdout_contains '{"text":"Harbour news","start":14,"end":26,"paragraph":0,"schema":"precis/sentence/1"}'

run split --format json "$WORK/page.html"
expect_exit 0
expect_stdout_contains '{"sentences":[{"text":"Harbour news",'
expect_stdout_lacks '<em>'

# a page number alone, a rule line and a dot leader are not printed; prose with '<' is kept
printf '12\n\n__________\nContents ........ 3\nThe rate fell as x < y held. Then it rose.\n' >"$WORK/pdf.txt"
run split "$WORK/pdf.txt"
expect_exit 0
expect_stdout "$(printf 'Contents\nThe rate fell as x < y held.\nThen it rose.')"

# literal "\n" escapes left by an export break lines
printf 'Doors open at noon. \\r\\n Bring a coat.' >"$WORK/esc.txt"
run split --format jsonl "$WORK/esc.txt"
expect_exit 0
expect_stdout_contains '{"text":"Doors open at noon.","start":0,"end":19,'
expect_stdout_contains '{"text":"Bring a coat.","start":25,"end":38,'

done_testing
