# brief_html.sh — the HTML page of the brief (`precis brief --format html FILE`) renders in a
# real browser. Renders the politics golden article's page, loads it in headless Chromium
# (Debian package `chromium`) with --dump-dom and --screenshot, and checks:
#   - the page is self-contained: no scripts, external styles, fonts, images or URLs;
#   - the browser logs no console error and exits 0;
#   - the rendered DOM carries the brief (same text as `precis brief`), a highlighted
#     sentence that is in the brief, and an entity of each type (PER, LOC, ORG, MISC);
#   - the screenshot is a PNG of the requested size and not blank (size well above an empty
#     page's).
# Without chromium the script prints "skipped: chromium not installed" and exits 0; CI should
# install it (apt-get install chromium) so that this test runs.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CHROMIUM=""
for c in chromium chromium-browser; do
    command -v "$c" >/dev/null 2>&1 && CHROMIUM=$(command -v "$c") && break
done
if [ -z "$CHROMIUM" ]; then
    echo "skipped: chromium not installed (apt-get install chromium)"
    exit 0
fi

ARTICLE="$FIXTURES/golden/politics.txt"
WIDTH=1280
HEIGHT=1400
MIN_PNG_BYTES=30000 # an empty 1280x1400 page compresses to a few kB; this page is ~200 kB

run brief --format html "$ARTICLE"
expect_exit 0
cp "$WORK/out" "$WORK/page.html"
run brief "$ARTICLE"
expect_exit 0
cp "$WORK/out" "$WORK/brief.txt"

# Offline: nothing is fetched from anywhere.
for pattern in '<script' '<link' '<img' 'src=' 'url(' 'http://' 'https://' '@import' '@font-face'; do
    checks=$((checks + 1))
    ! grep -qiF -- "$pattern" "$WORK/page.html" || fail "page has '$pattern': it must work offline"
done

profile=$(mktemp -d)
chrome() {
    timeout 120 "$CHROMIUM" --no-sandbox --disable-gpu --headless --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
        --enable-logging=stderr --v=0 "$@"
}
last_cmd="chromium --dump-dom"
chrome --dump-dom "file://$WORK/page.html" >"$WORK/dom.html" 2>"$WORK/dom.err"
status=$?
expect_exit 0
last_cmd="chromium --screenshot"
chrome --window-size="$WIDTH,$HEIGHT" --screenshot="$WORK/shot.png" "file://$WORK/page.html" \
    >/dev/null 2>"$WORK/shot.err"
status=$?
expect_exit 0
rm -rf "$profile"

# No console errors or uncaught exceptions while loading the page.
checks=$((checks + 1))
! grep -qE 'CONSOLE|Uncaught' "$WORK/dom.err" "$WORK/shot.err" ||
    fail "console errors: $(grep -hE 'CONSOLE|Uncaught' "$WORK/dom.err" "$WORK/shot.err" | head -c 600)"

# The brief as the browser sees it: the paragraph's text without tags.
last_cmd="chromium --dump-dom (brief)"
checks=$((checks + 1))
dom_brief=$(tr '\n' ' ' <"$WORK/dom.html" | grep -o '<p id="brief">.*</p></section><section><h2>Facts' |
    sed -e 's/<p id="brief">//' -e 's/<\/p><\/section>.*//' -e 's/<[^>]*>//g' \
        -e 's/&quot;/"/g' -e "s/&#39;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g')
[ -n "$dom_brief" ] && [ "$dom_brief" = "$(cat "$WORK/brief.txt")" ] ||
    fail "the page's brief is '$(printf %s "$dom_brief" | head -c 300)', not the text brief"

# A highlighted sentence of the article that the brief carries.
last_cmd="chromium --dump-dom (highlight)"
checks=$((checks + 1))
found=0
while IFS= read -r mark; do
    [ ${#mark} -gt 40 ] && grep -qF -- "$mark" "$WORK/brief.txt" && found=1 && break
done < <(tr '\n' ' ' <"$WORK/dom.html" | sed -e 's/<span[^>]*>//g' -e 's/<\/span>//g' |
    grep -o '<mark>[^<]*</mark>' | sed -e 's/<\/*mark>//g' -e 's/&quot;/"/g' -e "s/&#39;/'/g" -e 's/&amp;/\&/g')
[ "$found" = 1 ] || fail "no highlighted sentence of the brief in the page"

# An entity of each type, with its text.
for type in PER LOC ORG MISC; do
    last_cmd="chromium --dump-dom ($type)"
    checks=$((checks + 1))
    grep -qE "<span class=\"$type\" title=\"$type\">[^<]+</span>" "$WORK/dom.html" ||
        fail "no $type entity marked in the page"
done

# The screenshot: a PNG of the window's size, with something drawn on it.
last_cmd="chromium --screenshot (png)"
checks=$((checks + 1))
if [ ! -s "$WORK/shot.png" ]; then
    fail "no screenshot written"
else
    magic=$(head -c 8 "$WORK/shot.png" | od -An -tx1 | tr -d ' \n')
    w=$((16#$(tail -c +17 "$WORK/shot.png" | head -c 4 | od -An -tx1 | tr -d ' \n')))
    h=$((16#$(tail -c +21 "$WORK/shot.png" | head -c 4 | od -An -tx1 | tr -d ' \n')))
    size=$(wc -c <"$WORK/shot.png")
    [ "$magic" = 89504e470d0a1a0a ] || fail "screenshot is not a PNG (magic $magic)"
    [ "$w" -eq "$WIDTH" ] && [ "$h" -eq "$HEIGHT" ] || fail "screenshot is ${w}x${h}, expected ${WIDTH}x${HEIGHT}"
    [ "$size" -ge "$MIN_PNG_BYTES" ] || fail "screenshot is only $size bytes: a blank page?"
fi
# Keep the screenshot for a human look when asked.
[ -n "${BRIEF_HTML_KEEP:-}" ] && cp "$WORK/shot.png" "$WORK/page.html" "$BRIEF_HTML_KEEP"/
done_testing
