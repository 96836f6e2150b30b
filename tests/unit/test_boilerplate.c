/* Unit tests for the text that is not story (select/boilerplate.c): captions, credits, share
 * widgets and reader comments, each with its reason, and the sentences that only look like
 * them (reported speech, "was pictured", a columnist's own voice), on texts written for these
 * tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "precis/precis.h"

static precis_model *model;

static void setup(void) { cr_assert_eq(precis_model_default(&model, NULL), PRECIS_OK); }
static void teardown(void) { precis_model_free(model); }

TestSuite(nonstory, .init = setup, .fini = teardown);

static precis_doc *summarise(const char *text) {
    precis_error err;
    precis_doc *d;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), NULL, &d, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(precis_doc_summarize(d, &err), PRECIS_OK, "%s", err.message);
    return d;
}

/* The reason sentence i is left out, or "story". */
static const char *why(const precis_doc *d, size_t i) {
    const char *w = NULL;
    precis_error err = {0};
    cr_assert_eq(precis_doc_sentence_left_out(d, i, &w, &err), PRECIS_OK, "%s", err.message);
    return w ? w : "story";
}

/* The reasons of sentences 0..n-1 of d are want[0..n) ("story" for story; NULL: not checked),
 * and d has n sentences. */
static void expect_reasons(const precis_doc *d, const char *const *want, size_t n) {
    cr_assert_eq(precis_doc_sentence_count(d), n);
    for (size_t i = 0; i < n; i++)
        if (want[i])
            cr_assert_str_eq(why(d, i), want[i], "sentence %zu", i);
}

/* The index of the i-th chosen sentence (an index out of range fails the test). */
static size_t chosen_at(const precis_doc *d, size_t i) {
    size_t index = 0;
    precis_error err = {0};
    cr_assert_eq(precis_doc_summary_sentence(d, i, &index, &err), PRECIS_OK, "%s", err.message);
    return index;
}

static bool chosen(const precis_doc *d, size_t index) {
    for (size_t i = 0; i < precis_doc_summary_count(d); i++)
        if (chosen_at(d, i) == index)
            return true;
    return false;
}

Test(nonstory, a_german_notice_speaks_to_the_reader) {
    /* de/boilerplate.txt: "Ihre Einwilligung" inside a sentence counts in full only because
     * "Ihre" (a reader word, as written) addresses the reader; a story about cookies that
     * speaks to no one keeps its sentences */
    const char *notice = "Die Stadt Sines hat am Montag den neuen Hafen eröffnet. Der Bürgermeister sprach vor vielen "
                         "Gästen über die Zukunft der Fischerei in der Region. Auf dieser Seite können Sie Ihre "
                         "Einwilligung jederzeit in den Einstellungen ganz unten auf der Seite widerrufen. Die Fähren "
                         "fahren ab Mai jeden Tag nach Lissabon und zurück. Der neue Hafen hat vierzig Millionen Euro "
                         "gekostet.\n";
    precis_doc *d = summarise(notice);
    expect_reasons(d, (const char *const[]){"story", "story", "notice", "story", "story"}, 5);
    precis_doc_free(d);
    const char *story = "Die Bäckerei in Sines verkauft seit Montag neue Cookies mit Schokolade und Mandeln aus der "
                        "Region. Der Bäcker sprach vor vielen Gästen über die Zukunft des Handwerks. Die Cookies "
                        "kosten zwei Euro das Stück und waren schon am Mittag ausverkauft.\n";
    d = summarise(story);
    expect_reasons(d, (const char *const[]){"story", "story", "story"}, 3);
    precis_doc_free(d);
}

Test(nonstory, captions_and_credits) {
    const char *text = "Rescuers freed a horse that had been stuck in a drainage ditch near Allerby for six hours.\n\n"
                       "Firefighters used a crane and a sling to lift the animal out on Sunday evening.\n\n"
                       "The horse, named Juniper, is lifted from the ditch by the crane (pictured)\n\n"
                       "Picture: Allerby Fire Service\n\n"
                       "A vet checked Juniper and found only minor cuts on her legs.\n\n"
                       "Owner Ruth Calloway (right) with Juniper and watch manager Sam Ode (left) after the rescue\n\n"
                       "Mrs Calloway said the horse had wandered off after a gate was left open.\n\n"
                       "Image: Ben Marsh/Allerby News Agency";
    precis_doc *d = summarise(text);
    cr_assert_eq(precis_doc_sentence_count(d), 8);
    cr_assert_str_eq(why(d, 0), "story");
    cr_assert_str_eq(why(d, 2), "caption");
    cr_assert_str_eq(why(d, 3), "credit");
    cr_assert_str_eq(why(d, 4), "story");
    cr_assert_str_eq(why(d, 5), "caption");
    cr_assert_str_eq(why(d, 6), "story");
    cr_assert_str_eq(why(d, 7), "credit");
    cr_assert(!precis_doc_no_story(d));
    precis_doc_free(d);
}

Test(nonstory, embedded_posts_links_and_addresses_that_end_a_sentence) {
    /* a page's embedded post, a "read more" link and a write-to-us line: their ends say what
     * they are, whatever their length */
    const char *text = "The harbour ferry made its last crossing on Sunday after forty years of service.\n\n"
                       "Passengers lined the quay to wave it off. What a send-off for the old boat, forty years of "
                       "crossings and not one missed in a storm, we will miss her pic.twitter.com/Qx81Lm -- Jo Marsh "
                       "(@jomarsh) March 4, 2024 The new ferry starts on Monday.\n\n"
                       "Read the council's report: https://example.org/ferry-report\n\n"
                       "Send your photos of the crossing to harbour.news@example.org.\n\n"
                       "On its website, www.example.org, the council lists the new timetable.\n\n"
                       "The skipper said: 'Write to me at skipper@example.org and I will answer every letter.'\n";
    precis_doc *d = summarise(text);
    /* (6, 7: a link or an address inside a sentence, or in a speaker's words, is news) */
    expect_reasons(d, (const char *const[]){NULL, "story", "widget", "story", "widget", "plea", "story", "story"}, 8);
    precis_doc_free(d);
}

Test(nonstory, page_controls_run_into_the_story) {
    /* the splitter cuts a page's controls from the story (segment.c's PAGE_CONTROLS) and
     * their words are cues: the story's sentences stay */
    const char *text = "Could not subscribe, try again later Invalid Email At least four boats were damaged in the "
                       "storm on Sunday night.\n\n"
                       "Two boats side by side on the slipway Click to share on WhatsApp (Opens in new window) Click "
                       "to share on Facebook (Opens in new window) The harbour master said repairs would take a "
                       "month.\n\n"
                       "Image copyright Corby News Image caption Volunteers spent the night clearing the slipway "
                       "Dozens of boats were lifted out of the water.\n";
    precis_doc *d = summarise(text);
    expect_reasons(d,
                   (const char *const[]){"notice", "notice", "story", NULL, "widget", "widget", "story", "credit",
                                         "caption", "story"},
                   10);
    precis_doc_free(d);
}

Test(nonstory, a_credit_in_brackets_glued_before_the_story) {
    /* "(Photo: AP) At least seven people were killed ...": the splitter cuts the credit off,
     * and a bracket that is all of its sentence is read as its label says */
    const char *text = "The tram left the rails near the stop on Wednesday morning. (Photo: Corby News) (Photo: Jo "
                       "Marsh/PA) At least seven people were hurt when it turned over.\n\n"
                       "New bars on a shop shelf in Corby. (Jo Marsh/Reuters) There are few sweets as well known as "
                       "the old bars.\n\n"
                       "(Photo: the harbour in 1950) shows how small the town was, the museum says.\n";
    precis_doc *d = summarise(text);
    /* (7: a labelled bracket that opens a longer sentence is not its credit) */
    expect_reasons(d, (const char *const[]){"story", "credit", "credit", "story", NULL, "credit", "story", "story"}, 8);
    precis_doc_free(d);
}

Test(nonstory, a_caption_about_a_picture_with_its_credit) {
    /* a caption line that ends in a full stop: a picture described, then its credit */
    const char *text = "Police in Dunmore charged three men with the theft of farm machinery on Monday. "
                       "Officers said the tractors had been taken from four farms over the winter. "
                       "Mug shots of the three men provided by Dunmore Police Department. "
                       "The men will appear before magistrates next week. "
                       "The picture of a village divided over the thefts contrasts with the calm of last year.";
    precis_doc *d = summarise(text);
    cr_assert_eq(precis_doc_sentence_count(d), 5);
    cr_assert_str_eq(why(d, 2), "caption");
    cr_assert_str_eq(why(d, 4), "story"); /* a figure of speech, no credit */
    for (size_t i = 0; i < 2; i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    precis_doc_free(d);
}

Test(nonstory, a_caption_mark_with_a_credit_line_after_it) {
    /* one bracket alone is no caption; with the picture's credit right after it, it is */
    const char *text = "Harbour FC captain Ola Berg has quit the club after ten years, the club said on Saturday.\n\n"
                       "Ola Berg (left) celebrates with fans after the cup final in 2019. Photo: Harbour Times\n\n"
                       "Berg scored 120 goals for the club. He said he wanted to spend more time with his family.\n";
    precis_doc *d = summarise(text);
    expect_reasons(d, (const char *const[]){"story", "caption", "credit", "story", "story"}, 5);
    precis_doc_free(d);
}

Test(nonstory, words_of_captions_in_story_sentences) {
    /* "pictured" after a form of "be", one bracket, a credit word: each alone is no caption */
    const char *text = "The minister was pictured leaving the building by a photographer from a local paper. "
                       "Her office said the meeting with the union (left unfinished on Friday) would resume. "
                       "Union leaders said they had been offered a picture of the budget only at the last minute. "
                       "The talks are due to resume on Monday morning at the ministry.";
    precis_doc *d = summarise(text);
    for (size_t i = 0; i < precis_doc_sentence_count(d); i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    precis_doc_free(d);
}

Test(nonstory, a_share_bar_opening_the_text) {
    const char *text = "Share this with\nEmail\nFacebook\nMessenger\nTwitter\nCopy this link\n\n"
                       "A rare orchid has flowered in a Dorset wood for the first time in forty years.\n"
                       "Volunteers found the single flower while clearing brambles from a path.\n"
                       "The wildlife trust said it would fence the spot to keep deer away.";
    precis_doc *d = summarise(text);
    size_t n = precis_doc_sentence_count(d);
    cr_assert_geq(n, 4);
    for (size_t i = 0; i + 3 < n; i++)
        cr_assert_str_eq(why(d, i), "widget", "sentence %zu", i);
    for (size_t i = n - 3; i < n; i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    precis_doc_free(d);
}

Test(nonstory, a_comment_tail) {
    const char *text = "The council has approved plans for a new cycle bridge over the River Wend.\n"
                       "The bridge will link the station with the business park on the far bank.\n"
                       "Building work is due to start in March and take about a year.\n"
                       "The project will cost £6m, most of it from a government transport fund.\n\n"
                       "Posted by Gaz at 10:32\n"
                       "About time too, I have been waiting for this for ten years!\n"
                       "Who is paying for all this?\n"
                       "Total waste of money if you ask me.\n"
                       "Lol, you lot will moan about anything.";
    precis_doc *d = summarise(text);
    size_t n = precis_doc_sentence_count(d);
    cr_assert_eq(n, 9);
    for (size_t i = 0; i < 4; i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    for (size_t i = 4; i < n; i++) {
        cr_assert_str_eq(why(d, i), "comment", "sentence %zu", i);
        cr_assert(!chosen(d, i));
    }
    precis_doc_free(d);
}

Test(nonstory, a_comments_heading_opens_the_readers_section) {
    /* the readers' lines read like news ("This pier has been falling apart for years."), but the
     * heading says whose they are */
    const char *text = "The harbour master of Corby resigned on Tuesday, two days after part of the old ferry pier "
                       "collapsed into the sea.\n\n"
                       "Nobody was hurt when the wooden section gave way.\n\n"
                       "The council will appoint an interim harbour master next week.\n\n"
                       "Comments (12)\n"
                       "Sam P: About time someone took the blame.\n"
                       "Lucy88: This pier has been falling apart for years.";
    precis_doc *d = summarise(text);
    size_t n = precis_doc_sentence_count(d);
    cr_assert_eq(n, 6);
    for (size_t i = 0; i < 3; i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    for (size_t i = 3; i < n; i++) {
        cr_assert_str_eq(why(d, i), "comment", "sentence %zu", i);
        cr_assert(!chosen(d, i));
    }
    /* ... and "comments" in a story's sentence is no heading */
    d = (precis_doc_free(d), summarise("The council asked for comments on the plan.\n\nThe plan will be published in May.\n\n"
                                       "Councillors meet in June to vote on it.\n\nThe harbour board backs the plan."));
    for (size_t i = 0; i < precis_doc_sentence_count(d); i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    precis_doc_free(d);
}

Test(nonstory, closing_quotations_are_not_comments) {
    /* a story that ends on a speaker's own words, in the first person and with a question */
    const char *text = "A teacher from Corby has run 100 marathons in 100 days to raise money for a children's "
                       "hospice.\n"
                       "Amy Hale, 34, finished the last one on Sunday in front of her pupils.\n"
                       "She said: 'I never thought I would get this far. My legs are done.\n"
                       "'Would I do it again? Probably not. But the children kept me going!\n"
                       "'I want to thank everyone who gave money, you have been amazing.'";
    precis_doc *d = summarise(text);
    for (size_t i = 0; i < precis_doc_sentence_count(d); i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    precis_doc_free(d);
}

Test(nonstory, a_page_of_comments_has_no_story) {
    const char *text = "Jo, Leeds, 2 days ago\n"
                       "Can't believe they sold him, worst decision ever!\n"
                       "Mick, Sheffield, 2 days ago\n"
                       "You're all wrong, he was never good enough.\n"
                       "Seriously, what is the manager thinking?\n"
                       "Kat, York, 1 day ago\n"
                       "I stopped caring about this club years ago, honestly.";
    precis_doc *d = summarise(text);
    size_t n = precis_doc_sentence_count(d);
    cr_assert_geq(n, 5);
    for (size_t i = 0; i < n; i++)
        cr_assert_str_eq(why(d, i), "comment", "sentence %zu", i);
    cr_assert(precis_doc_no_story(d));
    cr_assert_eq(precis_doc_summary_count(d), 0);
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_BRIEF, PRECIS_FORMAT_TEXT, &out, &len, NULL), PRECIS_OK);
    cr_assert_str_eq(out, "\n", "brief of comments: %s", out);
    precis_free(out);
    precis_doc_free(d);
}

Test(nonstory, a_column_in_the_first_person_is_story) {
    /* a columnist's own voice runs through the piece: no change of register, no tail */
    const char *text = "I have lived on this street for twenty years and I have never seen it so busy.\n"
                       "Since the bypass closed in May, lorries have used our road as a short cut.\n"
                       "You can feel the windows shake when they pass at night.\n"
                       "The council says the bypass will reopen in the autumn.\n"
                       "I hope they are right, but do you believe them?\n"
                       "Would you let your children cross this road on their own?\n"
                       "I would not, and nor would my neighbours!";
    precis_doc *d = summarise(text);
    cr_assert(!precis_doc_no_story(d));
    cr_assert_gt(precis_doc_summary_count(d), 0);
    for (size_t i = 0; i < precis_doc_sentence_count(d); i++)
        cr_assert_str_neq(why(d, i), "comment", "sentence %zu", i);
    precis_doc_free(d);
}

Test(nonstory, a_short_plea_is_still_summarised) {
    /* two sentences say too little to call a text story-less */
    precis_doc *d = summarise("Sign up for our newsletter today! Click here to become a member.");
    cr_assert(!precis_doc_no_story(d));
    cr_assert_gt(precis_doc_summary_count(d), 0);
    precis_doc_free(d);
}

Test(nonstory, plea_words_in_news_are_story) {
    /* the words of a plea, told as news: not the site calling its reader */
    const char *text = "A water company says more households signed up to its meter scheme this winter than ever.\n"
                       "Buying a meter costs nothing, and the firm says bills fell for two in three homes.\n"
                       "A retired engineer who won the regional quiz will donate his prize money to a lifeboat crew.\n"
                       "The quiz's organisers said their copyright on the questions had been copied by a rival.\n"
                       "A bakery in the town sells cookies shaped like the lifeboat to raise more money.\n"
                       "To donate to the lifeboat appeal, visit the station's own page.\n"
                       "Sign up for our daily newsletter.";
    precis_doc *d = summarise(text);
    cr_assert_eq(precis_doc_sentence_count(d), 7);
    for (size_t i = 0; i < 5; i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    cr_assert_str_eq(why(d, 5), "plea");
    cr_assert_str_eq(why(d, 6), "plea");
    precis_doc_free(d);
}

Test(nonstory, share_bars_on_one_line_and_video_prompts) {
    /* a share bar written as one long line, then one glued to the lead, then a video prompt
     * run into a caption label: each is left out, the story is not */
    const char *shapes[] = {
        "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn Copy this link These "
        "are external links and will open in a new window\n",
        "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn Copy this link ",
        "Scroll down for video "};
    for (size_t s = 0; s < sizeof shapes / sizeof *shapes; s++) {
        char text[1024];
        snprintf(text, sizeof text, "%sA council in Kent has voted to turn an empty bus depot into a market for growers.\n"
                                    "Stallholders will pay a low rent for the first two years, the council said.\n"
                                    "The market is expected to open next spring with about forty stalls.",
                 shapes[s]);
        precis_doc *d = summarise(text);
        cr_assert_eq(precis_doc_sentence_count(d), 4, "shape %zu", s);
        cr_assert_str_eq(why(d, 0), "widget", "shape %zu", s);
        for (size_t i = 1; i < 4; i++)
            cr_assert_str_eq(why(d, i), "story", "shape %zu, sentence %zu", s, i);
        precis_doc_free(d);
    }
}

Test(nonstory, a_caption_ending_on_who_is_pictured) {
    /* the splitter parts the caption from the sentence glued after it; the caption ends on a
     * "(pictured ...)" bracket with no full stop, the story sentence does not */
    const char *text = "A ferry ran aground off the island of Coll on Tuesday morning.\n"
                       "A deckhand waves from the stranded ferry near Coll (pictured from the shore) "
                       "The coastguard said none of the 40 passengers was hurt.\n"
                       "Engineer Rona Bell (pictured) was first to reach the bridge.\n"
                       "The ferry was refloated on the evening tide.";
    precis_doc *d = summarise(text);
    cr_assert_eq(precis_doc_sentence_count(d), 5);
    cr_assert_str_eq(why(d, 0), "story");
    cr_assert_str_eq(why(d, 1), "caption");
    cr_assert_str_eq(why(d, 2), "story");
    cr_assert_str_eq(why(d, 3), "story");
    cr_assert_str_eq(why(d, 4), "story");
    precis_doc_free(d);
}

Test(nonstory, a_first_line_ending_on_who_is_pictured_is_a_caption) {
    /* the first line is usually a title without a full stop; a caption glued before the
     * lead, ending on who is pictured, is not one */
    const char *text = "A beekeeper says thieves took six hives from her field near Alston (pictured by her neighbour) "
                       "The police in Cumbria are looking for a white van seen near the field at night.\n"
                       "The hives held about 300,000 bees and a season's honey.\n"
                       "Officers asked anyone offered hives for sale to get in touch.";
    precis_doc *d = summarise(text);
    cr_assert_eq(precis_doc_sentence_count(d), 4);
    cr_assert_str_eq(why(d, 0), "caption");
    for (size_t i = 1; i < 4; i++)
        cr_assert_str_eq(why(d, i), "story", "sentence %zu", i);
    cr_assert(!chosen(d, 0));
    precis_doc_free(d);
}

/* A fact box under the story: labelled fields in capitals are "panel", with their one-word
 * fields and the text between two labels; an outlet after "told" in capitals, a transcript's
 * speakers (named elsewhere) and a kicker in the lede stay story. */
Test(nonstory, a_fact_box_of_labelled_fields_is_a_panel) {
    const char *text =
        "BREAKING NEWS: Harbour FC named Ana Reyes as their new manager on Tuesday. The board had wanted someone "
        "who knew the club. Reyes told HARBOUR RADIO: \"I am proud to come home.\" Her first match is on Saturday. "
        "Ana Reyes (Age 41) CURRENT JOB: Assistant coach at Port Vale. AGE: 41. REASON IT MIGHT WORK: She knows the "
        "squad. Most of them played under her. Tom Hale (Age 50) CURRENT JOB: Pundit. The club will confirm her "
        "staff next week.\n";
    precis_doc *d = summarise(text);
    expect_reasons(d,
                   (const char *const[]){"story", "story", "story", "story", "panel", "panel", "panel", "panel",
                                         "panel", "story"},
                   10);
    precis_doc_free(d);
    /* a page of fields alone is no box beside a story: its names are its facts */
    d = summarise("FERRY SALE - Sines Harbour Board\nAMOUNT DUE: 1,200,000 euros\nSALE DATE: 5 May\n"
                  "PAYING AGENT: Harbour Savings Bank, Sines\nLEGAL ADVISER: Marsh and Hale, Lisbon\n"
                  "LAST SALE: None\n");
    for (size_t i = 0; i < precis_doc_sentence_count(d); i++)
        cr_expect_str_eq(why(d, i), "story", "sentence %zu", i);
    precis_doc_free(d);
    const char *transcript =
        "The mayor spoke to the radio host Jo Marsh on Sunday about the flood defences. Partial transcript as "
        "follows. JO MARSH: Will the wall be ready by winter? MAYOR ANN PEETERS: It will, and it will be higher "
        "than the old one. MARSH: What will it cost? PEETERS: Twelve million euros.\n";
    d = summarise(transcript);
    expect_reasons(d, (const char *const[]){"story", "story", "story", "story", "story", "story"}, 6);
    precis_doc_free(d);
}

/* A consent dialog below the story: its quiet sentence between two notices ("Stores the
 * choices ...", passing over the unflagged labels "Purpose" and "Duration") goes with them;
 * a story sentence between two story sentences and a notice does not. */
Test(nonstory, a_quiet_sentence_between_two_notices_is_one) {
    const char *text = "The harbour bridge reopened on Monday after a month of repairs. Engineers replaced two of its "
                       "cables and the deck.\n\nThe council said the work cost four million euros. Ferries will keep "
                       "their summer timetable until June.\n\nWe use cookies to improve your experience on our "
                       "website.\n\nPurpose\n\nStores the choices a visitor made in the consent box.\n\nDuration\n\n"
                       "1 year\n\nYou can withdraw your consent at any time in the settings.\n";
    precis_doc *d = summarise(text);
    expect_reasons(d,
                   (const char *const[]){"story", "story", "story", "story", "notice", NULL, "notice", NULL, NULL,
                                         "notice"},
                   10);
    precis_doc_free(d);
    /* a story sentence between two one-word labels is story ("ADVERTISEMENT" between
     * paragraphs) */
    d = summarise("The harbour council voted on Tuesday to rebuild the north quay. The work will cost four million "
                  "euros.\n\nADVERTISEMENT\n\nAna Reyes said the ferry would run as normal during the repairs.\n\n"
                  "ADVERTISEMENT\n\nFishing boats will use the south quay until the work ends.\n");
    expect_reasons(d, (const char *const[]){"story", "story", NULL, "story", NULL, "story"}, 6);
    precis_doc_free(d);
}

/* A byline standing as a line is a credit, and its name is nobody's in the story: "By Jo
 * Marsh, Harbour Correspondent" led the who slot; "By Tuesday the council had agreed." is
 * story. */
Test(nonstory, a_byline_line_is_a_credit) {
    precis_doc *d = summarise("By Jo Marsh, Harbour Correspondent\n\nThe harbour council voted on Tuesday to "
                              "rebuild the north quay. By Tuesday the council had agreed the cost with the ferry "
                              "company.\n");
    expect_reasons(d, (const char *const[]){"credit", "story", "story"}, 3);
    precis_doc_free(d);
}

/* Readers' comments under a short story outnumber its sentences, so their heading or the
 * site's invitation opens them wherever it stands when what follows reads as comments (a
 * user line; nothing but short sentences); a blog that goes on in its own long sentences
 * after "leave a comment below" keeps them. */
Test(nonstory, a_comment_opener_starts_the_readers_comments) {
    static const char story[] =
        "The harbour council voted on Tuesday to rebuild the north quay after storms damaged it in January. The "
        "work will cost four million euros and should finish by next summer. Ana Reyes, the council leader, said "
        "the ferry service would run as normal during the repairs.\n\n";
    char text[2048];
    snprintf(text, sizeof text, "%s%s", story,
             "Comments\n\nJo Marsh, Sines\nAbout time too. This quay has been falling apart for years.\n\n"
             "Ola Berg, 3 hours ago\nThe council never listens to anyone here.\n");
    precis_doc *d = summarise(text);
    expect_reasons(d, (const char *const[]){"story", "story", "story", "comment", "comment", "comment", "comment",
                                            "comment", "comment"},
                   9);
    precis_doc_free(d);
    snprintf(text, sizeof text, "%s%s", story,
             "Let us know in the comments below.\n\nGreat to see the council doing something for once.\n\n"
             "Absolutely shocking waste of money.\n\nThe money should go to the hospital instead.\n");
    d = summarise(text);
    expect_reasons(d, (const char *const[]){"story", "story", "story", "comment", "comment", "comment", "comment"},
                   7);
    precis_doc_free(d);
    snprintf(text, sizeof text, "%s%s", story,
             "Tell me how your visit went, or leave a comment below. Next week I will walk the south quay with the "
             "harbour master, who has promised to show me the old customs house and the storm damage that nobody "
             "has photographed yet. After that I will write about the ferries and the men and women who have "
             "crewed them through three winters of storms on the western coast.\n");
    d = summarise(text);
    expect_reasons(d, (const char *const[]){"story", "story", "story", "story", "story", "story"}, 6);
    precis_doc_free(d);
}

/* A sentence that a picture's credit follows in a paragraph of the two is the picture's
 * caption, whatever its words ("A ferry leaves the south quay. Image: Jo Marsh"), and the
 * credit may be a bracket of names or a label with a slash; such credits, like captions, do
 * not start the closing run that would take the story's last sentence, and a report's credit
 * ("Reporting by ...") makes no caption of the sentence before it. */
Test(nonstory, a_short_paragraph_over_a_picture_credit_is_a_caption) {
    const char *text = "The harbour council voted on Tuesday to rebuild the north quay. The work will cost four million "
                       "euros.\n\nA ferry leaves the south quay. Image: Jo Marsh\n\nFishing boats will use the south "
                       "quay until the work ends. The council will ask the government to pay half.\n\nBoats moored "
                       "at the south quay on Tuesday morning.\n(Jo Marsh/Harbour Times)\n\nThe ferry timetable will "
                       "not change, the council said.\nReporting by Jo Marsh; editing by Tom Hale\n";
    precis_doc *d = summarise(text);
    expect_reasons(d,
                   (const char *const[]){"story", "story", "caption", "credit", "story", "story", "caption", "credit",
                                         "story", "credit"},
                   10);
    precis_doc_free(d);
    d = summarise("The harbour council voted on Tuesday to rebuild the north quay. The work will cost four million "
                  "euros.\n\nThe mayor said the work was overdue.\nPhoto / Jo Marsh\n\nFerries will run as normal.\n");
    expect_reasons(d, (const char *const[]){"story", "story", "caption", "credit", "story"}, 5);
    precis_doc_free(d);
}

/* A place between commas after a name is a caption's mark as a bracket is ("Ana Reyes,
 * left, ..."): with no full stop it makes a caption; with one, alone, it does not, and a list
 * of directions is no mark. */
Test(nonstory, a_place_between_commas_is_a_caption_mark) {
    const char *text = "The harbour council voted on Tuesday to rebuild the north quay. The work will cost four "
                       "million euros.\n\nBoard member Ana Reyes, left, will not sit on the ferry committee again "
                       "after she criticised the plan\n\nAna Reyes, left, and Tom Hale opened the quay in 1990.\n\n"
                       "The new horns sound from the left, right, and behind the ferry.\n\nFerries will run as "
                       "normal during the work.\n";
    precis_doc *d = summarise(text);
    expect_reasons(d, (const char *const[]){"story", "story", "caption", "story", "story", "story"}, 6);
    precis_doc_free(d);
}
