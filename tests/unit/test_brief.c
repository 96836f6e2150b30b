/* Unit tests for the brief (brief/brief.c): what compression removes and keeps, the word
 * budget, the lead line, and short inputs (no sentence, one sentence, a title alone), which
 * get a sensible brief and never an error. Every sentence is written for these tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "model_fixture.h"
#include "precis/precis.h"

static precis_model *model;
static precis_doc *doc;
static char *out;

static void setup(void) {
    precis_error err;
    cr_assert_eq(precis_model_default(&model, &err), PRECIS_OK, "%s", err.message);
}

static void teardown(void) {
    precis_free(out);
    out = NULL;
    precis_doc_free(doc);
    doc = NULL;
    precis_model_free(model);
}

TestSuite(brief, .init = setup, .fini = teardown);

/* The brief of `text` in format `f`, with a word budget of `words` (0: the default). */
static const char *brief_of(const char *text, int words, precis_format f) {
    precis_error err;
    precis_options o;
    precis_options_init(&o);
    if (words) {
        char w[16];
        snprintf(w, sizeof w, "%d", words);
        cr_assert_eq(precis_options_set(&o, "brief-words", w, &err), PRECIS_OK, "%s", err.message);
        o.budget = PRECIS_BUDGET_WORDS; /* as the CLI does: the extract within the same budget */
        o.budget_value = words;
    }
    precis_free(out);
    out = NULL;
    precis_doc_free(doc);
    doc = NULL;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &doc, &err), PRECIS_OK, "%s", err.message);
    size_t len = 0;
    cr_assert_eq(precis_doc_render(doc, PRECIS_VIEW_BRIEF, f, &out, &len, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(strlen(out), len);
    return out;
}

static const char *brief_text(const char *text) { return brief_of(text, 0, PRECIS_FORMAT_TEXT); }

/* The first words of the brief of `text` are `line` (the fact line and the space after it). */
static void assert_line(const char *text, const char *line) {
    const char *b = brief_text(text);
    cr_assert(strncmp(b, line, strlen(line)) == 0, "expected '%s' in: %s", line, b);
}

/* The brief of `text` does not say `fragment` (a misreading the rules must not make). */
static void assert_brief_lacks(const char *text, const char *fragment) {
    const char *b = brief_text(text);
    cr_assert_null(strstr(b, fragment), "'%s' in: %s", fragment, b);
}

/* The brief of `text` has no fact line: it opens with its first sentence's first words. */
static void assert_no_line(const char *text, const char *opening) {
    const char *b = brief_text(text);
    cr_assert(strncmp(b, opening, strlen(opening)) == 0, "expected no fact line: %s", b);
}

static size_t count_words(const char *s) {
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool sp = *s == ' ' || *s == '\n';
        n += !sp && !in;
        in = !sp;
    }
    return n;
}

/* ---- compression ----------------------------------------------------------------------------- */

Test(brief, keeps_attribution_tails) {
    /* a claim made on someone's word keeps that word (#12): the tail is never trimmed */
    cr_assert_str_eq(brief_text("The old steelworks will close in March, the company said.\n"),
                     "The old steelworks will close in March, the company said.\n");
    cr_assert_str_eq(brief_text("Forty civilians were killed in the shelling, the rebels said.\n"),
                     "Forty civilians were killed in the shelling, the rebels said.\n");
    cr_assert_str_eq(brief_text("The ferry sank in calm water shortly after midnight, according to BBC.\n"),
                     "The ferry sank in calm water shortly after midnight, according to BBC.\n");
    /* an aside in brackets goes, unless it attributes */
    cr_assert_str_eq(brief_text("The bridge (built in 1902) will close for repairs in May.\n"),
                     "The bridge will close for repairs in May.\n");
    cr_assert_str_eq(brief_text("Six people were hurt in the fire (according to police) on Friday night.\n"),
                     "Six people were hurt in the fire (according to police) on Friday night.\n");
}

Test(brief, keeps_long_tails_and_clauses) {
    /* a tail with content, and a comma clause that is no attribution */
    const char *s = "The recall covers two models, the company said in a filing with the transport ministry.\n";
    cr_assert_str_eq(brief_text(s), s);
    s = "The council approved the plan on Tuesday, ending a dispute that had lasted for two years.\n";
    cr_assert_str_eq(brief_text(s), s);
}

Test(brief, removes_short_parentheticals_only) {
    cr_assert_str_eq(brief_text("The hospital will cost 700 million pounds (about 800 million euros) to build.\n"),
                     "The hospital will cost 700 million pounds to build.\n");
    const char *s = "The board (which had met eleven times since the spring without reaching any decision on the "
                    "sale of the company) finally voted on Friday.\n";
    cr_assert_str_eq(brief_text(s), s);
}

Test(brief, keeps_a_quotation_with_its_speaker) {
    const char *s = "\"We are ready for the storm,\" the mayor said.\n";
    cr_assert_str_eq(brief_text(s), s);
}

Test(brief, keeps_the_speaker_after_a_closing_mark) {
    /* British style: the comma outside the quotation; the tail is the speaker, not a source */
    const char *s = "\xE2\x80\x9CWe will not give up on this town\xE2\x80\x9D, she said.\n";
    cr_assert_str_eq(brief_text(s), s);
    s = "'We will not give up on this town', she said.\n";
    cr_assert_str_eq(brief_text(s), s);
}

Test(brief, drops_the_dateline) {
    cr_assert_str_eq(brief_text("LISBON (Reuters) - Portugal's parliament approved the budget on Thursday.\n"),
                     "Portugal's parliament approved the budget on Thursday.\n");
}

Test(brief, drops_an_agency_tag) {
    cr_assert_str_eq(brief_text("(CNN)The museum reopened on Monday after two years of repairs.\n"),
                     "The museum reopened on Monday after two years of repairs.\n");
}

/* ---- choice of sentences --------------------------------------------------------------------- */

static const char ARTICLE[] =
    "Harbour workers end strike\n\n"
    "Dock workers in the port of Tolvern ended a nine-day strike on Wednesday after accepting a pay rise of "
    "about 6%, the union said.\n\n"
    "The strike had left more than 40 ships waiting at anchor and cost local firms an estimated 30 million "
    "euros, according to the chamber of commerce.\n\n"
    "\"Nobody wins a strike like this,\" said the port's director. \"But we can now get back to work.\"\n\n"
    "The agreement runs for three years and includes a bonus for night shifts.\n\n"
    "Union members voted by 812 to 95 in favour of the deal on Tuesday evening.\n\n"
    "Shipping companies said it would take at least a week to clear the backlog.\n\n"
    "'Nobody here has seen a queue of ships like that in thirty years.'\n\n"
    "Sign up for our newsletter to get the latest news from the port every morning.\n";

Test(brief, opens_with_the_lede_and_leaves_out_headline_and_plea) {
    const char *b = brief_text(ARTICLE);
    /* the fact line, with the word the claim is made on (#12), then the lede */
    const char *opening = "Dock workers: ended a nine-day strike, Wednesday, the union said. Dock workers in the "
                          "port of Tolvern ended a nine-day strike";
    cr_assert(strncmp(b, opening, strlen(opening)) == 0, "%s", b);
    cr_assert_null(strstr(b, "Harbour workers end strike"), "%s", b);
    cr_assert_null(strstr(b, "newsletter"), "%s", b);
    cr_assert_not_null(strstr(b, "the union said"), "%s", b); /* the claim keeps its source */
}

Test(brief, leaves_out_a_quotation_cut_off_from_its_speaker) {
    for (int w = 20; w <= 120; w += 10) {
        const char *b = brief_of(ARTICLE, w, PRECIS_FORMAT_TEXT);
        const char *q = strstr(b, "\"But we can now get back to work.\"");
        if (q)
            cr_assert_not_null(strstr(b, "Nobody wins a strike"), "w=%d: %s", w, b);
        cr_assert_null(strstr(b, "queue of ships"), "w=%d: %s", w, b);
    }
}

Test(brief, respects_the_budget) {
    /* the budget holds whenever one whole sentence fits in it */
    for (int w = 30; w <= 120; w += 15) {
        const char *b = brief_of(ARTICLE, w, PRECIS_FORMAT_TEXT);
        cr_assert_leq(count_words(b), (size_t)w, "w=%d: %zu words: %s", w, count_words(b), b);
        cr_assert_gt(count_words(b), 0);
    }
}

Test(brief, tiny_budget_gives_one_sentence) {
    /* 10 words (the smallest budget) is less than any sentence here: one sentence rather than nothing or a cut one */
    const char *b = brief_of(ARTICLE, 10, PRECIS_FORMAT_TEXT);
    cr_assert_gt(count_words(b), 0);
    size_t ends = 0;
    for (const char *p = b; *p; p++)
        ends += *p == '.' && (p[1] == ' ' || p[1] == '\n');
    cr_assert_eq(ends, 1, "%s", b);
}

/* ---- lead line ----------------------------------------------------------------------------- */

Test(brief, lead_line_from_the_lede) {
    const char *b = brief_text("German Chancellor Angela Merkel and French President Emmanuel Macron held talks in "
                               "Paris on Monday about the budget.\n\nThe two leaders agreed to meet again in "
                               "June.\n");
    const char *line = "Angela Merkel (German Chancellor) and Emmanuel Macron (French President): held talks, "
                       "Paris, Monday. ";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, lead_line_without_a_place_keeps_who_what_and_when) {
    const char *b = brief_text("Prime Minister Angela Merkel launched a furious attack on her critics on Monday.\n\n"
                               "She said they had no plan of their own.\n");
    const char *line = "Angela Merkel (Prime Minister): launched a furious attack on her critics, Monday. ";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, no_lead_line_for_a_lone_verb) {
    /* "Angela Merkel: warned." says too little: the line carries the clause the verb reports
     * (whole: it runs to the sentence's end), or there is none */
    const char *text = "Prime Minister Angela Merkel warned on Monday that the talks could fail.\n\n"
                       "She said the two sides were far apart.\n";
    assert_line(text, "Angela Merkel (Prime Minister): warned on Monday that the talks could fail.");
    assert_brief_lacks(text, "warned.");
}

Test(brief, lead_line_names_the_event_noun_of_the_lede) {
    /* the event noun with its modifiers says what happened better than the verb beside it */
    const char *b = brief_text("German Chancellor Angela Merkel and French President Emmanuel Macron agreed to "
                               "cut farm subsidies during their first ever summit in Paris.\n\nThe two leaders "
                               "will meet again in June.\n");
    cr_assert_not_null(strstr(b, "(French President): first ever summit, Paris."), "%s", b);
}

/* The lede read as a clause: an unnamed subject leads when it is a short description; the
 * verb takes its complement; a modal and a negation stay with the verb. */
Test(brief, lead_line_from_an_unnamed_subject) {
    const char *b = brief_text("Three harbour pilots have refused to guide tankers into the port of Sines, "
                               "leaving ships waiting offshore.\n\nThe pilots want a new contract. The port "
                               "authority said talks would resume soon.\n");
    const char *line = "Three harbour pilots: refused to guide tankers";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, lead_line_keeps_a_negation) {
    const char *b = brief_text("Most council cleaners will not get a pay rise this year after the budget vote, "
                               "the union said.\n\nThe cleaners had asked for five per cent. Talks ended "
                               "without a deal.\n");
    const char *line = "Most council cleaners: will not get a pay rise";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, lead_line_takes_the_complement_of_a_lone_verb) {
    const char *b = brief_text("Prime Minister Angela Merkel was sued by a group of farmers on Monday.\n\n"
                               "The farmers say the new rules ruin them. Her office declined to comment.\n");
    const char *line = "Angela Merkel (Prime Minister): sued by a group";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, lead_line_for_an_event_that_needs_no_object) {
    /* "arrested" is the whole event; "warned" (no_lead_line_for_a_lone_verb) is not */
    assert_line("Two harbour pilots were arrested on Monday after a tanker ran aground near Sines.\n\n"
                "The tanker was carrying crude oil. Police said the inquiry would take weeks.\n",
                "Two harbour pilots: arrested");
}

Test(brief, lead_line_takes_the_name_of_an_apposition) {
    assert_line("Portugal's longest-serving harbour master, Rui Calado, has resigned after the "
                "collapse of a dock wall in Sines on Tuesday.\n\nCalado had run the port for twenty "
                "years. Mr Calado said he took full responsibility.\n",
                "Rui Calado");
}

Test(brief, no_lead_line_for_a_description_or_a_pronoun) {
    /* a copula without a verb describes; a pronoun names no one */
    assert_line("The new harbour bridge is a marvel of modern engineering and steel.\n\n"
                "Engineers spent four years on its towers. Traffic will start in May.\n",
                "The new harbour bridge is");
    assert_line("It was a night the small fishing town of Sines will not forget.\n\n"
                "Thousands of people filled the harbour. The mayor spoke until midnight.\n",
                "It was a night");
}

Test(brief, lead_line_from_a_headline) {
    /* the headline's subject and predicate; the place and the date from the lede */
    const char *b = brief_text("Sines Pilots Association calls two-day strike over night pay\n\n"
                               "The Sines Pilots Association called a two-day strike on Tuesday in a dispute over "
                               "night pay, halting ships at Portugal's largest harbour. The association said "
                               "talks with the port operator had failed.\n");
    /* "at Portugal's largest harbour" places the harbour, not the strike: no where */
    const char *line = "Sines Pilots Association: calls two-day strike, Tuesday. ";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, lead_line_for_an_unnamed_group) {
    /* nobody is named, but the lede's subject says who ("Harbour pilots", up to its
     * preposition) and its verb keeps its particle ("walked out") */
    const char *b = brief_text("Harbour pilots strike at Sines over night pay\n\n"
                               "Harbour pilots at the port of Sines walked out on Tuesday, halting ships at "
                               "Portugal's largest harbour. The strike would last two days, their association "
                               "said.\n");
    const char *line = "Harbour pilots: walked out, Sines, Tuesday. ";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, lines_without_a_full_stop_take_no_part_of_the_budget) {
    /* a list of signatories, one a line and all alike, outranks the letter's sentences; the
     * brief cannot use them, and must fill its budget with sentences instead */
    static const char *const names[] = {"Ana Costa", "Rui Lopes",   "Marta Esteves", "Tomas Reyes",
                                        "Ola Berg",  "Ines Matos",  "Pedro Alves",   "Joana Dias",
                                        "Luis Nunes", "Sara Pires", "Hugo Faria",    "Rita Sousa"};
    char text[4096] = "The harbour board has published an open letter on the future of the old ferry quay. "
                      "It asks the council to keep the quay open to small boats through the winter. "
                      "The board says the fishing fleet depends on the quay for its catch. "
                      "The council will answer the letter at its meeting in March.\n\n";
    for (int i = 0; i < 24; i++) {
        strcat(text, names[i % 12]);
        strcat(text, ", Eastmoor Harbour Board\n");
    }
    const char *b = brief_text(text);
    cr_assert_null(strstr(b, "Eastmoor Harbour Board"), "%s", b);
    cr_assert_geq(count_words(b), 40, "the brief fills its budget with sentences: %s", b);
}

Test(brief, the_line_opens_with_a_capital_letter) {
    /* the subject is written in lower case after the opening phrase; the line starts a
     * paragraph, and its span still points at "jurors" */
    const char *text = "After a trial of eleven weeks, jurors found the harbour master guilty of fraud on "
                       "Wednesday. He will be sentenced next month. His lawyer said he would appeal.\n";
    const char *b = brief_text(text);
    cr_assert(strncmp(b, "Jurors: found the harbour master guilty", 39) == 0, "%s", b);
    const char *j = brief_of(text, 0, PRECIS_FORMAT_JSON);
    cr_assert_not_null(strstr(j, "\"spans\":[[31,37],"), "the span of 'jurors': %s", j);
}

Test(brief, a_speaker_s_own_has_before_its_object_is_the_verb) {
    assert_line("Harbour board chairman Tomas Reyes says he has no plans to sell the old ferry quay this year. "
                "The quay needs repairs. The council will decide in March.\n",
                "Tomas Reyes (Harbour board chairman): has no plans to sell the old ferry quay");
}

Test(brief, a_named_speaker_s_verb_in_ed_reports_the_clause_after_it) {
    /* "claimed" after a name is the name's verb, not a participle before the reported
     * clause's past: the line must not give the reported act to the speaker */
    const char *text = "Harbour FC striker Ola Berg claimed the referee made three mistakes in the final. The club "
                       "will appeal. The league meets in March.\n";
    assert_line(text, "Ola Berg (Harbour FC striker): claimed the referee made three mistakes");
    assert_brief_lacks(text, "Ola Berg (Harbour FC striker): made");
    /* (the participle before a later past still qualifies a noun that is no name) */
    assert_line("A ferry captain accused of negligence took a plea deal on Monday. The court will sentence him in "
                "May. The ferry company has apologised.\n",
                "A ferry captain: took a plea deal, Monday.");
}

Test(brief, a_contention_about_the_speaker_keeps_its_verb) {
    /* "said he will" is the speaker's own act; "claimed he was" is the speaker's case */
    assert_line("Harbour board chairman Tomas Reyes claimed he was misled by the port authority. The quay needs "
                "repairs. The council will decide in March.\n",
                "Tomas Reyes (Harbour board chairman): claimed he was misled by the port authority");
    assert_line("Harbour board chairman Tomas Reyes insisted he did nothing wrong during the sale. The quay needs "
                "repairs. The council will decide in March.\n",
                "Tomas Reyes (Harbour board chairman): insisted he did nothing wrong");
}

Test(brief, a_name_s_will_or_may_is_no_modal) {
    /* a capitalised "Will" or "May" inside a name is the name's, not the verb group's */
    assert_line("Harbour Times columnist Ana Will criticised the new ferry timetable on Monday. Will said the early "
                "boats were too few. The council will reply in March.\n",
                "Harbour Times columnist Ana Will: criticised the new ferry timetable, Monday.");
    assert_line("Harbour Times columnist Tom May criticised the new ferry timetable on Monday. May said the early "
                "boats were too few. The council will reply in March.\n",
                "Harbour Times columnist Tom May: criticised the new ferry timetable, Monday.");
}

Test(brief, a_source_cited_before_the_claim_ends_the_line) {
    /* "According to X, ..." is the claim's source: the line carries it as a tail does */
    assert_line("According to harbour board chairman Tomas Reyes, the new ferry quay will cost twice the first "
                "estimate. The board meets on Friday. The council will decide in March.\n",
                "The new ferry quay: will cost twice the first estimate, according to harbour board chairman "
                "Tomas Reyes.");
    assert_line("According to a report by the Harbour Times, the new ferry quay will cost twice the first "
                "estimate. The board meets on Friday. The council will decide in March.\n",
                "The new ferry quay: will cost twice the first estimate, according to a report by the Harbour "
                "Times.");
    /* (a source too long for the line makes none: the lede says it whole) */
    assert_no_line("According to a report the harbour board released on Friday after a long meeting with the "
                   "ferry companies and the unions, the new ferry quay will cost twice the first estimate. The "
                   "board meets on Friday. The council will decide in March.\n",
                   "According to a report");
}

Test(brief, a_plan_in_the_past_perfect_makes_no_line) {
    /* "had been scheduled to": what happened next overtook the plan */
    assert_no_line("Harbour board chairman Tomas Reyes had been scheduled to open the new ferry quay on Friday, but "
                   "the board cancelled the ceremony. The quay needs repairs. The council will decide in March.\n",
                   "Harbour board chairman Tomas Reyes had been");
    assert_no_line("Harbour board chairman Tomas Reyes had hoped to open the new ferry quay on Friday. The quay "
                   "needs repairs. The council will decide in March.\n",
                   "Harbour board chairman Tomas Reyes had hoped");
    /* (a plan that stands keeps its line) */
    assert_line("Harbour board chairman Tomas Reyes is scheduled to open the new ferry quay on Friday. The quay "
                "needs repairs. The council will decide in March.\n",
                "Tomas Reyes (Harbour board chairman): scheduled to open the new ferry quay, Friday.");
}

Test(brief, a_plural_s_verb_of_thinking_reports_the_clause_after_it) {
    /* "fear", "hope" in the present plural are the verb, not words of the subject */
    assert_line("Ferry Union members fear the old bridge will close next week. The council met on Monday. The "
                "board will decide in March.\n",
                "Ferry Union members: fear the old bridge will close next week.");
}

Test(brief, the_day_a_speaker_told_of_a_past_act_is_not_its_day) {
    const char *text = "Harbour board chairman Tomas Reyes said on Friday he met the ferry company's owners earlier "
                       "this week. The quay needs repairs. The council will decide in March.\n";
    assert_line(text, "Tomas Reyes (Harbour board chairman): met the ferry company's owners earlier this week.");
    assert_brief_lacks(text, "this week, Friday");
    /* (an announcement of what is to come is dated by the announcement) */
    assert_line("Harbour board chairman Tomas Reyes said on Friday he will sell the ferry company. The quay needs "
                "repairs. The council will decide in March.\n",
                "Tomas Reyes (Harbour board chairman): will sell the ferry company, Friday.");
}

Test(brief, a_noun_that_needs_its_phrase_takes_it_or_makes_no_line) {
    /* "a bid [for ...]", "a deal [for ...]": the phrase says what the bid is for */
    assert_line("Harbour FC confirmed Eastmoor made a bid for striker Ola Berg. The club will decide in March. "
                "The fans are hopeful.\n",
                "Harbour FC: confirmed Eastmoor made a bid for striker Ola Berg.");
    assert_line("Harbour FC is closing in on a £2m deal for Eastmoor striker Ola Berg after a week of talks. The "
                "club will decide in March. The fans are hopeful.\n",
                "Harbour FC: closing in on a £2m deal for Eastmoor striker Ola Berg.");
    /* "took the opportunity" says nothing without what it was taken for */
    assert_no_line("Harbour FC manager Ola Berg took the opportunity during the meeting to criticise the board. The "
                   "club will decide in March. The fans are hopeful.\n",
                   "Harbour FC manager Ola Berg took");
}

Test(brief, a_subject_taken_for_its_name_goes_on_to_the_name) {
    /* "The battle for control [of Harbour FC]": the phrase was taken because it names a club */
    assert_line("The battle for control of Harbour FC has taken another turn after the club received a fresh "
                "offer. The board will meet on Monday. The fans are worried.\n",
                "The battle for control of Harbour FC: has taken another turn.");
}

Test(brief, an_object_parted_from_its_complement_by_a_relative_makes_no_line) {
    assert_no_line("The new ferry rules are putting the harbour board, which has run the quay since 1990, into a "
                   "difficult position. The board meets on Friday. The council will decide in March.\n",
                   "The new ferry rules are putting");
}

Test(brief, a_verb_of_blame_keeps_whom_it_blames) {
    assert_line("Harbour chairman Tomas Reyes blames quay delay on ferry firm Sealink in letter to council\n\n"
                "Harbour chairman Tomas Reyes has blamed the delay to the new quay on the ferry firm Sealink. The "
                "quay was due to open in May. The council will decide in March.\n",
                "Tomas Reyes (Harbour chairman): blames quay delay on ferry firm Sealink.");
}

Test(brief, a_negation_written_on_is_the_reported_clause_s_auxiliary) {
    /* "didn't", "won't" open the reported clause's verb group as "did not" would */
    assert_no_line("In the April issue of The Harbour Times, Mr. Reyes admits the 2011 quay repair against storms "
                   "\xE2\x80\x9C" "didn\xE2\x80\x99t work,\xE2\x80\x9D and the pier has become a ruin. The quay needs "
                   "repairs. The council will decide in March.\n",
                   "In the April issue");
    assert_line("Harbour board members have insisted they won't sell the old quay to the ferry firm. The quay needs "
                "repairs. The council will decide in March.\n",
                "Harbour board members: insisted they won't sell the old quay to the ferry firm.");
}

Test(brief, a_tail_source_is_kept_when_the_line_holds_another) {
    /* the line holds Reyes, who told; the paper that reported it is a source of its own */
    assert_line("Harbour board chairman Tomas Reyes told investigators in July he was advised by the port authority "
                "to close the quay, the Harbour Times reported. The quay needs repairs. The council will decide in "
                "March.\n",
                "Tomas Reyes (Harbour board chairman): told investigators in July he was advised by the port authority to close "
                "the quay, the Harbour Times reported.");
}

/* ---- the eighth round of line reading (docs/FACTS.md) -------------------------------------
 * Ledes of my own, each followed by LEDE_TAIL: the words the brief must open with (its fact
 * line, or the lede's first words when there must be none), and words it must not say. Each
 * row failed on the build before its commit. */
#define LEDE_TAIL " The quay needs repairs. The council will decide in March.\n"
typedef struct line_case {
    const char *why, *lede, *opens, *lacks;
} line_case;
static const line_case ROUND_EIGHT[] = {
    {"a reported verb's adverbs take its complement",
     "Harbour FC captain Ola Berg believes the club can qualify directly for the regional finals.",
     "Ola Berg (Harbour FC captain): believes the club can qualify directly for the regional finals.", NULL},
    {"a degree word before the adverb is one of them",
     "Harbour board chair Ana Reyes has admitted the board had relied too heavily on ferry fares.",
     "Ana Reyes (Harbour board chair): admitted the board had relied too heavily on ferry fares.", NULL},
    {"a clause quoted whole is read to its closing mark",
     "Harbour board chair Ana Reyes has promised that \"the ferry is back\" as a lifeline for the islands.",
     "Ana Reyes (Harbour board chair): promised that \"the ferry is back\".", NULL},
    {"a quotation too long for a line is not cut inside its marks: no line",
     "Harbour board chair Ana Reyes has promised that \"the ferry is back and it will sail to every island of the "
     "bay twice a day for the next ten years\" as a lifeline.",
     "Harbour board chair Ana Reyes", NULL},
    {"an auxiliary with no verb after it is the reported verb",
     "Harbour board chair Ana Reyes has insisted that she has had no contact with the ferry firm.",
     "Ana Reyes (Harbour board chair): insisted that she has had no contact with the ferry firm.", NULL},
    {"... and so is a copula before its complement",
     "Harbour board chair Ana Reyes has insisted that the sale was a mistake.",
     "Ana Reyes (Harbour board chair): insisted that the sale was a mistake.", NULL},
    {"a noun's phrase ends where the verb's next one opens",
     "Harbour board chair Ana Reyes has insisted that she has had no contact with the ferry firm over the sale.",
     "Ana Reyes (Harbour board chair): insisted that she has had no contact with the ferry firm.", NULL},
    {"... and where a time opens",
     "The Harbour Board is set to close its offer for the old quay later on Friday, with the council hopeful.",
     "Harbour Board: set to close its offer for the old quay, Friday.", NULL},
    {"what a speaker says of himself in his own words is carried as said",
     "Harbour FC coach Ola Berg said he was \"furious\" after his side lost the cup final.",
     "Ola Berg (Harbour FC coach): said he was \"furious\".", NULL},
    {"an \"and\" inside a name does not end a reported subject",
     "Harbour FC captain Ola Berg has warned the North and South Rovers will be his most fearsome opponents yet "
     "ahead of the summer league.",
     "Ola Berg (Harbour FC captain): warned the North and South Rovers will be his most fearsome opponents yet "
     "ahead of the summer league.",
     NULL},
    {"\"is likely to be lifted\" keeps its hedge", "The night ferry ban is likely to be lifted next spring.",
     "The night ferry ban: likely to be lifted next spring.", "ban: lifted"},
    {"... with a source after it",
     "The night ferry ban is likely to be lifted next spring, harbour board chair Ana Reyes has said.",
     "The night ferry ban: likely to be lifted next spring, harbour board chair Ana Reyes has said.", NULL},
    {"\"nearly won\" is no \"won\"", "Harbour FC nearly won the regional cup final on Saturday.",
     "Harbour FC: nearly won the regional cup final, Saturday.", "FC: won"},
    {"an \"almost\" the subject search left in the subject",
     "Harbour FC almost won the regional cup final on Saturday.",
     "Harbour FC: almost won the regional cup final, Saturday.", "FC almost:"},
    {"\"never stole\" is no \"stole\"",
     "Harbour FC captain Ola Berg never stole the regional cup trophy, the club said on Saturday.", NULL,
     "captain): stole"},
    {"\"Had Harbour FC won ...\" says they did not: no line",
     "Had Harbour FC won the cup final on Saturday, the council would have paid for the quay.", "Had Harbour FC won",
     NULL},
    {"a count after a comma is no second adjective (the line ended \"left the club,.\")",
     "Ola Berg has left the club, three days after the team won the cup final.", "Ola Berg: left the club.", ",."},
    {"a reporting verb in -ed is the verb though its clause has an auxiliary",
     "Harbour FC denied reports that Ola Berg had left the club on Saturday.",
     "Harbour FC: denied reports that Ola Berg had left the club, Saturday.", "denied:"},
    {"a participle's phrase is not shortened to its name",
     "A man accused of attacking Ola Berg was arrested on Saturday.",
     "A man accused of attacking Ola Berg: arrested, Saturday.", "accused of Ola Berg"},
    {"a time whose value knows nothing is no when", "Harbour Lines profits rose 5% to £20m in the year to March.",
     "Harbour Lines: profits rose 5% to £20m.", ", the year"},
    {"\"doubts\" reports the clause after it",
     "Harbour board chair Ana Reyes doubts the board will rebuild the quay by March.",
     "Ana Reyes (Harbour board chair): doubts the board will rebuild the quay", "board: will rebuild"},
    {"a gerund after a reporting verb is its object",
     "Harbour board chair Ana Reyes denied saying the board would rebuild the quay.",
     "Ana Reyes (Harbour board chair): denied saying the board would rebuild the quay.", "denied:"},
    {"a time after \"before\" is that clause's",
     "Harbour FC captain Ola Berg resigned before the club won the cup final on Saturday.",
     "Ola Berg (Harbour FC captain): resigned before the club won the cup final.", "resigned, Saturday"},
    {"... and one after \"unless\"",
     "Harbour FC captain Ola Berg will resign unless the club wins the cup final on Saturday.", NULL,
     "final, Saturday"},
    {"a phrase after \"after\" dates the event",
     "Harbour FC captain Ola Berg was arrested after a fight in Lisbon on Saturday.",
     "Ola Berg (Harbour FC captain): arrested after a fight, Lisbon, Saturday.", NULL},
    {"a role short of its \"Former\" is no role",
     "Former Harbour board chair Ana Reyes resigned from the ferry company on Saturday.", NULL,
     "Ana Reyes (Harbour board chair)"},
    {"... nor of its \"Would-be\"", "Would-be Harbour board chair Ana Reyes withdrew from the race on Saturday.",
     NULL, "Ana Reyes (Harbour board chair)"},
    {"a record \"in a row\" keeps \"in a row\"",
     "Harbour FC became the first club to win the regional cup three times in a row on Saturday.",
     "Harbour FC: became the first club to win the regional cup three times in a row, Saturday.", NULL},
    {"a second verb's time is not the first's",
     "Harbour FC striker Ola Berg was born in Lisbon and signed for the club on Saturday.", NULL,
     "Lisbon, Saturday"},
    {"\"scored twice [and was] sent off\": the subject ends at the name",
     "Harbour FC striker Ola Berg scored twice and was sent off on Saturday.", NULL, "scored twice:"},
    {"what is said after an event is not dated by it",
     "Ola Berg admitted he was too tired to play after he was substituted in the cup final on Tuesday.",
     "Ola Berg: admitted he was too tired to play.", "play, Tuesday"},
    {"a clause of time cut after its verb is left out of the line",
     "At least 37 people were killed after Typhoon Rosing tore across the central Philippines on Saturday.",
     "At least 37 people: killed, Philippines, Saturday.", "Rosing tore,"},
    {"a headline's plan keeps its \"to\"",
     "Harbour FC to sack manager Ola Berg\n\nHarbour FC have held talks about the future of manager Ola Berg "
     "after a run of defeats.",
     "Harbour FC: to sack manager Ola Berg", "FC: sack"},
    {"a headline's modal stays", "Harbour FC could sack Ola Berg\n\nHarbour FC have held talks about the future "
     "of manager Ola Berg after a run of defeats.",
     "Harbour FC: could sack Ola Berg", "FC: sack"},
    {"... through \"be\" to the modal", "Harbour FC could be forced to sack Ola Berg\n\nHarbour FC have held talks "
     "about the future of manager Ola Berg after a run of defeats.",
     "Harbour FC: could be forced to sack Ola Berg", "FC: forced"},
    {"a headline's scare quotes stay whole", "Harbour FC 'considering' sacking Ola Berg\n\nHarbour FC have held "
     "talks about the future of manager Ola Berg after a run of defeats.",
     "Harbour FC: 'considering' sacking Ola Berg", NULL},
    {"\"was going to win\" is a plan overtaken: no line", "Harbour FC was going to win the cup final on Saturday.",
     "Harbour FC was going to win", "FC: going to"},
    {"a condition after the event makes no line",
     "Harbour FC have signed Ola Berg on a free transfer, subject to a medical.", "Harbour FC have signed",
     "FC: signed"},
    {"\"it emerged on Saturday\" is the day it became known, carried as said",
     "Ola Berg will retire at the end of the season, it emerged on Saturday.",
     "Ola Berg: will retire at the end of the season, it emerged on Saturday.", "season, Saturday"},
    {"\"the Harbour Times understands\" is the claim's source",
     "Ola Berg will retire at the end of the season, the Harbour Times understands.",
     "Ola Berg: will retire at the end of the season, the Harbour Times understands.", NULL},
    {"\", if reports are to be believed\" is a condition: no line",
     "Ola Berg will retire at the end of the season, if reports are to be believed.", "Ola Berg will retire",
     "Berg: will retire"},
    {"a relative clause's place is not the event's",
     "Ola Berg signed for Harbour FC on Saturday, a move that surprised fans in Lisbon.",
     "Ola Berg: signed for Harbour FC, Saturday.", NULL},
};

/* Each case's lede with LEDE_TAIL: the brief opens with `opens` and lacks `lacks`. */
static void expect_line_cases(const line_case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const line_case *c = &cases[i];
        char text[512];
        cr_assert_lt((size_t)snprintf(text, sizeof text, "%s%s", c->lede, LEDE_TAIL), sizeof text);
        const char *b = brief_text(text);
        if (c->opens)
            cr_expect(strncmp(b, c->opens, strlen(c->opens)) == 0, "%s: expected '%s' in: %s", c->why, c->opens, b);
        if (c->lacks)
            cr_expect_null(strstr(b, c->lacks), "%s: '%s' in: %s", c->why, c->lacks, b);
    }
}

Test(brief, the_eighth_round_s_lines) { expect_line_cases(ROUND_EIGHT, sizeof ROUND_EIGHT / sizeof *ROUND_EIGHT); }

/* ---- the ninth round (docs/FACTS.md): ledes of my own with LEDE_TAIL, as the eighth's ---- */
static const line_case ROUND_NINE[] = {
    {"a reported clause that runs to the sentence's end is whole",
     "Harbour board chair Ana Reyes warned the old north quay in Sines could collapse.",
     "Ana Reyes (Harbour board chair): warned the old north quay in Sines could collapse.", NULL},
    {"... with a copula's state for its end",
     "Harbour board chair Ana Reyes claimed the ferry deal with Lisbon was dead.",
     "Ana Reyes (Harbour board chair): claimed the ferry deal with Lisbon was dead.", NULL},
    {"a denial keeps the clause it denies (the line said she denied the quay)",
     "Harbour board chair Ana Reyes denied the old north quay in Sines is unsafe.",
     "Ana Reyes (Harbour board chair): denied the old north quay in Sines is unsafe.", "denied the old north quay, Sines"},
    {"a time counting back in an after-clause dates that clause, not the event",
     "Harbour singer Ana Reyes has filed a missing persons report after her brother disappeared three days ago.",
     "Ana Reyes (Harbour singer): filed a missing persons report.", "report, three days ago"},
    {"guard: a day in an after-clause still dates a death after a storm",
     "Three fishermen were killed after a storm tore across the bay on Saturday.",
     "Three fishermen: killed, Saturday.", NULL},
    {"a nickname in quotation marks is inside the name (the line said \"Lulu' Reyes\")",
     "Harbour singer Ana 'Lulu' Reyes has filed a missing persons report after her brother vanished.",
     "Ana 'Lulu' Reyes (Harbour singer): filed a missing persons report.", "Lulu' Reyes:"},
    {"guard: a title-case headline's quoted word joins no name",
     "Harbour Board Calls Ferry Plan 'A Disgrace' Over Fares\n\nThe Sines harbour board voted on Tuesday to "
     "reject the ferry plan.",
     NULL, "Disgrace' Over"},
    {"a role takes the body noun it is of, and the name before that (the role was \"chair\")",
     "Harbour board chair Ana Reyes has resigned after a row over ferry fares in Sines.",
     "Ana Reyes (Harbour board chair): resigned", NULL},
    {"guard: a noun that ends the phrase before a title is not the title's body",
     "The state network President Ola Berg owns has been fined for a report on ferry fares.",
     NULL, "(network President)"},
    {"guard: a body noun inside a longer noun stays out (\"rugby union captain\")",
     "Harbour rugby union captain Ola Berg has resigned after a row over the club's new coach.",
     "Ola Berg (captain): resigned", NULL},
    {"guard: a reported clause is not cut before \"to\" (since the twelfth round, \"have work to do\" is read "
     "whole; it made no line)",
     "Harbour board chair Ana Reyes admitted her side have work to do before the final.",
     "Ana Reyes (Harbour board chair): admitted her side have work to do.", "have work."},
};

/* A live report's entries open on their time: the time is no part of the subject, in the
 * line or the who slot ("10:32 The harbour council: closed the north quay."). */
Test(brief, a_live_report_s_entry_time_is_not_the_subject) {
    const char *text = "Harbour storm: live updates\n\n10:32 The harbour council has closed the north quay after the "
                       "storm damaged its wall overnight.\n\n10:45 Ferries to Lisbon are cancelled for the rest of "
                       "the day, the operator said.\n\n11:02 Ana Reyes, the council leader, said the repairs would "
                       "take at least a month.\n";
    assert_line(text, "The harbour council: closed the north quay.");
    /* ("9.15am Harbour pilots walked off ...": the recogniser takes "9.15am Harbour" for a
     * person; at least no line says "9.15am Harbour: pilots walked off" any more) */
    assert_brief_lacks("9.15am Harbour pilots walked off the job at the port of Sines on Tuesday over a pay offer.\n\n"
                       "The port was closed. Talks resume on Monday.\n",
                       "Harbour: pilots");
}

Test(brief, the_ninth_round_s_lines) { expect_line_cases(ROUND_NINE, sizeof ROUND_NINE / sizeof *ROUND_NINE); }

/* ---- the tenth round (docs/FACTS.md): ledes of my own with LEDE_TAIL, as the ninth's ---- */
static const line_case ROUND_TEN[] = {
    {"a copula and a particle at the clause's end are its state (the clause was refused)",
     "Harbour Town believes that the ferry deal between Sines and Lisbon is over, according to a report seen by "
     "the Harbour Times.",
     "Harbour Town: believes that the ferry deal between Sines and Lisbon is over", NULL},
    {"... and the line keeps them (it said \"said the strike\")",
     "The harbour board chair Ana Reyes said on Monday the pilots' strike in Sines is off.",
     "Ana Reyes (chair): said on Monday the pilots' strike in Sines is off.", "strike in Sines."},
    {"an event that speaks to the reader is advice, no event (the line was \"Boat collectors: mark your "
     "calendars\")",
     "Boat collectors mark your calendars: this Saturday the very first Harbour ferry ticket will go on sale again "
     "in Sines.",
     NULL, "Boat collectors:"},
    {"a present tense after a plural, before \"to\" and a verb, is the verb (the subject ran on to the cap)",
     "Harbour pilots Tom Hale and Ana Reyes meet on Thursday to discuss the ferry fares in Sines.",
     "Harbour pilots Tom Hale and Ana Reyes: meet on Thursday to discuss the ferry fares.", NULL},
    {"... and after names a plural noun opens",
     "Top seeds Harbour United return to the scene of their worst defeat when they face Sines Town next month.",
     "Harbour United: return to the scene of their worst defeat.", NULL},
    {"... and in -s after an article's noun, before \"to\" and a verb; a conjunct cut to its verb goes",
     "The owner of the Sines ferry company plans to sell shares to the public and list itself on the market it runs.",
     "The owner of the Sines ferry company: plans to sell shares to the public.", "and list."},
    {"guard: a name and a noun with no plural make no verb",
     "Harbour Radio debate from Sines tonight on the new ferry fares and the quay.", NULL, "Harbour Radio:"},
    {"guard: a role after a plural modifier is a noun",
     "The Sines ports minister at the centre of the fares row says he will not apologise for his remarks.", NULL,
     "The Sines ports:"},
    {"a description between commas closed by the verb and its phrase (the clause was refused)",
     "The Sines Ferry Festival, the harbour's best loved yearly gathering of wooden boat builders and their many "
     "friends from the coast, opens on Thursday.",
     "The Sines Ferry Festival: opens, Thursday.", NULL},
    {"guard: the nearest comma a verb follows closes the description",
     "Tom Hale, the harbour pilot who steered the old ferry across the bay, spoke warmly of the crew last week, "
     "days before the strike began.",
     "Tom Hale: spoke warmly of the crew last week.", "Tom Hale: days before"},
    {"a name in apposition that the verb group closes, without its comma",
     "Shares in the harbour's largest ferry operator, Blue Star Lines (BSL) have risen 13% on their first day of "
     "trading.",
     "Shares in the harbour's largest ferry operator: have risen 13%", NULL},
    {"guard: an opening phrase whose pronoun looks ahead to the name is no subject",
     "Thanks to his latest ferry, Tom Hale can add a new route to his list of crossings in Sines.", NULL,
     "Thanks to his latest ferry:"},
    {"a name's first word opening the sentence stays in the role (it said \"(Blacks captain)\")",
     "All Blacks captain Tom Hale has been ruled out of the final against Sines Town on Saturday.",
     "Tom Hale (All Blacks captain): ruled out of the final", NULL},
    {"guard: a sentence opener the recogniser took into the name stays out",
     "So Labor Secretary Tom Hale has been ruled out of the final against Sines Town on Saturday.",
     "Tom Hale (Labor Secretary):", NULL},
    {"a reported clause whose verb a time ends is whole, with its time (the clause was refused)",
     "The harbour board said on Monday that the north quay would reopen in March.",
     "The harbour board: said on Monday that the north quay would reopen in March.", NULL},
    {"a time the predicate took in before a complement leaves the complement to follow it",
     "A federal appeals court ruled Friday against the harbour board's plan for closing the north quay to "
     "ferries, dealing a blow to the board.",
     "A federal appeals court: ruled Friday against the harbour board's plan.", NULL},
    {"a participle that says what the object holds goes with it (the line was \"signed a letter.\")",
     "Harbour pilot Tom Hale signed a letter saying he wanted to remain a pilot just a week before the strike.",
     "Harbour pilot Tom Hale: signed a letter saying he wanted to remain a pilot.", NULL},
    {"... with the time it puts its verb at (the line was \"refuted claims.\")",
     "Sines striker Tom Hale has refuted claims suggesting he will rejoin Harbour United in the summer by insisting "
     "he is yet to decide.",
     "Tom Hale (Sines striker): refuted claims suggesting he will rejoin Harbour United in the summer.", NULL},
    {"a line cut before what \"called\" names its object makes no line",
     "Sines defender Tom Hale has called the rivalry between Harbour United and Sines Town \"bitter and personal\".",
     NULL, "called the rivalry."},
    {"guard: a passive names right after the verb",
     "Harbour pilot Tom Hale has been called a charlatan by fellow pilots for promoting \"quick\" crossings of the "
     "bay.",
     "Harbour pilot Tom Hale: called a charlatan.", NULL},
    {"a noun that says nothing without its phrase makes no line cut before it (\"lifted the lid.\")",
     "Sines midfielder Tom Hale has lifted the lid on the scenes that followed Harbour United's win over Sines.", NULL,
     "lifted the lid."},
    {"two quoted words joined by \"and\" are one noun phrase's (the line was \"attacked \"false\".\")",
     "Harbour singer Ana Reyes has attacked \"false\" and \"desperate\" Sines gossip magazines, questioning their "
     "honesty after they reported she was leaving.",
     "Ana Reyes (Harbour singer): attacked \"false\" and \"desperate\" Sines gossip magazines.", NULL},
    {"a line cut before the \"where\" clause its noun needs makes no line (\"reached the dizzying point.\")",
     "The harbour's obsession with the ferry race has reached the dizzying point where every crossing is timed and "
     "fed to the watching town.",
     NULL, "reached the dizzying point."},
};

Test(brief, the_tenth_round_s_lines) { expect_line_cases(ROUND_TEN, sizeof ROUND_TEN / sizeof *ROUND_TEN); }

/* ---- the eleventh round (docs/FACTS.md): ledes of my own with LEDE_TAIL, as the tenth's ---- */
static const line_case ROUND_ELEVEN[] = {
    {"a nickname before a name the story uses again is the name's, and a name is one word of a subject's length "
     "(the subject ran past the cap, and \"Dodo\" was a person of its own)",
     "Film star 'Dodo' Clara Benn and her estranged husband Rob 'Big Ox' Lane have filed a missing persons report "
     "after his brother vanished three days ago. Big Ox said Dodo Clara saw him last at the farm.",
     "'Dodo' Clara Benn and Rob 'Big Ox' Lane: filed a missing persons report.", NULL},
    {"what a description is, credited to a source with \"according to\", is a finding (a description made no "
     "line)",
     "Sines is the ferry capital of the coast and Harbour Town has the most pilots, according to a new survey.",
     "Sines: the ferry capital of the coast, according to a new survey.", NULL},
    {"... and so is one reported as found out (\"it has emerged\"), with an indefinite article too",
     "Sines harbour pilot Tom Hale was once a ferry captain, it has emerged.",
     "Sines harbour pilot Tom Hale: once a ferry captain, it has emerged.", NULL},
    {"... and so is one that a source's verb of reporting credits (\", a judge has ruled\")",
     "The harbour's new crane is a serious danger to the ferries, a judge has ruled.",
     "The harbour's new crane: a serious danger to the ferries, a judge has ruled.", NULL},
    {"... whose \"and\" runs to the credit's comma (\"suggests a report\" before it)",
     "Ferry passengers are an odd mix of cautious and reckless, suggests a report into harbour habits.",
     "Ferry passengers: an odd mix of cautious and reckless, suggests a report into harbour habits.", NULL},
    {"... and \"one of\" opens such a description as an article does",
     "Night sailing is one of the fastest-growing pastimes among the young in Sines, says a report.",
     "Night sailing: one of the fastest-growing pastimes among the young in Sines, says a report.", NULL},
    {"... and the credit may stand between two commas, the sentence going on after it",
     "The harbour's new crane is a danger to every ferry, Sines pilots said on Monday, as they marched to the quay.",
     "The harbour's new crane: a danger to every ferry, Sines pilots said on Monday.", NULL},
    {"a function word in -ing after the copula is the verb of a progressive (\"doing\" is a stop word)",
     "Ferry firms are not doing enough to warn passengers about storms, according to the harbour board.",
     "Ferry firms: not doing enough to warn passengers, according to the harbour board.", NULL},
    {"a description's participle phrase closed by a comma before the verb is an aside; its hedge is not the "
     "verb's, the words to the credit's comma are the description's, and \", a 50-year-old\" names the referent",
     "The respected ferry teacher from Sines now being investigated after allegedly sending pupils a link to a "
     "video, was once a lifeguard on the Lisbon beaches, it has emerged. Tom Hale, a 50-year-old father of three, "
     "joined the school in 2010.",
     "Tom Hale (respected ferry teacher): once a lifeguard on the Lisbon beaches, it has emerged.", NULL},
    {"guard: without the source it stays a description",
     "Sines is the ferry capital of the coast and Harbour Town has the most pilots.", NULL, "Sines:"},
    {"a verb of saying after the subject's relative clause heads the clause (the lede was refused)",
     "A retired fisherman who might lose his licence over the fines claims his boat was never overloaded.",
     "A retired fisherman: claims his boat was never overloaded.", NULL},
    {"... and the name the next sentence gives after \", formerly of\" is the description's",
     "A Portuguese father who might lose his licence over the fines claims his boat was never overloaded. Tom "
     "Hale, formerly of Sines, was fined in March.",
     "Tom Hale (Portuguese father): claims his boat was never overloaded.", NULL},
    {"guard: a verb of saying in -ing is no verb of the subject's (the line was \"rebuked critics: will do "
     "nothing\")",
     "Sines mayor Ana Reyes rebuked critics who say she should close the quay, saying calling the ferry a wreck "
     "will do nothing.",
     NULL, "critics: will do nothing"},
    {"\"a far cry\" takes its \"from\" in (with the reading above, the line ended \"is a far cry.\")",
     "A harbour pilot who loves to sail at night admits her life is a far cry from her grandmother's.",
     "A harbour pilot: admits her life is a far cry from her grandmother's.", NULL},
    {"a reported clause's subject may run to sixteen tokens (at thirteen the lede was refused)",
     "Sines ferry boss Tom Hale has revealed that the contracts for the new ferry route between Sines and Lisbon in "
     "just ten days have yet to be signed.",
     "Tom Hale (boss): revealed that the contracts for the new ferry route between Sines and Lisbon in just ten days "
     "have yet to be signed.",
     NULL},
    {"a person's possessive before a role word is the role's (the line took \"(boss)\" from further down)",
     "Ana Reyes's promoter Tom Hale has revealed that the contracts for her fight in Sines have yet to be signed. "
     "Ferry boss Hale was not at the quay.",
     "Tom Hale (Ana Reyes's promoter): revealed that the contracts for her fight in Sines have yet to be signed.",
     NULL},
    {"\"One in five\" counts a group, and \"believed to\" hedges the verb after it (the lede was a scene, "
     "then refused as a verb of saying cut from its clause)",
     "One in five harbour cafes are believed to be serving illegal eel soup, a charity claims.",
     "One in five harbour cafes: believed to be serving illegal eel soup, a charity claims.", NULL},
    {"a line that ends on a participle and its object, before what the participle's infinitive says, ends "
     "before the participle (it ended \"urging people.\")",
     "Sines mayor Ana Reyes is to make a pitch for the fishermen's vote urging people who feel ignored by the "
     "council to vote for her.",
     "Ana Reyes (Sines mayor): is to make a pitch for the fishermen's vote.", "urging people."},
    {"an auxiliary after a pronoun and a past inside the relative clause is that clause's (the lede read as "
     "\"was a warship\", a description)",
     "A diver who feared a wreck she found was a warship had in fact found a 300-year-old ferry off Sines.",
     "A diver: found a 300-year-old ferry off Sines.", NULL},
    {"guard: ... but not when no other auxiliary follows: that one is the subject's",
     "A former ferry clerk who took £40,000 from the fund she managed was jailed for two years on Friday.",
     "A former ferry clerk: jailed for two years, Friday.", NULL},
};

Test(brief, the_eleventh_round_s_lines) { expect_line_cases(ROUND_ELEVEN, sizeof ROUND_ELEVEN / sizeof *ROUND_ELEVEN); }

/* ---- the twelfth round (docs/FACTS.md): ledes of my own with LEDE_TAIL, as the eleventh's ---- */
static const line_case ROUND_TWELVE[] = {
    {"\"before and after\" describes the noun after it (the line was \"shared a set of striking.\")",
     "Harbour pilot Ana Reyes has shared a set of striking before and after photographs of the old quay.",
     "Harbour pilot Ana Reyes: shared a set of striking before and after photographs of the old quay.", NULL},
    {"a verb of thinking after a determiner is a noun (the line was \"Tom Hale's rivals cling: hope that ...\")",
     "Tom Hale's rivals cling to the hope that the harbour board lacks the money to build the quay.", NULL,
     "cling:"},
    {"an attribution inside a relative clause is not the line's (the line was \"meeting with a man, according to "
     "its publisher.\")",
     "Harbour pilot Tom Hale has been meeting with a man whose book, according to its publisher, tells the story of "
     "the old quay.",
     NULL, "man, according to"},
    {"\"none other than\" names the noun after it (the reported clause had no object, and no line)",
     "Harbour singer Ana Reyes has revealed that the short hairstyle she wears on the ferry was inspired by none "
     "other than the mayor's wife.",
     "Ana Reyes (Harbour singer): revealed that the short hairstyle she wears on the ferry was inspired by none "
     "other than the mayor's wife.",
     NULL},
    {"a word after a crowd's count and its plural noun is the verb (the line was the after-clause's: \"... after "
     "the harbour board: closed the north quay, Monday.\")",
     "Thousands of ferry passengers face long delays after the harbour board closed the north quay.",
     "Thousands of ferry passengers: face long delays.", "board:"},
    {"... and so is one before a determiner (the line was \"Dozens of fishermen plan a march: raised fees.\")",
     "Dozens of fishermen plan a march on the harbour office after the board raised fees.",
     "Dozens of fishermen: plan a march on the harbour office.", "raised fees"},
    {"a conjunction in the subject that opens a clause in the past makes the verb found that clause's: no line",
     "Sines fishermen face ruin after the harbour board closed the north quay.", NULL, "board:"},
    {"guard: one whose phrase an auxiliary follows is a preposition in the subject",
     "The row after the match has led to a fine for the club.", "The row after the match: led to a fine for the club.",
     NULL},
    {"a plural noun before a preposition inside a participle's phrase is no verb: the verb in -s after the phrase "
     "is the clause's (the line was the reported clause's: \"An old rule: will not sail ...\")",
     "An old rule agreed by harbour councils in 1998 means the ferries of Sines will not sail on the holiday.",
     "An old rule: means the ferries of Sines will not sail", "rule: will not"},
    {"an opening phrase in lower case without its comma ends where the subject's name begins (no line)",
     "In a startling new video Harbour pilot Ana Reyes steers a ferry through the storm, a feat few have tried.",
     "Harbour pilot Ana Reyes: steers a ferry", NULL},
    {"guard: nor a name that qualifies a noun in the phrase (the line led with \"Harbour League\")",
     "In perhaps their biggest match of the young Harbour League season, the Sines pilots beat Harbour FC on "
     "Sunday.",
     NULL, "Harbour League:"},
    {"guard: nor a name in apposition after a phrase with no preposition",
     "This ferry blog Harbour Notes reminded me to write up the winter timetable for the Lisbon crossing.", NULL,
     "Harbour Notes:"},
    {"guard: a name that is the object of the phrase's preposition does not open the subject",
     "According to a new poll from Sines Harbour Board published on Monday, ferry fares will rise by a third.", NULL,
     "Sines Harbour Board:"},
    {"after a scene, a mass noun of plain words with no article leans on nothing before it (no line)",
     "It's well known that sea air can help you sleep. Now, a study has found it may help you think, too. Fresh sea "
     "air can improve the memory of older sailors, according to the harbour clinic.",
     "Fresh sea air: can improve the memory of older sailors, according to the harbour clinic.", NULL},
    {"guard: a plural with words before it is not taken so (a part of a crowd the story may be about)",
     "It's well known that sea air can help you sleep. Now, a study has found it may help you think, too. Older "
     "sailors can remember more after a week at sea, according to the harbour clinic.",
     NULL, "Older sailors:"},
    {"\"have\" before a noun is the reported clause's verb, and \"to do\" says what the noun is for (no line)",
     "Harbour FC captain Tom Hale admitted his side still have work to do and must treat every game as a final.",
     "Tom Hale (Harbour FC captain): admitted his side still have work to do.", NULL},
    {"guard: \"have\" before a participle is an auxiliary",
     "Harbour FC captain Tom Hale admitted the pilots have lost their nerve in the storms.",
     "Tom Hale (Harbour FC captain): admitted the pilots have lost their nerve.", NULL},
    {"a state in -ing after a passive takes the clause in the past that gives its cause (no line)",
     "Fans who came to the harbour for the regatta have been left fuming after the council cancelled the "
     "fireworks at the last minute.",
     "Fans: left fuming after the council cancelled the fireworks at the last minute.", NULL},
    {"after a clause a modal hedges, \"but\" and a name open the story's clause (no line)",
     "Sines fans might struggle to believe it but Tom Hale prepares to face his old club Harbour FC on Sunday.",
     "Tom Hale: prepares to face his old club Harbour FC, Sunday.", NULL},
    {"... and after what most people do, \"but one\" and a person the next sentence names; \"of others\" stays "
     "(no line)",
     "Most people give up sweets for Lent but one fisherman decided to use the weeks to change the lives of others. "
     "Tom Hale, 44, from Sines, set off at dawn.",
     "Tom Hale (fisherman): decided to use the weeks to change the lives of others.", NULL},
    {"... whose name may follow a word for what the person is (\"Triathlete\"), and whose head word ends in "
     "\"-woman\"",
     "Most people stay at home in a storm but one businesswoman decided to sail to Lisbon for her daughter's "
     "wedding. Triathlete Ana Reyes, 44, from Sines, set off at dawn.",
     "Ana Reyes (businesswoman): decided to sail to Lisbon.", NULL},
    {"after a scene, a definite description of a place stands for the place the sentence before named (no line)",
     "You would be forgiven for thinking these boats were racing off Lisbon. But in fact it's Cork in Ireland. "
     "The quiet port city put on a great show last weekend for its first regatta.",
     "Cork (quiet port city): put on a great show last weekend.", NULL},
    {"guard: not the container of a place the recogniser missed",
     "You would be forgiven for thinking these boats were racing off Lisbon. But in fact it's Bristol in England. "
     "The quiet port city put on a great show last weekend for its first regatta.",
     NULL, "England (quiet port city)"},
    {"... and one of a body, for the one organisation named before it",
     "Think it's hard to get a ferry seat in August? It depends on the day you sail, according to a new study by "
     "the Harbour Users Association. The charity counted every crossing on the Sines line last summer.",
     "Harbour Users Association (charity): counted every crossing on the Sines line", NULL},
    {"guard: a pair of people is no body (the line was \"Harbour Board (Greek pair): charged ...\")",
     "Tom Hale and Ana Reyes are yet to answer charges from the Sines Harbour Board. The Greek pair were charged "
     "after missing three safety drills in Lisbon.",
     NULL, "Harbour Board (Greek pair)"},
    {"a time between the subject and its verb is no word of the subject's length; one after the subject's "
     "infinitive dates the infinitive, not the line; \"held on to\" takes its particle; and the clause of the noun "
     "that \"told\" ends on is read (no line)",
     "The 40th pilot on the harbour list due to sail the night ferry next week told the Harbour Times of his relief "
     "that he held on to keep his licence.",
     "The 40th pilot: told the Harbour Times of his relief that he held on to keep his licence.", "licence, next week"},
    {"guard: a time between a subject and its verb with no infinitive dates the event",
     "Harbour board chair Ana Reyes this morning announced a new ferry to Lisbon.",
     "Ana Reyes (Harbour board chair): announced a new ferry to Lisbon, this morning.", NULL},
    {"a short answer to a question lede is part of its scene; the sentence after it is read (no line)",
     "What does harbour pilot Tom Hale have in common with a circus clown? A fear of heights, as it turns out. On "
     "Monday, the 52-year-old pilot from Sines climbed the old lighthouse for the first time.",
     "Tom Hale (52-year-old pilot): climbed the old lighthouse for the first time, Monday.", NULL},
    {"\"last\" or \"first\" between an auxiliary and a participle is in the verb group, and the line keeps it "
     "(\"was last\" read as a description, no line)",
     "Harbour pilot Tom Hale was last seen on the night ferry to Lisbon.",
     "Harbour pilot Tom Hale: last seen on the night ferry to Lisbon.", NULL},
    {"a lone verb takes the clause \"as\" opens, with its subject and verb group, to the end of its verb's "
     "phrase (a comma between two scores goes on) (no line: \"continued\" alone says nothing)",
     "Ana Reyes's run of poor form continued as the top seed was beaten 6-3, 6-1 by Sines player Tom Hale in the "
     "second round on Wednesday.",
     "Ana Reyes's run of poor form: continued as the top seed was beaten 6-3, 6-1, Wednesday.", NULL},
    {"guard: a time's \"after\" leaves a lone verb whole",
     "Shares in Harbour Ferries have fallen after the firm reported losses had deepened to £5m.",
     "Shares in Harbour Ferries: have fallen.", NULL},
    {"guard: a plain \"but\" leaves the lede's own clause",
     "Harbour FC lost the cup final but Tom Hale scored twice for the club.", "Harbour FC: lost the cup final.",
     NULL},
};

Test(brief, the_twelfth_round_s_lines) { expect_line_cases(ROUND_TWELVE, sizeof ROUND_TWELVE / sizeof *ROUND_TWELVE); }

Test(brief, a_line_that_says_all_the_lede_says_stands_beside_one_sentence) {
    /* (the lede came back beside the line when only one other sentence fitted: the brief said
     * it twice) */
    const char *text =
        "Harbour singer Ana Reyes has revealed that her new album was recorded on the night ferry to Lisbon.\n\n"
        "Speaking in the latest issue of the Sines harbour magazine, the 34-year-old, who has sung in the port's bars "
        "since she was a teenager, was quick to note how the noise of the engines and the long hours at sea had "
        "shaped the sound of every song on the record.\n\n"
        "She said the crew of the ferry had been patient with the band through eleven crossings, and that the "
        "captain had let them set up their instruments in the empty bar after midnight on each of the winter nights "
        "they sailed.\n";
    assert_line(text, "Ana Reyes (harbour singer): revealed that her new album was recorded on the night ferry to "
                      "Lisbon.");
    assert_brief_lacks(text, "Harbour singer Ana Reyes has revealed");
}

Test(brief, a_lede_too_long_for_a_second_sentence_gives_its_place_to_the_line) {
    /* (the brief was the lede alone: a line beside it would say it twice) */
    const char *text =
        "A young ferry pilot from Sines has shared a set of striking before and after photographs, which show how a "
        "training plan she began two years ago in an effort to beat her fear of the sea has not only helped her at "
        "work but has also changed the way she sails.\n\nAna Reyes, 24, described the long daily routine that took "
        "her from the harbour wall to the open water, and that let the Sines native keep her place on the night ferry "
        "crossing to Lisbon all through the stormy winter months of last year.\n\nShe wrote on her harbour blog last "
        "week that the hardest part of the whole plan was the first month of early starts, cold water and long swims "
        "along the quay before her shift on the boats began.\n";
    assert_line(text, "A young ferry pilot: shared a set of striking before and after photographs.");
    assert_brief_lacks(text, "which show how");
    /* guard: a story of one sentence keeps it, with no line */
    assert_no_line("A young ferry pilot from Sines has shared a set of striking before and after photographs of the "
                   "old quay.\n",
                   "A young ferry pilot from Sines has shared");
}

Test(brief, a_who_named_in_the_headline_is_the_lede_s_source_too) {
    const char *text = "Sines Harbour Board slashes ferry fares for winter\n\nThe Sines Harbour Board announced "
                       "Tuesday that it is cutting ferry fares by a third this winter. The quay needs repairs. The "
                       "council will decide in March.\n";
    assert_line(text, "Sines Harbour Board: slashes ferry fares");
    assert_brief_lacks(text, "Sines Harbour Board announced.");
}

Test(brief, told_before_a_question_word_s_clause_makes_no_line) {
    assert_no_line("Longtime pollster Ana Reyes told Harbour Radio host Tom Kerr on Thursday how surprised she is "
                   "that fares have been at the forefront. The quay needs repairs. The council will decide in March.\n",
                   "Longtime pollster Ana Reyes told");
}

Test(brief, a_lone_verb_and_a_time_make_no_line) {
    /* (the complement after the time is read: the line says what was ruled, not "ruled
     * Friday.") */
    const char *after = "A federal appeals court ruled Friday against the harbour board's plan to close the old quay, "
                        "dealing a blow to the mayor. The quay needs repairs. The council will decide in March.\n";
    assert_line(after, "A federal appeals court: ruled Friday against the harbour board's plan to close the old quay.");
    assert_brief_lacks(after, "ruled Friday.");
    /* (the complement before the time is the line's) */
    assert_line("A federal appeals court ruled against the harbour board's plan on Friday. The quay needs repairs. "
                "The council will decide in March.\n",
                "A federal appeals court: ruled against the harbour board's plan, Friday.");
}

Test(brief, an_infinitive_cut_before_what_it_does_makes_no_line) {
    /* "to think [more about ...]": the point comes after the cut */
    assert_no_line("Ferry passengers are being urged to think more about the environment when buying their tickets. "
                   "The quay needs repairs. The council will decide in March.\n",
                   "Ferry passengers are being urged");
    /* (a plural after "to" is a noun, and a circumstance after an infinitive leaves it whole) */
    assert_line("Harbour FC apologised to supporters and promised to refund their tickets. The club will decide in "
                "March. The fans are hopeful.\n",
                "Harbour FC: apologised to supporters.");
    assert_line("Ferry fares are set to rise in March, the harbour board said. The quay needs repairs. The council "
                "will decide in May.\n",
                "Ferry fares: set to rise, March, the harbour board said.");
}

Test(brief, a_name_s_day_is_no_when_in_tokenized_copy_either) {
    /* "The Mail on Sunday 's campaign", its possessive written apart */
    const char *text = "Three harbour unions have vowed to back the new ferry plan , backing The Mail on Sunday 's "
                       "campaign to save the quay . The board meets in May . The council will decide in March .\n";
    assert_line(text, "Three harbour unions: vowed to back the new ferry plan.");
}

Test(brief, a_short_object_takes_its_place_or_source_and_a_noun_in_ing_ends_it) {
    /* "at", "on" and "from" after a short object say where, on what or from whom */
    assert_line("Harbour FC striker Ola Berg won the golden boot at the Eastmoor Cup on Sunday. He scored nine "
                "goals. The club will keep him.\n",
                "Ola Berg (Harbour FC striker): won the golden boot at the Eastmoor Cup, Sunday.");
    /* "for" after a short object says what for */
    assert_line("Harbour board chairman Tomas Reyes blamed the storm for the closure of the quay on Monday. Repairs "
                "start next week. The ferries will sail from the north pier.\n",
                "Tomas Reyes (Harbour board chairman): blamed the storm for the closure of the quay, Monday.");
    /* a word in -ing after a possessive is a noun, not a participle that cuts the clause */
    assert_line("The harbour board must act quickly on the court's ruling, the council has said. The ruling came "
                "on Monday. The board meets in March.\n",
                "The harbour board: must act quickly on the court's ruling");
}

Test(brief, a_lede_the_brief_cannot_use_makes_no_room) {
    /* the first sentence opens with a quotation and names no speaker: the brief leaves it
     * out, and must not first have evicted the other sentences to make room for it */
    const char *b = brief_text(
        "\xE2\x80\x9CThe old ferry quay was the heart of the town for a hundred years, where the boats came "
        "in at dawn with their catch and the whole harbour turned out to meet them, and we will not let the "
        "council pull it down for a car park without a fight in every meeting room and on every street "
        "corner of this town.\xE2\x80\x9D\n\n"
        "The harbour board has asked the council to keep the quay. The council will vote on the plan in "
        "March. Fishermen say the quay is safe for small boats. Engineers say it needs repairs.\n");
    cr_assert_geq(count_words(b), 20, "%s", b);
}

Test(brief, a_participle_with_its_agent_is_no_verb_of_the_clause) {
    /* "struck by" qualifies the agreement; the news is what it means */
    assert_brief_lacks("An old agreement struck by the harbour towns in 1993 means most ferry crews will "
                       "not get a day off this Easter. Unions are angry. The towns say the rule is fair.\n",
                       ": struck by");
    /* "grew by" measures a change */
    assert_line("The harbour's trade grew by 5.5% in 2024, its best year since 1980, the port said. Exports led the "
                "rise. Imports fell.\n",
                "The harbour's trade: grew by 5.5%");
}

Test(brief, an_ed_word_before_an_irregular_past_qualifies_the_subject) {
    /* "accused of ..." qualifies the captain; "took" is the verb */
    /* (a qualifier longer than a subject may be: it is set aside as an apposition is) */
    assert_line("A former ferry captain accused of stealing diesel fuel from the harbour board's tanks over three "
                "years took a plea deal on Monday to avoid a trial. He will pay a fine. The board was glad.\n",
                "A former ferry captain: took a plea deal");
    /* "murdered" qualifies the pilot; the family broke down */
    assert_line("The family of murdered harbour pilot Tomas Reyes broke down in court as they heard his last radio "
                "call. The trial goes on. The pilot was 41.\n",
                "The family of Tomas Reyes: broke down in court");
}

Test(brief, a_time_and_a_clause_opener_make_an_introductory_clause) {
    /* "Two years after the quay was closed," sets the time; the clause comes after it */
    assert_line("Two years after the old quay was closed, the harbour board has announced a new ferry route to the "
                "islands. Crews will be hired in May. The first sailing is in June.\n",
                "The harbour board: announced a new ferry route");
    assert_brief_lacks("Two years after the old quay was closed by the council, there is fresh hope for the "
                       "fishing fleet. Boats are back. The market reopens in June.\n",
                       "Two years after the old quay:");
}

Test(brief, lead_line_country_acts_as_its_state) {
    assert_line("Greece has denied it will fail to repay a loan from the monetary fund next month. Ministers in "
                "Athens said the money was ready. Lenders were not so sure.\n",
                "Greece: denied it will fail to repay a loan. ");
}

Test(brief, lead_line_keeps_a_plan_and_an_amount) {
    /* "is to" is a plan, not a copula; "12%" belongs to the verb */
    assert_line("Marlow council is to close two of its four libraries in the spring to save money. Councillors "
                "voted for the plan on Tuesday. Readers said they would protest.\n",
                "Marlow council: is to close two of its four libraries, the spring. ");
    assert_line("Shares in Northwind Foods jumped 12% on Monday after the firm agreed to buy a dairy. Analysts "
                "welcomed the deal. The dairy's owners were pleased.\n",
                "Shares in Northwind Foods: jumped 12%, Monday. ");
}

/* (the conversion is left out, as the brief's sentences leave it out) */
Test(brief, lead_line_reads_past_a_bracketed_amount) {
    assert_line("India has signed a $40bn (\xC2\xA3" "21bn) deal to import gas from Iran. Firms led by the state oil "
                "company will build the pipeline. Work starts next year.\n",
                "India: signed a $40bn deal to import gas. ");
}

Test(brief, lead_line_from_what_the_speaker_reports) {
    /* the subject's own act in the clause a speech verb reports, and a "that" clause whole */
    assert_line("Castell Dairy said on Monday it would cut 200 jobs at its plant in Carmarthen. The firm blamed "
                "falling milk prices. Unions said they would fight the cuts.\n",
                "Castell Dairy: would cut 200 jobs at its plant, Carmarthen, Monday. ");
    assert_line("The Sines harbour master has confirmed that the pilots have ended their strike over night pay. "
                "Ships began to move again at noon. Traders were relieved.\n",
                "The Sines harbour master: confirmed that the pilots have ended their strike. ");
}

Test(brief, lead_line_after_a_scene) {
    /* the lede sets a scene with an empty subject; the next sentence states the event */
    assert_line("It was a grey morning on the quay. The Leith Dockers Union called a strike over pay on Monday. "
                "Ships were left waiting in the firth.\n",
                "Leith Dockers Union: called a strike, Monday. ");
}

Test(brief, lead_line_leaves_out_background_and_qualifying_places) {
    /* "2004" is when the band rose to fame, not when it won; "US" says whose the group is.
     * "rock band Loch Harmony" is an organisation (the article says so: entities.c), named
     * without the description a person's role would keep */
    const char *b = brief_text("Scottish rock band Loch Harmony, who rose to fame in 2004, have won two music "
                               "awards. The band thanked their fans. Their album sold well.\n");
    const char *line = "Loch Harmony: won two music awards. ";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
    b = brief_text("US supermarket group Farrow Stores has filed for bankruptcy protection after a poor "
                   "Christmas. The firm said its shops would stay open. Staff were told on Monday.\n");
    line = "Farrow Stores: filed for bankruptcy protection. ";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, no_lead_line_when_the_lede_misleads) {
    /* a conjunction in the subject: the verb found belongs to another clause */
    assert_no_line("A row over whether the club should leave its old ground has reached the High Court. Fans "
                   "packed the public gallery. The hearing continues next week.\n",
                   "A row over whether");
    /* a scene, then more scene: no sentence at the top states an event */
    assert_no_line("It is easy to forget how quiet the square used to be. There were no stalls and no buskers. "
                   "Those days are gone, and few people miss them.\n",
                   "It is easy to forget");
    /* a name that is not the lede's subject ("Reports that ... is planning") */
    assert_no_line("Reports that Alan Marsh is planning to sell the club have been called idle talk by the board. "
                   "A spokesman said there was no deal. Fans were relieved.\n",
                   "Reports that Alan Marsh");
    /* a lede that is a quotation */
    assert_no_line("\"We have never seen the river this low,\" says a ferryman on the quay. The crossing runs "
                   "only at midday. Farmers say their pumps draw mud.\n",
                   "\"We have never seen");
}

Test(brief, lead_line_from_the_lede_not_from_further_down) {
    /* "hearing" is named further down: a line built on it would mislead; the lede's own
     * subject and verb make the line */
    const char *b = brief_text("A former treasurer was jailed for six years on Friday for taking money from the "
                               "pension fund.\n\nAngela Merkel admitted the charges at an earlier hearing.\n");
    const char *line = "A former treasurer: jailed for six years, Friday. A former treasurer was jailed";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
    cr_assert_null(strstr(b, "Merkel:"), "%s", b);
}

/* ---- formats agree ------------------------------------------------------------------------- */

Test(brief, markdown_and_json_say_the_same) {
    char text[2048];
    snprintf(text, sizeof text, "%s", brief_text(ARTICLE));
    text[strcspn(text, "\n")] = '\0';
    /* the fact line is bold in Markdown: compare it, then what follows it */
    const char *rest = strstr(text, "the union said. ");
    cr_assert_not_null(rest, "%s", text);
    rest += 16;
    const char *md = brief_of(ARTICLE, 0, PRECIS_FORMAT_MARKDOWN);
    cr_assert_not_null(strstr(md, "**Dock workers: ended a nine-day strike, Wednesday, the union said.**"), "markdown: %s",
                       md);
    cr_assert_not_null(strstr(md, rest), "markdown: %s\ntext: %s", md, text);
    const char *js = brief_of(ARTICLE, 0, PRECIS_FORMAT_JSON);
    char want[2100];
    snprintf(want, sizeof want, "{\"brief\":\"%s\"", text);
    /* the article's quotation marks are escaped in JSON: compare up to the first one */
    size_t upto = strcspn(want + 10, "\"") + 10;
    cr_assert(strncmp(js, want, upto) == 0, "json: %.300s", js);
}

Test(brief, markdown_escapes_its_own_characters) {
    const char *md = brief_of("- Shares in *Acme* rose after the [deal] was_signed on Monday.\n", 0,
                              PRECIS_FORMAT_MARKDOWN);
    cr_assert_str_eq(md, "\\- Shares in \\*Acme\\* rose after the \\[deal\\] was\\_signed on Monday.\n");
}

/* ---- short inputs ---------------------------------------------------------------------------- */

Test(brief, no_sentence) {
    cr_assert_str_eq(brief_text(""), "\n");
    cr_assert_str_eq(brief_text("  \n\n \t\n"), "\n");
    const char *js = brief_of("", 0, PRECIS_FORMAT_JSON);
    cr_assert(strncmp(js, "{\"brief\":\"\",\"lead\":{\"text\":\"\",\"spans\":[]},\"sentences\":[]", 56) == 0, "%s", js);
    const char *html = brief_of("", 0, PRECIS_FORMAT_HTML);
    cr_assert_not_null(strstr(html, "</html>"));
}

Test(brief, one_sentence) {
    cr_assert_str_eq(brief_text("The bridge reopened on Monday after two years of repairs.\n"),
                     "The bridge reopened on Monday after two years of repairs.\n");
}

Test(brief, title_only) {
    cr_assert_str_eq(brief_text("Storm closes mountain roads\n"), "Storm closes mountain roads\n");
    cr_assert_str_eq(brief_text("Storm"), "Storm\n");
}

/* ---- the brief sets its own budget (#15) ------------------------------------------------------- */

Test(brief, is_the_same_whatever_the_summary_budget) {
    static const char *const opts[][2] = {{"sentences", "1"}, {"sentences", "9"}, {"ratio", "0.9"}, {"words", "20"}};
    char base[4096];
    snprintf(base, sizeof base, "%s", brief_text(ARTICLE));
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++) {
        precis_options o;
        precis_options_init(&o);
        precis_error err;
        cr_assert_eq(precis_options_set(&o, opts[i][0], opts[i][1], &err), PRECIS_OK);
        precis_doc *d = NULL;
        cr_assert_eq(precis_doc_new(model, ARTICLE, strlen(ARTICLE), &o, &d, &err), PRECIS_OK);
        char *rendered = NULL;
        size_t len = 0;
        cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_BRIEF, PRECIS_FORMAT_TEXT, &rendered, &len, &err), PRECIS_OK);
        cr_expect_str_eq(rendered, base, "--%s %s changed the brief", opts[i][0], opts[i][1]);
        precis_free(rendered);
        precis_doc_free(d);
    }
}

/* ---- lines found this round ------------------------------------------------------------------ */

Test(brief, lead_line_from_a_reported_clause_without_that) {
    /* "has said the club may ...": what was said is the event, its "that" left out */
    assert_line("Harbour board chairman Tomas Reyes has said the port will close its northern quay for a year. "
                "Repairs to the quay wall begin in March. Ferry times will not change.\n",
                "Tomas Reyes (Harbour board chairman): said the port will close its northern quay. ");
}

Test(brief, no_lead_line_for_a_reported_clause_cut_before_its_object) {
    /* "predicted the board will eventually give [up ...]": the clause has no object yet */
    assert_no_line("Harbour board chairman Tomas Reyes has predicted the board will eventually give up on the "
                   "northern quay. Repairs to the quay wall begin in March. Ferry times will not change.\n",
                   "Harbour board chairman Tomas Reyes");
}

Test(brief, a_day_in_a_paper_s_name_is_no_time_of_the_event) {
    /* "the Sunday Courier" is a paper: no "Sunday" at the end of the line */
    const char *b = brief_text("The Daily and Sunday Courier newspapers are cutting forty newsroom jobs in Leeds. "
                               "The cuts fund a new printing plant. Staff were told by email.\n");
    cr_assert(strstr(b, "The Daily and Sunday Courier newspapers: cutting forty newsroom jobs") == b, "%s", b);
    cr_assert_null(strstr(b, "jobs, Sunday"), "%s", b);
}

Test(brief, a_country_after_the_acts_as_its_state) {
    assert_line("The US has asked the trade court to rule on the steel duties of its neighbours. Officials "
                "filed the papers on Monday. A ruling may take a year.\n",
                "US: asked the trade court to rule on the steel duties of its neighbours. ");
}

Test(brief, a_long_subject_that_ends_with_a_name_leads_as_its_head_and_the_name) {
    assert_line("Shares in struggling Portuguese ferry operator Atlantico Lines fell 12% on Monday after the firm "
                "cancelled its dividend. The board met on Sunday night. Its chairman said the cut was temporary.\n",
                "Shares in Atlantico Lines: fell 12%");
}

Test(brief, a_lone_verb_takes_its_circumstance) {
    /* "were injured" alone says too little; the phrase after it is the event */
    assert_line("Two ferry stewards were injured during a scuffle on the night crossing to Portsmouth, the "
                "operator said. Both were treated on board. Police met the ship at the quay.\n",
                "Two ferry stewards: injured during a scuffle on the night crossing to Portsmouth, the operator said.");
    /* a phrase that is an -ing verb goes on to that verb's own phrase */
    assert_line("Up to twenty ferry captains could be banned from sailing in Scottish waters after failing "
                "a safety audit. The audit ran for a year. The operators will appeal.\n",
                "Up to twenty ferry captains: could be banned from sailing in Scottish waters.");
    assert_line("A seven-year-old girl is recovering after tumbling into a quarry pond near her school, "
                "rescuers said. She was kept in hospital overnight. The quarry will be fenced.\n",
                "A seven-year-old girl: recovering after tumbling into a quarry pond, rescuers said.");
}

Test(brief, a_reflexive_object_leaves_the_verb_its_phrase) {
    assert_line("Snooker champion Orla Brennan found herself in trouble with referees after a row over a "
                "re-spotted ball. She apologised the next morning. The board will meet on Friday.\n",
                "Snooker champion Orla Brennan: found herself in trouble");
}

Test(brief, a_name_and_a_copula_say_what_it_is_in_the_news_for) {
    assert_line("The Lantern Quartet were the big winners at the county folk awards on Saturday, taking three "
                "prizes. The band formed in Hexham in 2019. Their second album is out in May.\n",
                "Lantern Quartet: the big winners at the county folk awards, Saturday.");
    /* an indefinite phrase only classifies: no line from it */
    assert_no_line("Mayor Clara Voss is a keen cyclist who rides to the town hall every day. She has asked for "
                   "more bike racks. The council will vote in June.\n",
                   "Mayor Clara Voss is a keen cyclist");
}

Test(brief, names_the_person_a_description_lede_is_about) {
    /* the lede says "a retired postman"; the brief must say who he is */
    const char *b = brief_of("A retired postman has been praised by firefighters after pulling two children from a "
                             "burning flat in the early hours of Sunday morning. The blaze started in a kitchen on "
                             "the third floor and spread quickly through the building before crews arrived. "
                             "Firefighters said the smoke was so thick that the stairwell could not be used. "
                             "Kenneth Aldous, 71, heard the smoke alarm and climbed a ladder to the window. The "
                             "building had no working sprinklers and the landlord has been asked to explain why. "
                             "Both children were treated for smoke inhalation and are recovering. Fire crews spent "
                             "four hours making the building safe, and the smoke damage to the building is "
                             "severe.\n",
                             70, PRECIS_FORMAT_TEXT);
    cr_assert(strstr(b, "Kenneth Aldous"), "%s", b);
    cr_assert_leq(count_words(b), 70, "%s", b);
}

Test(brief, a_sentence_that_puts_the_event_somewhere_gives_the_line_its_place) {
    /* the lede names no place; the next sentence puts "the summit" in Tromso */
    const char *text = "Prime Minister Ingrid Solberg and President Sauli Niinisto agreed to share air patrols "
                       "during their first ever summit, officials said. The summit took place in Tromso, Norway. "
                       "The two leaders also discussed fishing quotas and a new rail link.\n";
    const char *b = brief_text(text);
    cr_assert(strstr(b, "first ever summit, Tromso, Norway") && strstr(b, "first ever summit, Tromso, Norway") < strchr(b, '.'),
              "%s", b);
}

Test(brief, a_negated_lone_verb_is_news_enough) {
    assert_line("Harbour board chairman Tomas Reyes will not resign, despite the vote against him on Monday. The "
                "board meets again in March. Its members were not asked.\n",
                "Tomas Reyes (Harbour board chairman): will not resign");
}

Test(brief, a_circumstance_with_a_clause_of_its_own_is_not_taken) {
    /* "after engineers found ..." is another clause with its own subject and verb (the
     * passive alone is the event) */
    assert_line("The old swing bridge was closed after engineers found cracks in two of its girders. Drivers "
                "face a ten-mile detour. Repairs will take a month.\n",
                "The old swing bridge: closed.");
}

Test(brief, a_reported_clause_keeps_its_verb_of_reporting) {
    /* a present-tense verb known by its object's determiner; the report verb stays */
    assert_line("Ferry operator Tidewater has warned that the island councils want a new timetable before the "
                "summer. Talks are due next week. Ticket prices will not change.\n",
                "Ferry operator Tidewater: warned that the island councils want a new timetable");
    /* a subject with "and" in the reported clause */
    assert_line("Harbour FC have confirmed that captain Ola Berg and goalkeeper Tom Reyes will both miss the "
                "cup final. Both were injured in training. The final is on Sunday.\n",
                "Harbour FC: confirmed that captain Ola Berg and goalkeeper Tom Reyes will both miss the cup final");
    /* a denial keeps its verb: the line must not say the opposite */
    const char *b = brief_text("Tidewater has denied it will cut the winter sailings to the outer islands. Unions "
                               "had warned of cuts. The timetable is published in May.\n");
    cr_assert(strncmp(b, "Tidewater: denied it will cut the winter sailings", 49) == 0 ||
                  strncmp(b, "Tidewater has denied", 20) == 0,
              "%s", b);
}

Test(brief, a_belief_reports_its_clause) {
    /* "believes" has its clause's auxiliary ahead; a time that owns opens the clause */
    assert_line("Harbour FC captain Ola Berg believes Sunday's cup final against Rovers will be a scrappy encounter "
                "for both sides. Berg has scored four headers this season. Rovers have not lost since March.\n",
                "Ola Berg (Harbour FC captain): believes Sunday's cup final against Rovers will be a scrappy encounter");
}

Test(brief, a_verb_in_s_has_one_actor) {
    /* the club is whom the player plays for, not a second actor */
    assert_line("Harbour FC and Wales winger Ola Berg believes he can still make the World Cup squad. Berg "
                "has been out since March. The squad is named on Friday.\n",
                "Ola Berg (Wales winger): believes he can still make the World Cup squad");
}

Test(brief, a_participle_after_its_noun_ends_the_predicate) {
    assert_line("Harbour councillors are proposing a new bylaw aimed at cutting noise from late-night bars. A "
                "vote is due in May. Bar owners say they were not consulted.\n",
                "Harbour councillors: proposing a new bylaw.");
    /* after a function word the participle is the verb of what follows: the predicate stops
     * before it (the passive alone is the event) */
    assert_line("The ferry operator has been criticised for sending \"misleading\" letters to island residents. "
                "It has apologised. The regulator will look at the letters.\n",
                "The ferry operator: criticised.");
}

Test(brief, a_short_object_takes_the_verb_s_complement) {
    assert_line("Harbour prosecutors have charged two ferry captains with falsifying safety logs on the island "
                "route. Both deny the charges. The ferries still sail.\n",
                "Harbour prosecutors: charged two ferry captains with falsifying safety logs");
    /* "as" before a clause is no complement */
    assert_brief_lacks("The row over parking fees heated up on Monday as shop owners closed their doors for "
                       "an hour. The council says the fees will stay. Talks are planned.\n",
                       "heated up as shop owners");
}

Test(brief, a_subject_that_names_a_firm_leads_with_its_head_and_the_name) {
    /* the firm's descriptors go, and the country among them is no place of the event */
    assert_line("Shares in Portuguese ferry operator Atlantico Lines fell 12% after the firm "
                "cancelled its dividend. The board met on Sunday night. Its chairman said the cut was "
                "temporary.\n",
                "Shares in Atlantico Lines: fell 12%.");
}

Test(brief, a_participle_that_is_no_past_tense_keeps_its_have) {
    assert_line("The Eastmoor ferry has become the first to run on batteries, its operator said. It sails hourly. "
                "Fares will not change.\n", "The Eastmoor ferry: has become the first to run");
    assert_line("Shares in Atlantico Lines have fallen sharply after the ferry firm cut its dividend. The board met "
                "on Sunday. Its chairman said the cut was temporary.\n",
                "Shares in Atlantico Lines: have fallen sharply");
}

Test(brief, a_state_reads_through_an_article) {
    assert_line("A group of harbour pilots are on a three-day strike over night-shift pay, their union said. Ships "
                "are waiting off the port. Talks resume on Monday.\n",
                "A group of harbour pilots: on a three-day strike");
}

Test(brief, a_claim_its_speaker_makes_at_the_end_leads_with_the_speaker) {
    /* the lede's own subject and predicate do not read as a clause ("will have a ...") */
    assert_line("Island ferries will have a new winter timetable from May, said harbour board chairman Tomas "
                "Reyes. Crews were told on Friday. The board meets on Monday.\n",
                "Tomas Reyes (chairman): Island ferries will have a new winter timetable");
}

Test(brief, an_infinitive_whose_object_is_a_clause_goes_with_it) {
    assert_line("The ferry strike has prompted a hotel owner to say he will close until spring. Bookings fell "
                "by half. The strike enters its third week on Monday.\n",
                "The ferry strike: prompted a hotel owner.");
}

Test(brief, a_negation_written_on_its_auxiliary_stays_in_the_line) {
    /* "hasn't" is one token: the line must not say the opposite */
    const char *b = brief_text("Harbour board chairman Tomas Reyes hasn't signed the new ferry contract, despite "
                               "pressure from the council. The deadline is Friday. The operator is waiting.\n");
    cr_assert_null(strstr(b, ": signed the new ferry contract"), "%s", b);
    cr_assert(strncmp(b, "Tomas Reyes (Harbour board chairman): hasn't signed the new ferry contract", 60) == 0, "%s", b);
}

Test(brief, two_names_joined_by_and_stay_in_the_predicate) {
    assert_line("Harbour FC have signed Ola Berg and Tom Reyes from Rovers on two-year deals, the club said. Both "
                "will train with the squad on Monday. The fee was not disclosed.\n",
                "Harbour FC: signed Ola Berg and Tom Reyes");
}

Test(brief, a_long_aside_ends_where_the_verb_group_comes) {
    /* a relative clause with a list in it; its place is the subject's background */
    assert_line("Actor Marta Esteves, who appeared in Harbour Lights, Dock Street and The Long Crossing, has died "
                "in Lisbon aged 81. She had been ill for a year. Her family thanked the hospital staff.\n",
                "Marta Esteves (actor): died in Lisbon aged 81.");
}

Test(brief, a_copula_and_a_graded_word_with_its_complement_state_the_news) {
    assert_line("Ferry passengers are very worried about the new winter timetable, a survey says. Most of them "
                "travel daily. The operator will reply on Monday.\n",
                "Ferry passengers: very worried about the new winter timetable");
    assert_line("Harbour board chairman Tomas Reyes is confident of a deal with the pilots, his office said. "
                "Talks resume on Monday. The pilots want a new contract.\n",
                "Tomas Reyes (Harbour board chairman): confident of a deal with the pilots");
    /* "yet to respond" has not responded: no state, and no event */
    assert_brief_lacks("The harbour pilots are yet to respond to the new pay offer from the board. Their "
                       "union meets on Friday. The offer expires next week.\n",
                       ": respond");
}

Test(brief, a_lede_after_a_dateline_glued_to_its_outlet_reads_as_a_clause) {
    /* "(CNN)Rescuers": no space and no dash after the outlet's bracket */
    assert_line("Eastmoor, Portugal (CNN)Rescuers in Eastmoor have pulled two fishermen from a capsized trawler "
                "after a night at sea. Both are in hospital. The coastguard praised the crew.\n",
                "Rescuers in Eastmoor: pulled two fishermen");
}

Test(brief, a_described_subject_leads_with_the_name_the_next_sentence_gives) {
    assert_line("A retired ferry captain has been fined for sailing his own boat into the harbour at night. Tomas "
                "Reyes, 71, told the court he knew the channel well. He must pay 500 euros.\n",
                "Tomas Reyes (retired ferry captain): fined for sailing his own boat");
    /* "man" says nothing as a role */
    assert_line("A man has been fined for sailing his own boat into the harbour at night. Tomas Reyes, 71, told "
                "the court he knew the channel well. He must pay 500 euros.\n",
                "Tomas Reyes: fined for sailing his own boat");
    /* a caption above the lede may name the person already */
    assert_line("Tomas Reyes (pictured) at the harbour on Monday\n\nA retired ferry captain has been fined for "
                "sailing his own boat into the harbour at night. Tomas Reyes, 71, told the court he knew the "
                "channel well. He must pay 500 euros.\n",
                "Tomas Reyes (retired ferry captain): fined for sailing his own boat");
    /* a name the story used before is another person: the attacker is not the victim */
    const char *b = brief_text("A retired ferry captain has been fined for striking Tomas Reyes on the quay. Tomas "
                               "Reyes, 45, needed stitches. The captain must pay 500 euros.\n");
    cr_assert(strncmp(b, "Tomas Reyes", 11) != 0, "%s", b);
}

Test(brief, a_headline_written_as_a_sentence_is_not_the_lede) {
    /* the first paragraph is a headline with a full stop; the lede below restates it */
    assert_line("Harbour board approves new ferry quay after a long row over cost.\n\nThe Eastmoor harbour board "
                "approved a new ferry quay on Tuesday after a two-year row over its cost. Work starts in May. The "
                "quay will take the larger island ferries.\n",
                "The Eastmoor harbour board: approved a new ferry quay");
    /* a short lede in a paragraph of its own, with more of the story after it, is the lede */
    assert_line("Harbour pilots at the port of Sines walked out on Monday.\n\nShips waited offshore for hours as "
                "talks on night-shift pay broke down without a deal. The union said the strike would last two days. "
                "The port authority declined to comment.\n",
                "Harbour pilots: walked out, Monday.");
}

/* ---- a language without brief words --------------------------------------------------------- */

Test(brief, a_language_without_brief_words_reads_a_subject_without_its_prepositions) {
    const char *text = "Shares in struggling Portuguese ferry operator Atlantico Lines fell 12% on Monday after the "
                       "firm cancelled its dividend. The board met on Sunday night. Its chairman said the cut was "
                       "temporary.\n";
    assert_line(text, "Shares in Atlantico Lines: fell 12%");
    precis_model *bare = model_copy_without(model, "en/brief.txt");
    cr_assert_eq(model_lang(bare, "en")->brief_words.count, 0);
    precis_model *full = model;
    model = bare;
    /* no preposition marks "Shares in" as the head the name only qualifies: the name leads */
    assert_line(text, "Atlantico Lines: fell 12%, Monday. ");
    model = full;
    precis_free(out);
    out = NULL;
    precis_doc_free(doc);
    doc = NULL;
    precis_model_free(bare);
}

/* ---- the fact line keeps the word a claim is made on (#12) -------------------------------- */

Test(brief, fact_line_keeps_the_lede_attribution) {
    /* the line's words come from the headline; the lede says whose word it is */
    const char *b = brief_text("Rowan Hale wins county vote.\n\n"
                               "Rowan Hale has won the county vote, according to three local broadcasters.\n\n"
                               "Hale led the count from the first ballot box and took 54% of the vote.\n\n"
                               "Her rival, Owen Marsh, conceded shortly after midnight.\n");
    const char *line = "Rowan Hale: won the county vote, according to three local broadcasters.";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, fact_line_does_not_repeat_a_speaker_it_leads_with) {
    const char *b = brief_text("Harbor FC manager Tom Reyes has admitted his side face a hard month after losing "
                               "their captain to injury.\n\n"
                               "Reyes said the squad was too thin to cope with three games a week.\n\n"
                               "The club has not signed a player since August.\n");
    const char *line = "Tom Reyes (Harbor FC manager): admitted his side face a hard month.";
    cr_assert(strncmp(b, line, strlen(line)) == 0, "%s", b);
}

Test(brief, a_passive_participle_is_an_event_on_its_own) {
    /* the passive's object is its subject: "postponed" says what happened to the timetable */
    assert_line("The new winter timetable of the Eastmoor ferries has been postponed for a month by the harbour "
                "board. Harbour officials blamed a shortage of deckhands. Passengers will keep the summer "
                "sailings.\n",
                "The new winter timetable of the Eastmoor ferries: postponed");
    /* a participle that needs more says nothing alone */
    assert_no_line("The new winter timetable of the Eastmoor ferries has been confirmed for a month by the harbour "
                   "board. Harbour officials blamed a shortage of deckhands. Passengers will keep the summer "
                   "sailings.\n",
                   "The new winter timetable of the Eastmoor ferries has");
    /* how sure the event is must not be lost ("is likely to be postponed") */
    assert_brief_lacks("The new winter timetable of the Eastmoor ferries is likely to be postponed for a month by "
                       "the harbour board. Harbour officials blamed a shortage of deckhands. Passengers will keep "
                       "the summer sailings.\n",
                       "ferries: postponed");
    /* a preposition left behind belongs to the verb ("talked about") */
    assert_brief_lacks("A second ferry quay has been talked about since the harbour opened in 1990. Harbour "
                       "officials say the money is there. Passengers want shorter queues.\n",
                       ": talked.");
}

Test(brief, a_long_predicate_is_taken_whole_rather_than_cut_before_its_purpose) {
    /* fifteen tokens from the verb to the end of its purpose: the line does not stop at the
     * score */
    assert_line("Marta Esteves swept aside defending champion Ana Reyes 6-3 6-2 to win the Eastmoor Open "
                "harbour trophy on Sunday. The Portuguese player broke serve five times. Reyes said she was "
                "tired.\n",
                "Marta Esteves: swept aside defending champion Ana Reyes 6-3 6-2 to win the Eastmoor Open harbour "
                "trophy, Sunday.");
}

Test(brief, a_short_subject_of_one_noun_phrase_leads_whole) {
    /* no name heads it and its head alone ("A shortage") says too little: the whole phrase */
    assert_line("A shortage of deckhands has forced the cancellation of the night ferry to Eastmoor. The harbour "
                "board will meet the crews next week. The timetable starts in May.\n",
                "A shortage of deckhands: forced the cancellation of the night ferry");
    /* a participle phrase that qualifies the head stays in it */
    assert_line("Deckhands questioned for a survey have shown little interest in the new night shifts. The "
                "harbour board will meet them next week. The timetable starts in May.\n",
                "Deckhands questioned for a survey: have shown little interest");
}

Test(brief, a_participle_after_be_ends_the_predicate_whole) {
    /* "to be dropped" is a passive verb, not a participle that qualifies a noun */
    assert_line("Ferry captain Tomas Reyes has become the first skipper to be dropped from the island route. He "
                "had sailed it for twenty years. The harbour board gave no reason.\n",
                "Tomas Reyes (Ferry captain): has become the first skipper to be dropped.");
}

Test(brief, an_irregular_participle_ends_a_subject_s_head_phrase) {
    /* "made" opens a clause about the aid, as "aimed" or "based" would */
    const char *b = brief_text("A sea wall made from recycled concrete has protected the Eastmoor quay from the "
                               "winter storms. Engineers had doubted it would hold. The council wants a second one.\n");
    cr_assert_null(strstr(b, "wall made:"), "%s", b);
}

Test(brief, a_floating_both_is_part_of_the_verb_group) {
    assert_line("Ferry captains Ola Berg and Tom Reyes have both left the Eastmoor harbour board after a row "
                "over pay. The board meets again on Monday. Its chairman said he was sorry to see them go.\n",
                "Ferry captains Ola Berg and Tom Reyes: left the Eastmoor harbour board");
}

Test(brief, a_present_verb_after_an_organisation_heads_the_predicate) {
    /* not "The Eastmoor Ferry Company wants: cut the number ..." */
    assert_line("The Eastmoor Ferry Company wants to cut the number of night sailings to the islands from March. "
                "The firm blames rising fuel costs. Island councils have asked for talks.\n",
                "Eastmoor Ferry Company: wants to cut the number of night sailings");
}

Test(brief, have_before_no_is_the_verb) {
    assert_line("Harbour FC will have no supporters at Saturday's cup tie in Eastmoor after a row over ticket "
                "prices. The club said it regretted the decision. The tie kicks off at three.\n",
                "Harbour FC: will have no supporters");
}

Test(brief, a_long_relative_clause_in_the_subject_is_set_aside) {
    /* fifteen tokens of relative clause: the subject is "The family of a ferry captain" */
    assert_line("The family of a ferry captain who drowned while trying to save two fishermen off the rocks near "
                "Eastmoor have thanked the lifeboat crews. Tomas Reyes, 52, had sailed the route for years. His "
                "boat was found on Monday.\n",
                "The family of a ferry captain: thanked the lifeboat crews.");
    /* a verb of saying on the way is the main clause's: what it says is no predicate */
    assert_brief_lacks("A ferry captain who might lose his licence over the crash claims his crew was never "
                       "warned. Tomas Reyes, 52, had sailed the route for years. His boat was found on Monday.\n",
                       ": never warned");
}

Test(brief, a_condition_after_the_predicate_stays_with_it) {
    /* the line must not state a threat as news */
    assert_line("Tidewater Ferries will cancel the night sailings to the islands if the harbour board raises its "
                "fees, the firm said. The board meets on Monday. Island councils have asked for talks.\n",
                "Tidewater Ferries: will cancel the night sailings to the islands if the harbour board raises its "
                "fees");
    /* a condition too long to keep: no line from the clause */
    assert_brief_lacks("Tidewater Ferries will cancel the night sailings to the islands if the harbour board raises "
                       "its fees for the third time in two years without asking the island councils first. The "
                       "board meets on Monday. Island councils have asked for talks.\n",
                       "Ferries: will cancel the night sailings to the islands.");
}

Test(brief, an_adverb_between_a_name_and_its_verb_opens_the_predicate) {
    /* the hedge stays with the verb, and is not left at the end of the subject */
    assert_line("Harbour FC striker Ola Berg reportedly wants to leave the club at the end of the season. The club "
                "has not had an offer. Berg has scored twelve goals this year.\n",
                "Ola Berg (Harbour FC striker): reportedly wants to leave the club");
}

Test(brief, a_verb_of_seeming_stays_in_the_predicate) {
    /* "looks set to" hedges as a modal does */
    assert_line("Harbour FC captain Ola Berg looks set to miss the rest of the season with a knee injury. He was "
                "hurt in training on Tuesday. The club will name a new captain.\n",
                "Ola Berg (Harbour FC captain): looks set to miss the rest of the season");
}

Test(brief, a_whole_subject_of_up_to_nine_words_leads) {
    assert_line("Talks aimed at ending the strike over night shifts have ended without agreement "
                "on Monday. Both sides will meet again next week. Ferries are still running.\n",
                "Talks aimed at ending the strike over night shifts: ended without agreement");
    /* not a subject that holds a verb of thinking and its own clause */
    assert_brief_lacks("A harbour councillor believes the ferry crews were misled by the board about the new "
                       "timetable. The board denies it. Ferries are still running.\n",
                       "believes the ferry crews:");
}

Test(brief, a_relative_clause_on_the_object_stays_in_the_predicate) {
    assert_line("A harbour pilot has built a radio beacon that warns small boats of the rocks off Eastmoor. Tomas "
                "Reyes spent two winters on it. The harbour board will test it in May.\n",
                "A harbour pilot: built a radio beacon that warns small boats of the rocks");
    /* a clause that is the noun's content is what someone said: no line from it */
    assert_brief_lacks("The harbour board has denied reports that the pilots will strike in May. Talks went on "
                       "all week. The pilots want a new rota.\n",
                       "The harbour board: denied reports.");
}

Test(brief, a_reported_clause_may_end_on_a_quotation) {
    assert_line("Harbour FC manager Tomas Reyes says the new ferry timetable is \"a disaster for the fans\". Away "
                "supporters will miss the last sailing home. The club has written to the harbour board.\n",
                "Tomas Reyes (Harbour FC manager): says the new ferry timetable is \"a disaster for the fans\".");
}

Test(brief, a_copula_and_at_state_the_news) {
    assert_line("Ferry traffic through Eastmoor is at its highest for ten years, the harbour board says. Most of "
                "the growth is freight. The board wants a second quay.\n",
                "Ferry traffic through Eastmoor: at its highest for ten years");
}

Test(brief, an_event_noun_outside_the_predicate_s_setting_does_not_replace_it) {
    /* "following the board's meeting" names another event: the predicate says what happened */
    assert_line("Harbour fees are set to stay at 40 euros a berth following the latest meeting of the harbour "
                "board. The board has raised them twice in two years. Owners had feared a third rise.\n",
                "Harbour fees: set to stay at 40 euros a berth");
    /* nor one in the attribution ("according to the latest survey") */
    assert_line("Ferry traffic at Eastmoor increased in March, according to the latest survey of the harbour "
                "board. Freight made up most of the growth. The board wants a second quay.\n",
                "Ferry traffic: increased");
}

Test(brief, a_relative_clause_after_who_opens_with_its_verb) {
    assert_line("Passengers who miss the last ferry to the islands will be given a free hotel room, the harbour "
                "board said. The offer runs until May. Island councils welcomed it.\n",
                "Passengers: will be given a free hotel room");
}

Test(brief, a_quotation_after_a_verb_after_to_is_its_object) {
    assert_line("The Eastmoor ferry service will continue to face \"serious delays\" over the winter, the harbour "
                "board has said. Two of its four boats are in dry dock. Repairs will take until March.\n",
                "The Eastmoor ferry service: will continue to face \"serious delays\"");
}

Test(brief, a_relative_clause_s_own_auxiliary_is_not_the_main_verb_s) {
    /* "who was fined" is the relative clause; "has won" is the news */
    assert_line("A ferry captain who was fined for speeding in the harbour last year has won the island regatta. "
                "Tomas Reyes, 52, beat eleven other boats. He said the fine had taught him patience.\n",
                "Tomas Reyes (ferry captain): won the island regatta");
    assert_brief_lacks("A ferry captain who was fined for speeding in the harbour last year has won the island "
                       "regatta. Tomas Reyes, 52, beat eleven other boats. He said the fine had taught him "
                       "patience.\n",
                       ": fined for speeding");
}

Test(brief, a_reported_clause_s_lone_verb_takes_its_complement) {
    assert_line("Harbour board chairman Tomas Reyes has said passengers will have to wait for the new winter "
                "timetable. The board meets on Monday. Island councils have asked for talks.\n",
                "Tomas Reyes (Harbour board chairman): said passengers will have to wait for the new winter timetable");
}

Test(brief, a_lede_the_line_mostly_restates_gives_its_words_to_the_rest) {
    const char *text = "Tomas Reyes has been named the new harbour master of Eastmoor. He replaces Ana Berg, who "
                       "retired after twenty years in the post. Reyes was a ferry captain for a decade. The harbour "
                       "board chose him from six candidates. He starts work on Monday.\n";
    const char *b = brief_text(text);
    cr_assert(strncmp(b, "Tomas Reyes: named the new harbour master", 41) == 0, "%s", b);
    cr_assert_null(strstr(b, "Reyes has been named"), "the lede said twice: %s", b);
    /* a lede with much the line leaves out (why, and what followed) keeps it */
    b = brief_text("Tomas Reyes has been named the new harbour master of Eastmoor after a long search that split the "
                   "board and angered island councils. He replaces Ana Berg, who "
                   "retired after twenty years in the post. Reyes was a ferry captain for a decade. The harbour "
                   "board chose him from six candidates. He starts work on Monday.\n");
    cr_assert_not_null(strstr(b, "Reyes has been named"), "%s", b);
    /* a role that opened the lede is the same word in lower case */
    b = brief_text("Singer Ann Kerr has been spared jail in Leeds. She had admitted a string of driving offences. "
                   "Her band will tour in May. The court fined her 500 pounds. Fans waited outside.\n");
    cr_assert(strncmp(b, "Ann Kerr (singer): spared jail, Leeds.", 38) == 0, "%s", b);
    cr_assert_null(strstr(b, "Kerr has been spared"), "the lede said twice: %s", b);
    /* a lede with a few words more than the line ("after a short trial") says it twice too */
    b = brief_text("Singer Ann Kerr has been spared jail in Leeds after a short trial. She had admitted a string of "
                   "driving offences. Her band will tour in May. The court fined her 500 pounds. Fans waited outside.\n");
    cr_assert(strncmp(b, "Ann Kerr (singer): spared jail", 30) == 0, "%s", b);
    cr_assert_null(strstr(b, "Kerr has been spared"), "the lede said twice: %s", b);
    /* ... but a number the line leaves out ("for a third time") keeps it: it is the news */
    b = brief_text("Singer Ann Kerr has been spared jail in Leeds for a third time. She had admitted a string of "
                   "driving offences. Her band will tour in May. The court fined her 500 pounds. Fans waited outside.\n");
    cr_assert(strncmp(b, "Ann Kerr (singer): spared jail", 30) == 0, "%s", b);
    cr_assert_not_null(strstr(b, "for a third time"), "%s", b);
}

Test(brief, a_present_verb_of_saying_after_a_description_reads_its_clause) {
    assert_line("Island councillors say the new ferry timetable will leave villages cut off in winter. The harbour "
                "board disagrees. A vote is due in May.\n",
                "Island councillors: say the new ferry timetable will leave villages cut off");
    /* a reported clause that cannot be read whole gives no line, not its subject as an object */
    assert_brief_lacks("Island councillors say the new ferry timetable, which starts on Monday after two years of "
                       "talks, will leave villages cut off. The harbour board disagrees. A vote is due in May.\n",
                       "say the new ferry timetable.");
}

Test(brief, a_complement_s_relative_clause_stays_when_it_ends_within_the_phrase) {
    assert_line("An Eastmoor bookmaker has stopped taking bets on who will be the next harbour master. Three "
                "candidates are left. The harbour board decides on Monday.\n",
                "An Eastmoor bookmaker: stopped taking bets on who will be the next harbour master.");
}

Test(brief, a_season_before_a_noun_is_no_when) {
    /* "the winter storms" qualifies the storms: the line has no when from it */
    assert_brief_lacks("A sea wall made from recycled concrete has protected the Eastmoor quay from the winter "
                       "storms. Engineers had doubted it would hold. The council wants a second one.\n",
                       ", the winter.");
}

Test(brief, where_opens_a_clause_that_ends_the_complement) {
    assert_line("Rescuers in Eastmoor have pulled a fisherman from the wreck of a trawler where he was trapped for "
                "ten hours on Saturday. He is in hospital. Two of his crew are missing.\n",
                "Rescuers in Eastmoor: pulled a fisherman from the wreck of a trawler");
}

Test(brief, an_ing_object_of_a_verb_after_to_stays) {
    assert_line("Harbour FC coach Tomas Reyes has told his players to stop complaining about the pitch before "
                "Saturday's cup tie. The club has new turf on order. The tie kicks off at three.\n",
                "Tomas Reyes (Harbour FC coach): told his players to stop complaining");
    /* "to" right after the verb is a preposition: the -ing word qualifies its noun */
    assert_brief_lacks("Ola Berg has added to speculation linking him with a move to Rovers after a row with "
                       "his coach. The club says he is not for sale. Rovers declined to comment.\n",
                       "speculation linking.");
}

Test(brief, a_comparison_keeps_what_it_compares_with) {
    /* "fewer sailings" alone would say something else than "fewer sailings than planned" */
    assert_line("Tidewater Ferries ran fewer sailings than planned in March, the harbour board said. Storms kept "
                "the boats in port for a week. April looks better.\n",
                "Tidewater Ferries: ran fewer sailings than planned");
}

Test(brief, a_time_measured_from_another_event_leaves_the_predicate) {
    /* "ten minutes before the storm hit" is measured from the storm: not "the harbour ten minutes" */
    assert_line("The last ferry of the day was turned back to the harbour ten minutes before the storm hit, its "
                "operator said. No one was hurt. Sailings resume on Monday.\n",
                "The last ferry of the day: turned back to the harbour, its operator said.");
    /* a predicate left on a verb of being by the cut says nothing: no line from it (not
     * "said that it will be three years", nor "said that it will be") */
    assert_brief_lacks("Harbour board chairman Tomas Reyes said that it will be three years before the new quay "
                       "opens. The board has not found the money. Work was due to start in May.\n",
                       "(chairman): said that it will be");
}

Test(brief, more_than_stays_with_its_comparison) {
    assert_line("Tidewater Ferries has said its profits more than doubled last year as fuel prices fell. The "
                "firm carried a record number of cars. Its shares rose 8%.\n",
                "Tidewater Ferries: said its profits more than doubled");
}

Test(brief, about_to_is_a_plan_the_predicate_keeps) {
    assert_line("Two Eastmoor fishermen are about to set off on a voyage round the British Isles in a rowing boat. "
                "They have trained for a year. The harbour will see them off on Sunday.\n",
                "Two Eastmoor fishermen: are about to set off on a voyage");
}

Test(brief, a_title_a_person_is_called_by_comes_before_the_name) {
    /* "Prince Halvard", not "Halvard (Prince)"; other roles still follow in brackets */
    assert_line("Prince Halvard has opened a new bridge over the river Ossel in Brenmark on Friday. "
                "The bridge took four years to build. Halvard cut the ribbon in heavy rain.\n",
                "Prince Halvard: opened a new bridge, Brenmark, Friday.");
}

Test(brief, a_time_in_a_later_clause_is_not_the_events) {
    /* Friday is the day of the final, not of the changes */
    const char *text = "Harbour Town manager Ellis Varga has made three changes to the side that will face Corby "
                       "in the county cup final on Friday. Varga said the squad was fit. The final will be "
                       "played at the Marsh Lane ground.\n";
    assert_line(text, "Ellis Varga");
    assert_brief_lacks(text, ", Friday.");
}

/* the line reads the amount on to its noun, past the conversion, and leaves the brackets out
 * as the brief's sentences do */
Test(brief, an_amount_converted_into_two_currencies_keeps_its_noun) {
    assert_line("The shipping arm of Veltra Holdings is facing a 2bn krona ($190m; £150m) tax claim for its "
                "2019 accounts. The firm said it would appeal. Its shares fell 4% on the news.\n",
                "The shipping arm of Veltra Holdings: facing a 2bn krona tax claim.");
}

Test(brief, a_question_clause_cut_before_its_verb_is_no_event) {
    const char *text = "Corby Athletic have refused to reveal whether Harbour Town's coach Ellis Varga is on their "
                       "shortlist for the vacant manager's job. Varga has led Harbour Town to two promotions. "
                       "The club hopes to name a manager in June.\n";
    assert_brief_lacks(text, "Ellis Varga.");
    assert_no_line(text, "Corby Athletic have refused");
}

Test(brief, a_name_the_recogniser_missed_leads_when_written_capitalised_again) {
    /* "Quillon" is no word the recogniser knows; written capitalised again mid-sentence it is
     * a name. The place before "magazine" says what kind the magazine is, not where. */
    assert_line("Quillon earned more than any other touring band in 2024, topping the charts in US magazine Brass "
                "Monthly's annual list. The band played 90 shows. Fans saw Quillon in 30 cities.\n",
                "Quillon: earned more than any other touring band, 2024. ");
}

Test(brief, a_one_word_place_that_is_the_whole_subject_acts) {
    assert_line("Brenmark is preparing for the biggest night of its festival calendar, the Lantern Parade, on "
                "Sunday. Thousands are expected in the old town. The parade began in 1902.\n",
                "Brenmark: preparing for the biggest night");
}

Test(brief, a_verb_in_ly_after_to_is_the_verb) {
    /* "supply" ends like an adverb; after "to" and before a name it is the verb */
    assert_line("Veltra Holdings is to supply Harbour Town council with 40 electric buses in a deal worth "
                "as much as $90m. The first buses arrive in May. The council will retire its diesel fleet.\n",
                "Veltra Holdings: is to supply Harbour Town council with 40 electric buses");
}

Test(brief, a_bare_plural_after_a_scene_leads) {
    /* the lede only sets the scene; "Volunteers" leans on nothing before it */
    assert_line("Some of the clearest pictures of the flooding in the Ossel valley are on the internet. "
                "Volunteers have been drawing maps of the flooded roads and are also collecting food for "
                "families who lost their homes. The council thanked them on Friday.\n",
                "Volunteers: drawing maps of the flooded roads");
}

Test(brief, a_state_in_a_reported_clause_of_the_subject_is_its_predicate) {
    assert_line("Veltra Holdings says it is in talks to buy the ferry business of Ossel Shipping for $40m. "
                "The deal would double its fleet. Ossel Shipping declined to comment.\n",
                "Veltra Holdings: is in talks to buy the ferry business of Ossel Shipping");
}

Test(brief, a_clause_any_verb_takes_with_that_is_read) {
    assert_line("The Brenmark government has forecast that the country's exports will fall by 3% next year. "
                "The forecast follows a strong harvest. Ministers will meet on Monday.\n",
                "The Brenmark government: has forecast that the country's exports will fall by 3%");
}

Test(brief, a_verb_of_saying_with_a_preposition_reports_no_clause) {
    assert_line("Health officials are warning about a strain of flu that can spread faster than last "
                "winter's. Clinics will open longer hours. Vaccines arrive on Monday.\n",
                "Health officials: warning about a strain of flu that can spread faster");
}

Test(brief, a_time_that_owns_a_noun_opens_a_complement) {
    assert_line("The Marsh Lane Players will appear at June's Ossel folk festival, along with three other "
                "bands. Tickets go on sale on Monday. The festival began in 1971.\n",
                "Marsh Lane Players: will appear at June's Ossel folk festival.");
}

Test(brief, a_list_in_an_opening_phrase_is_no_subject) {
    /* the comma after "electric buses" closes an item of the list, not the opening phrase */
    assert_brief_lacks("With cheaper trams, electric high-capacity buses, and lower fares coming to the city, the "
                       "way people travel will be radically different in five years' time. The council approved "
                       "the plan on Monday. Work starts next year.\n",
                       "buses:");
}

Test(brief, an_amount_keeps_what_it_is_of) {
    assert_line("Veltra Holdings has racked up $4bn in losses since the state rescued it in 2019. The firm "
                "blamed the cost of fuel. Its shares fell 6% on Monday.\n",
                "Veltra Holdings: racked up $4bn in losses.");
}

Test(brief, a_verb_after_but_is_not_the_group_s_before_it) {
    /* "decided" is the nurse's, not most people's; since the twelfth round the clause after
     * "but" is the story's (it made no line) */
    const char *text = "Most people give up sweets for Lent but one nurse decided to spend her 40 days helping "
                       "strangers. She ran ten marathons. Her charity raised a million.\n";
    assert_line(text, "One nurse: decided to spend her 40 days helping strangers.");
    assert_brief_lacks(text, "Most people:");
    assert_brief_lacks(text, "Most people give up sweets:");
}

Test(brief, a_count_after_an_opening_time_opens_the_subject) {
    /* the comma after "people" closes an aside, not the opening phrase */
    assert_line("Over the last year more than 25,000 people, a population about the size of a small city, have "
                "fought the disease. More than 10,000 have not survived. Doctors say the worst is over.\n",
                "More than 25,000 people: fought the disease.");
}

Test(brief, a_paper_named_for_a_day_is_no_when) {
    assert_line("Three more councils have vowed to teach first aid skills in schools, backing The Herald on "
                "Sunday's campaign to add first aid to the curriculum. Charities last night welcomed the move. "
                "Teachers will be trained next year.\n",
                "Three more councils: vowed to teach first aid skills. ");
}

Test(brief, what_would_have_happened_is_no_event) {
    assert_no_line("Tom Reyes wouldn't have moved any quicker had he been chasing a ball at Marsh Lane. At the "
                   "county show the former Harbour Town captain was leading a prize bull round the ring. The "
                   "bull won its class.\n",
                   "Tom Reyes wouldn't");
}

Test(brief, a_verb_after_to_takes_its_complement) {
    assert_line("Ana Lovric has become the third leading player to withdraw from the Brenmark Open with an "
                "injury. Lovric hurt her wrist in training. The tournament starts on Monday.\n",
                "Ana Lovric: has become the third leading player to withdraw from the Brenmark Open. ");
}

Test(brief, more_after_an_amount_is_its_measure) {
    assert_line("Latvia has agreed to pay 30% more for electricity supplied by its neighbour. The deal was sealed "
                "after a week of talks. Prices will rise in May.\n",
                "Latvia: agreed to pay 30% more for electricity. ");
}

Test(brief, two_descriptions_of_one_object_stay_together) {
    assert_line("Latvia has asked a Swedish banker and former central bank governor to run its state lender. "
                "Anna Berg has agreed to take the job. She starts in May.\n",
                "Latvia: asked a Swedish banker and former central bank governor to run its state lender. ");
}

Test(brief, a_place_after_following_is_the_other_events) {
    /* the odds were cut at the bookmakers, not at Marsh Lane */
    assert_brief_lacks("Odds on the new harbour bridge being named after Tom Reyes have been slashed, following the "
                       "striker's winning goal at Marsh Lane. Bookmakers took 300 bets. The council "
                       "will choose a name in May.\n",
                       "slashed, Marsh Lane");
}

Test(brief, a_long_name_object_still_takes_its_complement) {
    assert_line("Deputies rushed Kenneth Morgan Varga III from court Thursday after the murder suspect swore at "
                "a judge. Varga is accused of killing a guard. His trial resumes next week.\n",
                "Deputies: rushed Kenneth Morgan Varga III from court");
}

Test(brief, a_complement_cut_between_two_plain_words_goes_on) {
    assert_line("Ana Lovric and Tom Reyes have won the Brenmark Screen Awards for best male and female film actors, "
                "boosting their hopes for the national prizes. Lovric played a nurse. Reyes played a miner.\n",
                "Ana Lovric and Tom Reyes: won the Brenmark Screen Awards for best male and female film actors");
}

Test(brief, a_caption_with_yesterday_is_no_headline) {
    assert_brief_lacks("Tom Reyes outside Harbour Town Magistrates Court yesterday, where he was banned from driving\n"
                       "The brother of former striker Ellis Reyes has lost his job as a bus driver after being banned "
                       "from the roads. Tom Reyes, 37, said he is now looking for work. He has two children.\n",
                       "Tom Reyes: outside");
}

Test(brief, a_day_that_owns_what_the_event_is_for_is_no_when) {
    /* the naming came before Saturday's match */
    assert_line("Tom Reyes has been named in the Harbour Town squad for Saturday's cup final against Corby. The "
                "24-year-old scored twice for the reserves last week. The final starts at three.\n",
                "Tom Reyes: named in the Harbour Town squad. ");
}

Test(brief, a_word_between_a_plain_subject_and_a_determiner_is_the_verb) {
    /* no auxiliary and no -ed: the verb is read by its place before its object */
    assert_line("Three young Dutch firemen put their Lisbon holiday on hold to pull a driver from a burning van "
                "on Sunday. The men had landed only hours before. The driver is recovering in hospital.\n",
                "Three young Dutch firemen: put their Lisbon holiday on hold");
    /* ... but not when a clause goes on from the object: the coach knows something */
    assert_no_line("The Corby coach knows a repeat of last season's heavy defeat at Harbour Town is not on the "
                   "cards this weekend. His side has won four games in a row. Tickets are sold out.\n",
                   "The Corby coach knows");
}

Test(brief, an_adjective_in_ly_before_a_name_stays_in_the_subject) {
    /* "burly" is no adverb that opens a clause about the head */
    assert_line("Two burly Danish sailors rescued a swimmer from the harbour at Corby on Tuesday. The swimmer had "
                "cramp. Both men were given a medal.\n",
                "Two burly Danish sailors: rescued a swimmer");
}

Test(brief, a_quoted_participle_after_the_object_is_cut_off) {
    /* the quotation says what the councillors do, not what the mayor did */
    assert_line("Corby mayor Ann Kerr launched a fierce attack on councillors 'dragging' their feet over the flood "
                "defences. The river rose by two metres last winter. Work on a new wall starts in May.\n",
                "Ann Kerr (Corby mayor): launched a fierce attack on councillors. ");
    /* a quoted verb of its own clause is no cut: the clause is read whole */
    assert_line("A nurse has accepted her errors 'contributed' to the death of a patient at Corby hospital. She "
                "did not attend the hearing. The panel will decide next week.\n",
                "A nurse: accepted her errors 'contributed' to the death of a patient");
}

Test(brief, a_participle_that_a_clause_follows_qualifies_the_object) {
    /* "saying he ..." says what the letter says: the predicate ends on "letter", and the
     * line takes the participle's clause in after it (brief.txt's content) */
    assert_line("Harbour Town striker Tom Reyes has signed a letter saying he wants to leave the club in the summer. "
                "The 24-year-old has scored nine goals this season. The club has not replied.\n",
                "Tom Reyes (striker): signed a letter saying he wants to leave the club in the summer. ");
}

Test(brief, a_past_verb_after_an_adverb_ends_a_relative_clause_with_no_auxiliary) {
    /* no "has" or "was" after the relative clause: "calmly carried" is the main verb */
    assert_line("A driver who hit a deer on the ring road calmly carried the injured animal to a vet in Corby on "
                "Monday. The deer is recovering. The vet said it was a young male.\n",
                "A driver: carried the injured animal to a vet");
}

Test(brief, an_aside_between_dashes_is_passed_over_as_one_between_commas) {
    assert_line("Actor Tom Reyes - star of the film The Harbour - has beaten Ann Kerr to become the best-paid actor "
                "of the year. Reyes made five million euros last year. Kerr made four million.\n",
                "Tom Reyes (actor): has beaten Ann Kerr");
}

Test(brief, out_after_a_copula_or_a_modal_and_be_is_a_state) {
    assert_line("Tom Reyes could be out for six weeks with a knee injury. The 24-year-old was hurt in training on "
                "Tuesday. The club play again on Saturday.\n",
                "Tom Reyes: could be out for six weeks with a knee injury. ");
}

Test(brief, a_hedge_in_the_verb_group_stays_in_the_line) {
    /* "is reportedly planning": the line says what the article says, a report */
    assert_line("The Corby council is reportedly planning to sell the town's old swimming baths. A council official "
                "told the local paper that a buyer had been found. The baths closed in 2019.\n",
                "The Corby council: reportedly planning to sell the town's old swimming baths. ");
}

Test(brief, an_ing_word_between_a_plural_and_a_preposition_is_left_out) {
    /* "stemming from ..." is about the charges: the line does not end on it */
    assert_line("Three Corby bankers have pleaded guilty to fraud charges stemming from a long inquiry into the "
                "council. Both will be sentenced in May. A third banker denies the charges.\n",
                "Three Corby bankers: pleaded guilty to fraud charges. ");
}

Test(brief, a_short_object_takes_the_clause_that_says_its_content) {
    /* "denied claims" says nothing alone: what the claims are is the news */
    assert_line("Harbour Town striker Tom Reyes has denied claims that he faked a car crash to avoid a drugs test "
                "after the match. The 24-year-old said he was at home. Police are looking at camera footage.\n",
                "Tom Reyes (striker): denied claims that he faked a car crash to avoid a drugs test. ");
}

Test(brief, a_relative_clause_with_a_speech_verb_is_no_attribution_tail) {
    /* ", where a prosecutor said ..." is a clause of its own, not who said the line's claim */
    assert_line("A Corby man has pleaded not guilty to six counts in court, where a prosecutor said one of them, a "
                "woman of 70, is his aunt. The 45-year-old was released on bail. The trial starts in May.\n",
                "A Corby man: pleaded not guilty to six counts. ");
}

Test(brief, a_participle_cut_from_the_predicate_takes_its_adverbs) {
    /* "only previously performed" goes whole: the line does not end on "previously" */
    assert_line("Singer Ann Kerr is to open the Corby festival singing a song only previously performed there by "
                "her father. The festival runs for three days. Tickets sold out in an hour.\n",
                "Ann Kerr (singer): is to open the Corby festival singing a song. ");
}

Test(brief, a_long_reported_subject_is_not_read_as_the_object) {
    /* "said her move to the board of the Corby council" is not what she said: the clause
     * goes on to "will help", and the line takes it whole or not at all */
    assert_line("Ann Kerr has said her move to the board of the Corby rugby club will help the town's schools. "
                "She joined the board in May. The club has 400 members.\n",
                "Ann Kerr: said her move to the board of the Corby rugby club will help the town's schools. ");
}

Test(brief, how_often_stays_with_the_event) {
    /* "is sometimes branded": the line must not say he always is, nor end on the adverb */
    assert_line("Harbour Town striker Tom Reyes is sometimes branded 'reckless' by fans and pundits alike. The "
                "24-year-old has been sent off four times. He says he plays with passion.\n",
                "Tom Reyes (striker): sometimes branded 'reckless'. ");
}

Test(brief, a_possessive_does_not_lengthen_the_object_before_its_complement) {
    /* "Harbour Town's cup victory" is a short object: "as the best day of his life" follows it */
    assert_line("Corby striker Tom Reyes described Harbour Town's cup victory as the best day of his life after the "
                "final on Saturday. He scored twice. The club will hold a parade on Monday.\n",
                "Tom Reyes (Corby striker): described Harbour Town's cup victory as the best day of his life");
    /* ... but an "as" with a verb of its own opens another clause */
    assert_line("Tom Reyes scored all Corby's goals as the home side claimed their first win over Harbour Town at the "
                "park on Saturday. He scored twice in each half. The club will hold a parade on Monday.\n",
                "Tom Reyes: scored all Corby's goals, Saturday. ");
}

Test(brief, a_question_word_cut_from_its_clause_refuses_the_line) {
    /* "make clear how sorry" is no event: what he should make clear is cut off */
    assert_no_line("Tom Reyes should make clear how sorry he is about the fight at the Corby derby, says the club's "
                   "chairman Ann Kerr. The striker was sent off. He faces a three-match ban.\n",
                   "Tom Reyes should make clear");
}

Test(brief, a_short_object_defined_by_a_relative_clause_after_a_preposition_refuses) {
    /* "raised the age" says nothing: the age at which what? */
    assert_no_line("Ann Kerr has raised the age at which children can join the Corby library to seven. The change "
                   "starts in May. Parents were told on Friday.\n",
                   "Ann Kerr has raised");
}

Test(brief, an_auxiliary_after_and_is_a_second_predicate_not_a_reported_clause) {
    /* "posted" can be a verb of saying; what follows "and" is the firm's second act */
    assert_line("Corby builder Kerr Homes has posted record annual profits and predicted that it will build more "
                "houses in 2026. Profits rose by a fifth. Its shares rose 4%.\n",
                "Corby builder Kerr Homes: posted record annual profits. ");
}

Test(brief, an_upper_case_word_after_lower_case_ones_opens_no_dateline) {
    /* "in the UK -" is an aside's dash, not "LONDON -" */
    assert_line("Two of the biggest banks in the UK - Kerr Bank and Reyes Bank - have blamed high interest rates for "
                "their poor results. Kerr Bank lost 40 million pounds. Reyes Bank made a small profit.\n",
                "Two of the biggest banks: blamed high interest rates for their poor results");
}

Test(brief, a_past_right_after_an_aside_is_the_verb) {
    /* the comma before "grew" hid it from the rules that read the word before a verb */
    assert_line("Corby's economy, the biggest among the towns of the county, grew at its fastest rate in four years "
                "during 2025. Exports rose by a tenth. Jobs were added in every sector.\n",
                "Corby's economy: grew at its fastest rate in four years. ");
    assert_line("Ann Kerr - who has left the council - built her name as a plain-speaking Corby woman. She served for "
                "twenty years. Her seat will be filled in May.\n",
                "Ann Kerr: built her name as a plain-speaking Corby woman. ");
}

Test(brief, after_a_scene_a_definite_description_stands_for_the_person_named_before) {
    assert_line("It has been a long year for the club, and it seems that Ann Kerr is ready for a change. The "
                "54-year-old chairman of Corby Rovers was seen leaving the ground with a box of papers on Friday. The "
                "club has said nothing. Fans want answers.\n",
                "Ann Kerr (54-year-old chairman of Corby Rovers): seen leaving the ground");
    /* two people named before it: no telling which one it stands for */
    assert_brief_lacks("It has been a long year for the club, and it seems that Ann Kerr and Tom Reyes are ready for a "
                       "change. The 54-year-old chairman of Corby Rovers was seen leaving the ground with a box of "
                       "papers on Friday. The club has said nothing. Fans want answers.\n",
                       "(54-year-old chairman");
}

Test(brief, a_one_word_name_is_subject_enough_for_a_verb_before_a_determiner) {
    assert_line("Liverpool put a dampener on Tom Reyes's 300th game for Corby as they won a local derby at the park. "
                "Reyes was sent off on his debut in 2010. Corby are still top of the league.\n",
                "Liverpool: put a dampener on Tom Reyes's 300th game");
}

Test(brief, an_occupation_before_the_name_is_a_role) {
    assert_line("Corby goalkeeper Tom Reyes will miss Sunday's cup final after the club dropped its appeal against his "
                "red card. He was sent off last week. The final is in Leeds.\n",
                "Tom Reyes (Corby goalkeeper): will miss Sunday's cup final. ");
    /* the tagger's span took the occupation in: it is the role, not part of the name */
    assert_line("Singer Ann Kerr has been spared jail for a string of driving offences. She was fined 500 pounds. "
                "Her band will tour in May.\n",
                "Ann Kerr (singer): spared jail");
    assert_line("Joint assistant boss Tom Reyes has said he would like to manage Corby one day. He joined the club "
                "in 2019. The manager's contract ends in May.\n",
                "Tom Reyes (joint assistant boss): ");
}

Test(brief, in_after_a_short_object_says_of_what_unless_a_place_follows) {
    /* "a sharp rise" says nothing until "in profits" */
    assert_line("Corby Foods has reported a sharp rise in profits after a strong year for its bakeries. Sales rose "
                "by a tenth. The shares rose 5%.\n",
                "Corby Foods: reported a sharp rise in profits. ");
    /* an amount's conversion in brackets inside that phrase is passed over, and left out */
    assert_line("Kerr Air has ordered 30 new planes in a $1.8bn (\xC2\xA3" "1.4bn) deal with a European maker. The first will "
                "arrive in 2027. The airline flies to 40 cities.\n",
                "Kerr Air: ordered 30 new planes in a $1.8bn deal with a European maker. ");
}

Test(brief, a_continent_is_broader_than_the_country_in_it) {
    /* the where is the Philippines, not Asia, which is its context */
    assert_line("A Corby singer has become a TV star in the Philippines, winning fans across Asia with her soap role. "
                "She moved there in 2019. Her show airs on Fridays.\n",
                "A Corby singer: has become a TV star, Philippines. ");
}

Test(brief, a_place_in_a_relative_clause_without_that_is_not_the_events) {
    /* Leeds is where the title was won last year, not where he chose */
    assert_line("Tom Reyes has chosen not to defend the Corby open title they awarded him in Leeds last year. He "
                "wants to rest his knee. The open starts on Monday.\n",
                "Tom Reyes: has chosen not to defend the Corby open title. ");
}

Test(brief, a_long_relative_clause_in_the_subject_and_its_time) {
    /* the relative clause runs 27 tokens before "will"; its weekend is not the event's */
    assert_line("A Corby taxi driver who was praised for stopping a robbery at the town's bank at the weekend by "
                "blocking the road with his car and the door with a bin will not face any charges for his "
                "actions. Police said he acted bravely. The robbers were caught.\n",
                "A Corby taxi driver: will not face any charges for his actions. ");
}

Test(brief, a_speakers_claim_keeps_its_second_predicate) {
    /* cut at "and", the claim would say the council had the chance and leave out that it failed */
    assert_line("The council has had the chance to mend the roads of Corby and has failed, Ann Kerr has said. She "
                "wants the work done by May. The council says it has no money.\n",
                "Ann Kerr: The council has had the chance to mend the roads of Corby and has failed. ");
}

Test(brief, a_name_that_starts_with_a_function_word_opens_a_subject) {
    /* "Will" is a name here, not the modal that would make the lede a scene */
    assert_line("Will Smith's new film, Harbour Lights, has topped the North American box office for a second "
                "weekend. The comedy took $31m. It cost $60m to make.\n",
                "Will Smith's new film: topped the North American box office. ");
}

Test(brief, a_relative_clause_before_a_verb_of_saying_gives_no_line_from_its_own_verb) {
    /* the news is what the father claims; his conviction is the relative clause's (that
     * lede made no line until the eleventh round read the verb of saying as its head) */
    assert_line("A Corby father convicted of hitting his baby son who may lose his rights to see the boy claims the boy "
                "was never hurt. The court will hear his appeal in May. His wife backs him.\n",
                "A Corby father: claims the boy was never hurt. ");
}

Test(brief, a_speakers_claim_with_a_question_word_is_not_cut) {
    assert_no_line("The real danger is not what happens to your data as it crosses the net, argues analyst Tom "
                   "Reyes. It is what happens when it arrives at the other end. He has studied networks for years.\n",
                   "The real danger is not");
}

Test(brief, an_honorific_and_surname_are_not_replaced_by_a_later_full_name) {
    /* the full name the text gives later is the son's */
    assert_line("Lord Kerr signed a letter saying he wanted to stay on the Corby council just a week before he was "
                "ruled too ill to face the inquiry. Campaigners asked why he could stay. His son, the barrister Tom "
                "Kerr, said his father was very frail.\n",
                "Lord Kerr: signed a letter saying he wanted to stay on the Corby council. ");
}

Test(brief, a_role_that_opens_the_sentence_loses_only_the_sentence_s_capital) {
    /* an occupation known to the model, written nowhere else */
    assert_line("Novelist Ann Kerr has won the Corby book prize for her third novel. The judges met in Leeds. The "
                "prize is worth 5,000 pounds.\n",
                "Ann Kerr (novelist): ");
    /* the article's own lower-case writing of the word decides */
    assert_line("Chancellor Tom Reyes has cut the tax on fuel by a tenth. The chancellor said drivers had waited "
                "long enough. The cut starts in May.\n",
                "Tom Reyes (chancellor): ");
    /* a title keeps its capitals, and so does a name that opens the role */
    assert_line("Prime Minister Tom Reyes has called an election for June. He has led the party since 2019. The "
                "vote will be close.\n",
                "Tom Reyes (Prime Minister): ");
    assert_line("Harbour FC manager Tomas Reyes has signed a new contract with the club. The harbour board agreed "
                "to it last week. It runs to 2030.\n",
                "Tomas Reyes (Harbour FC manager): ");
}

Test(brief, a_name_after_a_says_what_kind_of_thing_the_subject_is) {
    /* not a person called "King Charles Spaniel" */
    assert_line("A King Charles Spaniel has been rescued from a frozen pond in Corby after two hours in the water. "
                "Firefighters used a ladder to reach the dog. It is now back with its owners.\n",
                "A King Charles Spaniel: rescued from a frozen pond");
}

Test(brief, a_year_or_month_right_after_the_event_dates_it) {
    /* a year or a month is background in most ledes, but "in" right after the event's
     * words dates the event */
    assert_line("Corby house prices fell 0.7% in December after a strong autumn, the council said. Sales were "
                "slow. Buyers waited for the new year.\n",
                "Corby house prices: fell 0.7%, December");
    /* not one that qualifies a noun after it, nor one of two */
    assert_line("Corby Foods has posted a rise in fourth quarter profits after a strong Christmas. Sales were up "
                "by a tenth. The shares rose.\n",
                "Corby Foods: posted a rise. ");
    assert_line("Tomas Reyes will host a charity match in June or July, the council said on Wednesday. Reyes will "
                "pick both sides. Tickets go on sale soon.\n",
                "Tomas Reyes: will host a charity match, the council said on Wednesday. ");
}

Test(brief, two_descriptions_of_one_person_lead_with_the_first) {
    /* the verb is singular: "and the founder ..." says more about the same teacher */
    assert_line("A retired Corby teacher and the founder of the town chess club has died at the age of 88. She "
                "taught for forty years. Her pupils will hold a memorial game.\n",
                "A retired Corby teacher: died at the age of 88. ");
    /* not "and" inside a phrase: the book is about both */
    assert_no_line("A book about the history of ferries and the science of tides has won the Corby prize for "
                   "writing. It took ten years to write. The author lives in Leeds.\n",
                   "A book about the history of ferries and the science");
}

Test(brief, a_relative_clause_keeps_the_auxiliaries_of_its_own_clauses) {
    /* "he was asleep" and "and was not drunk" are the relative clause's; "has vowed" is the
     * main clause's. The next sentence names the landlord by repeating the head word, and
     * "again" ends the predicate. */
    assert_line("A village landlord who was fined after claiming he was asleep and was not drunk has vowed to never "
                "drink again. Tom Reyes, landlord of the Swan, was stopped in March. He has sold his car.\n",
                "Tom Reyes (village landlord): vowed to never drink again. ");
}

Test(brief, this_is_the_moment_points_at_the_clause_that_tells_the_news) {
    assert_line("This is the dramatic moment a Corby firefighter rescued a horse from a frozen lake. The horse "
                "had wandered onto the ice. It was treated by a vet.\n",
                "A Corby firefighter: rescued a horse from a frozen lake. ");
}

Test(brief, a_rank_the_lede_gives_its_subject_is_news) {
    assert_line("A new Corby law banning fireworks in parks is the first of its kind in England. It was passed on "
                "Monday. Shops must put up signs.\n",
                "A new Corby law banning fireworks: the first of its kind in England. ");
    /* a time in an aside between the subject and its verb is the aside's */
    assert_line("The new film of The Harbour Lights, released in Leeds on Friday, is the latest attempt to bring "
                "the old radio serial to cinemas. It cost five million pounds. Critics were kind.\n",
                "The new film of The Harbour Lights: the latest attempt to bring the old radio serial to cinemas. ");
}

Test(brief, a_complement_cut_inside_a_pair_goes_on_through_it) {
    /* two names that share what follows, and a pair that "both" opens, are read whole */
    assert_line("The film Harbour Lights has opened at the top of the UK and Ireland box office chart, taking two "
                "million pounds. It stars Ann Kerr. Critics were kind.\n",
                "Harbour Lights: opened at the top of the UK and Ireland box office chart. ");
    assert_line("Ann Kerr has been chosen for both the 800m and 1500m at next month's Corby Games. She won two golds "
                "last year. Kerr is 29.\n",
                "Ann Kerr: chosen for both the 800m and 1500m");
}

Test(brief, a_claim_attributed_after_a_closing_quotation_keeps_its_source) {
    /* the comma that ends the claim stands inside the quotation marks */
    assert_line("Tom Reyes plans to open a ferry terminal in Corby to bring in \"more visitors and more trade,\" Ann "
                "Kerr said on Monday. The terminal will cost two million pounds. Work starts in May.\n",
                "Tom Reyes: plans to open a ferry terminal, Corby, Ann Kerr said on Monday. ");
}

Test(brief, a_stop_word_that_opens_the_sentence_is_no_part_of_a_role) {
    /* the recogniser's span took "But" in with the club's name */
    assert_line("But Harbour FC manager Tom Reyes has resigned after ten years. He will stay in the town. The club "
                "thanked him.\n",
                "Tom Reyes (Harbour FC manager): resigned. ");
}

Test(brief, a_predicate_that_needs_what_it_leaves_out_makes_no_line) {
    /* "has come up [with one]": a verb and its particle whose complement is a pronoun */
    assert_no_line("Harbour Lights: the night the ferry sank\n\nIt is hard to imagine a worse ferry timetable than the "
                   "one Corby has now.\n\nFerry boss Tom Reyes has come up with one.\n\nHe will show it to the "
                   "council on Monday. Councillors will vote in May.\n",
                   "It is hard to imagine");
    /* "learned [again]": "again" after a lone verb says nothing more */
    assert_no_line("Voters learned again during the first council debate that no matter the setting, no matter the "
                   "stakes, Tom Reyes will insist on being Tom Reyes. He will rise or fall as himself. Reyes spoke "
                   "for an hour.\n",
                   "Voters learned again");
}

Test(brief, a_name_in_an_opening_subordinate_clause_does_not_lead) {
    assert_no_line("If Tom Reyes could make money doing it, Ann Kerr is against it. Kerr said so at the Corby debate on "
                   "Monday. Reyes did not reply.\n",
                   "If Tom Reyes could make money");
}

Test(brief, a_count_alone_names_no_one) {
    assert_no_line("After a friendly start to the campaign, two are now sparring. Tom Reyes called Ann Kerr a liar in "
                   "Corby on Monday. Kerr said she would sue.\n",
                   "After a friendly start");
}

Test(brief, an_opening_time_and_a_pronoun_start_the_main_clause) {
    /* not "Tom Reyes: would win the Corby seat", the opposite of what the sentence says */
    assert_no_line("A year ago it seemed unlikely Tom Reyes would win the Corby seat. Yet Reyes now leads in every "
                   "poll. He spoke in Leeds on Monday.\n",
                   "A year ago it seemed");
}

Test(brief, a_short_bracket_after_a_name_is_passed_over) {
    /* a party and a state after a senator's name */
    assert_line("Sen. Ann Kerr (D-Corby) criticized the ferry cuts on Monday. Kerr said the island would be cut off. "
                "The vote is in May.\n",
                "Ann Kerr (Sen.): criticized the ferry cuts, Monday. ");
    assert_line("Sen. Ann Kerr (D-Corby) said on Monday she would vote against the ferry cuts. Kerr said the island "
                "would be cut off. The vote is in May.\n",
                "Ann Kerr (Sen.): ");
}

Test(brief, a_dateline_may_end_on_a_horizontal_bar) {
    /* U+2015, as some US publishers write their datelines */
    assert_line("LEEDS \xE2\x80\x95 Ann Kerr\xE2\x80\x99s campaign said it is looking for a new manager to run its Corby "
                "office. Kerr lost her last manager in May. The office opens in June.\n",
                "Ann Kerr\xE2\x80\x99s campaign: is looking for a new manager to run its Corby office. ");
}

Test(brief, the_line_ends_with_one_full_stop) {
    /* not a second one after an abbreviation, nor after a comma inside closing quotes */
    assert_line("Corby Foods has opened a new factory in Ohio, U.S. The firm will hire 300 people. Its shares rose.\n",
                "Corby Foods: opened a new factory, Ohio, U.S. The firm will hire");
    assert_line("Ann Kerr says the new ferry timetable is \"not good enough,\" and the council agrees. The vote is in "
                "May. Kerr spoke on Monday.\n",
                "Ann Kerr: says the new ferry timetable is \"not good enough\". ");
}

Test(brief, quoted_words_between_two_marks_in_tokenized_text_need_their_speaker) {
    /* a text that lost its paragraphs: the mark before "Sometimes" opens the second paragraph
     * of the quotation, but reads as the first's closing one */
    const char *text =
        "Harbour FC manager Tom Hale complained that the referee should have given his side a free-kick before the "
        "penalty that let Sines Town draw 1-1 at the quay ground on Saturday .\n"
        "Hale said on Harbour Radio : ' My view is that there was contact straight away . Ola tells me there was "
        "contact and he lost his balance . ' Sometimes you need to apply a little bit of common sense to these "
        "calls . ' Clearly there was contact . '\n"
        "The referee , Ana Reyes , said after the game that she had seen the handball clearly from where she stood "
        "on the edge of the box .\n";
    for (int w = 30; w <= 80; w += 10) {
        const char *b = brief_of(text, w, PRECIS_FORMAT_TEXT);
        const char *q = strstr(b, "Sometimes you need");
        /* (only right after the sentence before it, which names the speaker) */
        if (q)
            cr_expect_not_null(strstr(b, "Ola tells me"), "w=%d: %s", w, b);
    }
}

Test(brief, a_list_of_names_is_no_brief_sentence) {
    /* a team's line-up carries many names but tells nothing; a row of a results table neither */
    const char *text = "Harbour FC beat Sines Town 2-0 on Saturday to go top of the league for the first time in "
                       "ten years.\n\nTom Hale scored twice in the second half after a quiet first hour.\n\n"
                       "Harbour FC: Reyes, Kerr, Marsh, Berg, Costa, Lane, Boyd, Hale, Silva, Moura, Pinto.\n\n"
                       "Sines Town: Vaz, Rocha, Lopes, Nunes, Faria, Tavares, Matos, Couto, Leal, Sousa, Mota.\n\n"
                       "Ola Berg - Harbour FC 1:38.067 10.\n\n"
                       "The club's chairman said the win was the best present the town could have had.\n";
    for (int w = 40; w <= 120; w += 20) {
        const char *b = brief_of(text, w, PRECIS_FORMAT_TEXT);
        cr_expect_null(strstr(b, "Reyes, Kerr"), "w=%d: %s", w, b);
        cr_expect_null(strstr(b, "Vaz, Rocha"), "w=%d: %s", w, b);
        cr_expect_null(strstr(b, "1:38.067"), "w=%d: %s", w, b);
    }
    /* guard: a sentence whose long words are capitalised but whose short ones are not, as
     * German writes its nouns, is no list */
    const char *de = "Der Hafen von Sines hat am Sonntag eine neue Fähre nach Lissabon bekommen.\n\n"
                     "Auf den 3000 Metern gab es bei den Fischern ein Berliner Podest.\n";
    cr_expect_not_null(strstr(brief_of(de, 80, PRECIS_FORMAT_TEXT), "Auf den 3000 Metern"), "%s",
                       brief_of(de, 80, PRECIS_FORMAT_TEXT));
}

Test(brief, the_headline_above_the_lede_is_no_brief_sentence) {
    const char *b = brief_text("Ferry Terminal Opens In Corby Harbour After Long Delay.\n\nMayor Ann Kerr opened the new "
                               "ferry terminal in Corby on Tuesday after two years of building work. Kerr said it "
                               "would bring trade. The terminal cost two million pounds.\n");
    cr_assert_null(strstr(b, "Ferry Terminal Opens"), "%s", b);
    /* the lede leads, as the line (which says most of it, so it is not repeated) */
    cr_assert(strncmp(b, "Ann Kerr (Mayor): opened the new ferry terminal", 47) == 0, "%s", b);
}

Test(brief, a_neither_nor_subject_leads_no_line) {
    /* not "Tom Reyes: showed much appetite": the line would drop the negation */
    assert_no_line("Neither Tom Reyes nor his rivals showed much appetite for a fight in the final Corby debate on "
                   "Monday. The vote is on Thursday. Reyes leads the polls.\n",
                   "Neither Tom Reyes");
}

Test(brief, a_reflexive_object_ends_the_predicate) {
    /* not "needs to sell": the reflexive is the verb's object */
    assert_line("Ann Kerr needs to sell herself and tell more jokes. Tom Reyes needs to tell the truth. The vote is in "
                "May.\n",
                "Ann Kerr: needs to sell herself");
}

Test(brief, a_person_cut_from_the_complement_a_verb_needs_makes_no_line) {
    /* not "described Labour group leader Tom Reyes", "asked BBC host Tom Reyes": the line
     * takes in a short complement (a quoted one closes at its mark; the object's appositive
     * stays), and is not made when the complement runs on */
    assert_line("Corby mayor Ann Kerr described Labour group leader Tom Reyes as a \"disgrace\" after he cut the ferry "
                "budget. Reyes did not reply. The budget vote is in May.\n",
                "Ann Kerr (Corby mayor): described Labour group leader Tom Reyes as a \"disgrace\". ");
    assert_line("The Kerr campaign has asked BBC host Tom Reyes, the moderator for the first debate, to check the "
                "facts during Monday's debate. Reyes did not reply. The debate is in Corby.\n",
                "The Kerr campaign: asked BBC host Tom Reyes, the moderator for the first debate, to check the facts");
    assert_no_line("Corby mayor Ann Kerr described Labour group leader Tom Reyes as a man who has never once cared "
                   "about the ferry. Reyes did not reply. The budget vote is in May.\n",
                   "Corby mayor Ann Kerr described");
    /* a person in a phrase of the object is not the object: "held talks with ..." (with
     * "described the talks with ... [as excellent]" the line takes the short name that
     * closes the clause: a_naming_verb_takes_a_short_name_after_as) */
    assert_line("Corby mayor Ann Kerr held ferry talks with harbour boss Tom Reyes in the town hall. The talks "
                "lasted two hours. A deal is expected in May.\n",
                "Ann Kerr (Corby mayor): held ferry talks with harbour boss Tom Reyes");
    assert_line("Corby mayor Ann Kerr described the ferry talks with harbour boss Tom Reyes as excellent. The talks "
                "lasted two hours. A deal is expected in May.\n",
                "Ann Kerr (Corby mayor): described the ferry talks with harbour boss Tom Reyes as excellent.");
    /* an object that is no person is whole: "held a dinner party" */
    assert_line("Corby mayor Ann Kerr held a dinner party in Leeds for the ferry crews. The crews thanked her. Kerr "
                "paid for it herself.\n",
                "Ann Kerr (Corby mayor): held a dinner party, Leeds. ");
}

Test(brief, a_condition_cut_before_its_verb_makes_no_line) {
    /* "Tom Reyes: may prove to be a passing thing if the mayor's ferry plan." said neither who
     * (his gains) nor on what condition; a condition with its verb stays */
    assert_no_line("Tom Reyes's recent gains in some polls in Corby may prove to be a passing thing if the mayor's ferry "
                   "plan, which voters dislike, is pushed through. Reyes leads by two points. The vote is in May.\n",
                   "Tom Reyes's recent gains");
    assert_line("Corby Labour will keep the ferry timetable if it wins the election in May. Tom Reyes said so on "
                "Monday. Voters are split.\n",
                "Corby Labour: will keep the ferry timetable if it wins the election in May. ");
}

Test(brief, a_whose_clause_is_no_part_of_the_main_clause) {
    /* not "The Corby hacker whose prank first: revealed ...": the hacker pleaded guilty */
    assert_no_line("The Corby hacker whose prank first revealed that Ann Kerr used a private email address pleaded "
                   "guilty on Wednesday to hacking. He faces two years in jail. Kerr did not comment.\n",
                   "The Corby hacker whose prank");
}

Test(brief, a_headline_predicate_keeps_its_negation_or_is_not_read) {
    /* not "Ann Kerr (Corby mayor): sure council will back ferry plan" */
    const char *b = brief_text("Ann Kerr not sure council will back ferry plan\n\nCorby mayor Ann Kerr told reporters in "
                               "Leeds she could not be certain the council would back her plan to cut ferry fares. The "
                               "vote is in May. Kerr has led the council since 2019.\n");
    cr_assert_null(strstr(b, ": sure council"), "%s", b);
}

Test(brief, a_name_s_possessed_noun_and_its_clause_are_no_event_of_the_name) {
    /* not "Tom Reyes: claim on Monday that ... drew rebukes", nor the "that" clause's verb */
    assert_no_line("Tom Reyes's claim on Monday that more ferries are needed in Corby to cut waiting times drew rebukes "
                   "from the council. Reyes said he stood by it. The council meets in May.\n",
                   "Tom Reyes's claim");
}

Test(brief, a_name_after_said_is_the_reported_clause_s_subject) {
    /* not "Candidate Ann Kerr: said Tom Reyes, Monday." */
    assert_no_line("On Monday at the Corby debate, candidate Ann Kerr said Tom Reyes, the ferry boss who ran the council "
                   "for a decade, was wrong about the timetable. Reyes did not reply. The vote is in May.\n",
                   "On Monday at the Corby debate");
}

Test(brief, as_before_a_bare_plural_opens_a_clause) {
    /* not "... : surfacing as friends." */
    assert_no_line("The names of those on board the Corby ferry are surfacing as friends and family gather at the "
                   "harbour. The ferry sank on Monday. Divers are still searching.\n",
                   "The names of those on board");
}

Test(brief, a_claim_before_its_source_keeps_it_when_a_time_follows_the_verb) {
    /* "..., former mayor Tom Reyes said this week at an event": the claim is what came before */
    assert_line("Ann Kerr thinks the council sets too many parking fines, former mayor Tom Reyes said this week at an "
                "event in Leeds. Kerr has not commented. The council meets in May.\n",
                "Ann Kerr: thinks the council sets too many parking fines, Leeds, former mayor Tom Reyes said. ");
}

Test(brief, a_role_after_a_is_no_role_of_the_name) {
    /* a supposition or another's: not "Tom Reyes (manager)" */
    assert_line("Tom Reyes has urged Corby to raise its game. He admitted Ann Kerr may prefer to be a manager, Reyes "
                "said. The club meets Leeds on Saturday.\n",
                "Tom Reyes: urged Corby to raise its game. ");
}

Test(brief, an_archive_abstract_is_the_lede_and_the_title_stays_out) {
    /* "Title; / Subtitle. / ABSTRACT. / abstract / FULL TEXT. / story": the title and its
     * subtitle run into one sentence with a full stop, which is no lede */
    const char *b = brief_text("Ferry fares fall in Corby; \nCheaper crossings could lift the harbour trade.\n\n"
                               "ABSTRACT.\n\nThe Corby council cut ferry fares by a third on Monday after a year of "
                               "falling passenger numbers.\n\nFULL TEXT.\n\nFor years the crossing to Leeds cost more "
                               "than the train, and the boats ran half empty through the winter.\n\nMayor Ann Kerr said "
                               "the cut would pay for itself by the summer. The vote was close.\n");
    cr_assert(strncmp(b, "The Corby council: cut ferry fares", 34) == 0, "%s", b);
    cr_assert_null(strstr(b, "Ferry fares fall in Corby"), "%s", b);
    cr_assert_null(strstr(b, "FULL TEXT"), "%s", b);
}

Test(brief, a_negation_keeps_its_do) {
    /* not "Tom Reyes: not believe ..." */
    assert_line("Tom Reyes does not believe the ferry timetable should be an election issue, arguing it is a matter for "
                "the harbour board. His spokesman set out the view on Monday. The vote is in May.\n",
                "Tom Reyes: does not believe the ferry timetable should be an election issue. ");
}

Test(brief, a_subject_ending_in_ing_keeps_its_last_word) {
    /* not "A more tangible economic: could help ..." */
    assert_line("A more tangible economic upswing could help the ruling party keep its majority after a long and slow "
                "recovery.\n\nThe figures published on Friday showed wages rising faster than prices.\n\nEconomists "
                "said the change would reach most households by the summer.\n",
                "A more tangible economic upswing: could help the ruling party keep its majority. ");
}

Test(brief, a_headline_verb_before_a_name_is_no_description) {
    /* "Kerr calls Reyes plan 'reckless,' but backs him": not "Kerr and Reyes: plan 'reckless." */
    assert_line("Kerr calls Reyes plan 'reckless,' but backs him\n\nThe Corby ferry plan of councillor Tom Reyes would "
                "empty the harbour fund within a year, Mayor Ann Kerr told the council on Monday. She will still vote "
                "for it in May. The council meets again in June.\n",
                "Ann Kerr (Mayor): calls Reyes plan 'reckless', Monday. ");
}

Test(brief, yet_to_says_the_event_has_not_happened) {
    /* not "Ann Kerr: address how ..." */
    assert_line("Ann Kerr has yet to address how her council would handle the harbour debts of the old ferry "
                "company. The debts come to four million pounds. The council meets in May.\n",
                "Ann Kerr: yet to address how her council would handle the harbour debts of the old ferry company. ");
}

Test(brief, a_claim_whose_verb_lies_past_the_cut_makes_no_line) {
    /* not "...: claimed the number of families seeking emergency beds, yesterday.": the claim
     * is read to its own verb and object, or there is no line */
    const char *text = "The region's largest housing charity yesterday claimed the number of families seeking emergency "
                       "beds from its hostels passed ten thousand last year.\n\nThe figures were seized on by the "
                       "opposition.\n\nThe minister said the rise had slowed.\n";
    assert_brief_lacks(text, "emergency beds, yesterday");
    const char *b = brief_text(text);
    if (strstr(b, "charity: claimed"))
        cr_assert_not_null(strstr(b, "charity: claimed the number of families seeking emergency beds from its hostels "
                                     "passed ten thousand"),
                           "%s", b);
}

Test(brief, more_than_before_a_verb_is_its_degree) {
    /* "will more than double" says enough: the line is made, and keeps its research source */
    assert_line("The number of ferry passengers in Corby will more than double by the end of the decade, meaning one in "
                "three harbour workers will be needed on the night shift by 2030, research shows.\n\nThe rise will come "
                "from new housing near the port.\n\nThe council said it would study the figures.\n",
                "The number of ferry passengers: will more than double by the end of the decade, Corby, research "
                "shows. ");
}

Test(brief, a_finding_credits_the_line_s_claim) {
    /* not "Ferry traffic: fell to its lowest level, Corby." as the line's own fact */
    assert_line("Ferry traffic in Corby fell to its lowest level for a decade in the summer, figures show.\n\nThe "
                "operator blamed the weather and the strike.\n\nThe council said it would study the figures.\n",
                "Ferry traffic: fell to its lowest level, Corby, figures show. ");
    /* ... but a word of the class that does not end the attribution is none ("a show") */
    assert_line("Tom Reyes took over the harbour radio's breakfast show on Sunday, adding travel news and interviews with "
                "ferry crews.\n\nHe hopes to win back listeners.\n\nThe station said it was delighted.\n",
                "Tom Reyes: took over the harbour radio's breakfast show, Sunday. ");
}

Test(brief, a_whole_subject_of_eleven_words_leads) {
    /* one noun phrase of eleven words, with no name at its head: it leads whole */
    assert_line("A report about harbour walls and the future of the ferries has won the Corby council's "
                "annual prize.\n\nIts author, Ann Kerr, spent two years on it.\n\nThe prize is worth a thousand "
                "pounds.\n",
                "A report about harbour walls and the future of the ferries: won the Corby council's annual "
                "prize. ");
}

Test(brief, a_state_after_have_been_keeps_its_tense) {
    /* "have been out on the picket line": not "out on ..." alone, nor no line */
    assert_line("Hundreds of ferry workers have been out on the picket line at Corby harbour since dawn.\n\nThe strike "
                "is over pay.\n\nThe operator said it would talk to the union next week.\n",
                "Hundreds of ferry workers: have been out on the picket line at Corby harbour. ");
}

Test(brief, a_time_in_an_opening_clause_of_before_is_not_the_event_s) {
    /* not "Tom Reyes: sacked three of his deputies, Wednesday." */
    assert_line("Before he resigned as harbour master on Wednesday, Tom Reyes sacked three of his deputies.\n\nHis "
                "deputy takes over.\n\nThe council will name a successor in May.\n",
                "Tom Reyes: sacked three of his deputies. ");
}

Test(brief, told_someone_without_what_makes_no_line) {
    /* not "Tom Reyes (former mayor): told councillors at the harbour meeting, Monday." */
    assert_brief_lacks("Former mayor Tom Reyes told councillors at the harbour meeting on Monday that the new ferry "
                       "contract signed by his successor in the spring should be torn up before the summer.\n\nThe "
                       "council has not replied.\n\nThe contract runs for ten years.\n",
                       "(former mayor): told councillors");
}

Test(brief, a_verb_with_its_own_complement_reports_no_claim_before_it) {
    /* "..., councillor Tom Reyes was calling for change": not "Tom Reyes: Just after the storm
     * flooded the old harbour" as his claim */
    assert_brief_lacks("Just after the storm flooded the old harbour in Corby, councillor Tom Reyes was calling for "
                       "change.\n\nIn the wake of the mayor's remarks on the flood, Reyes called for the mayor to "
                       "resign.\n\nThe mayor has not replied.\n",
                       "Tom Reyes: Just after");
}

Test(brief, a_noun_in_s_before_a_relative_that_is_no_verb) {
    /* not "Corby Herald: series that follows the ferry crews." */
    assert_brief_lacks("This is the first part of Harbour Lives, the Corby Herald series that follows the ferry crews "
                       "through a winter at sea.\n\nThe crews work twelve-hour shifts.\n\nThe next part appears on "
                       "Friday.\n",
                       "Corby Herald: series");
}

Test(brief, a_condition_the_line_cannot_carry_makes_no_line) {
    /* not "The Corby ferry company: going to face a hard summer." as a fact */
    assert_no_line("If the spring tides are any guide, the Corby ferry company is going to face a hard summer at the "
                   "harbour.\n\nBookings fell in March.\n\nThe company said it was confident.\n",
                   "If the spring tides");
}

Test(brief, a_short_bracket_inside_the_predicate_is_passed_over) {
    /* not "Ann Kerr: sets out to answer a simple." */
    assert_line("In her new book, Ann Kerr sets out to answer a simple (if awkward) question about the harbour.\n\nThe "
                "answer, she suggests, lies in the accounts.\n\nThe book is out on Friday.\n",
                "Ann Kerr: sets out to answer a simple question. ");
}

Test(brief, a_typed_double_hyphen_ends_a_dateline) {
    /* "CORBY, England (HNS) -- ...": the story starts after the dateline, and its line too */
    assert_line("CORBY, England (HNS) -- Harbour master Tom Reyes has closed the old ferry pier after a storm cracked "
                "its main beam.\n\nRepairs will take a month.\n\nThe council said it would pay.\n",
                "Harbour master Tom Reyes: closed the old ferry pier");
}

Test(brief, it_after_a_person_is_not_the_person) {
    /* "Mayor Ann Kerr ... said it would tell the story ...": not "Ann Kerr (Mayor): would tell ..." */
    assert_line("Mayor Ann Kerr, opening the new harbour museum in Corby on Saturday, said it would tell the story of the "
                "ferry crews and their families.\n\nThe museum cost two million pounds.\n\nIt opens to the public on "
                "Monday.\n",
                "Ann Kerr (Mayor): said it would tell the story of the ferry crews. ");
    /* ... and a clause of what would have been makes no line */
    assert_no_line("Tom Reyes said on Friday that it would \"have been better\" had the council listened to the ferry "
                   "crews before the storm.\n\nThe council has not replied.\n\nRepairs will take a month.\n",
                   "Tom Reyes said on Friday");
}

Test(brief, a_name_that_qualifies_a_headline_s_subject_does_not_lead) {
    /* "Chelsea striker Tom Reyes signs ...": not "Chelsea and Tom Reyes (Chelsea striker): ..." */
    assert_line("Chelsea striker Tom Reyes signs a new four-year deal\n\nThe story goes on here with a full sentence "
                "about the harbour and the town of Corby on Monday.\n\nThe council said the money would be spent by "
                "the summer.\n",
                "Tom Reyes (Chelsea striker): signs a new four-year deal");
    /* "Essex hunter found dead ...": a hunter was found, not Essex */
    assert_brief_lacks("Essex hunter found dead in woods near Corby\n\nThe story goes on here with a full sentence about "
                       "the harbour and the town of Corby on Monday.\n\nThe council said the money would be spent by "
                       "the summer.\n",
                       "Essex: hunter found dead");
}

Test(brief, the_older_reading_keeps_no_verb_after_a_negation_a_modal_or_but) {
    /* not "Corby Harbour Trust: indeed busy." */
    assert_no_line("The Corby Harbour Trust is not very large, but it is indeed busy.\n\nThe trust has three staff.\n\nIts "
                   "chairman, Tom Reyes, said it would grow.\n",
                   "The Corby Harbour Trust is not");
    /* not "Corby Harbour Council: revealed the cost of the repairs months." */
    assert_no_line("The Corby Harbour Council withheld a key report in 2014 that would have revealed the cost of the "
                   "repairs months before the vote.\n\nThe trust has three staff.\n\nIts chairman, Tom Reyes, said it "
                   "would grow.\n",
                   "The Corby Harbour Council withheld");
}

Test(brief, a_source_cited_with_according_to_goes_with_the_line_or_the_line_goes) {
    /* a longer source after "according to" is carried ... */
    assert_line("Ferry fares in Corby rose 4% in March, according to figures published by the harbour board and the "
                "town council.\n\nThe rise follows a year of falling fares.\n\nThe council said the figures were "
                "provisional.\n",
                "Ferry fares: rose 4%, Corby, March, according to figures published by the harbour board and the town "
                "council. ");
    /* ... and one too long to carry leaves no line that would state the claim as fact */
    assert_no_line("Ferry fares in Corby rose 4% in March, according to a survey of six hundred passengers taken by the "
                   "harbour board and the town council over the winter.\n\nThe rise follows a year of falling "
                   "fares.\n\nThe council said the figures were provisional.\n",
                   "Ferry fares in Corby rose");
}

Test(brief, a_participle_after_has_and_an_adverb_keeps_its_has) {
    /* not "The Corby ferry company: gone back into the red." */
    assert_line("The Corby ferry company has officially gone back into the red for the third time in ten years.\n\nIts "
                "losses reached two million pounds.\n\nThe board meets on Friday.\n",
                "The Corby ferry company: has officially gone back into the red. ");
}

Test(brief, a_reported_clause_with_a_longer_subject_is_read_whole) {
    /* the clause's subject runs to ten tokens; the line ends with the quotation's own stop */
    assert_line("Former mayor Tom Reyes has said his purchase of a warehouse on the old harbour front will allow him to "
                "help \"bring the quarter back to life.\"\n\nThe warehouse cost a million pounds.\n\nThe council "
                "welcomed the sale.\n",
                "Tom Reyes (former mayor): said his purchase of a warehouse on the old harbour front will allow him to "
                "help \"bring the quarter back to life.\" ");
}

Test(brief, a_source_named_at_length_goes_with_the_line) {
    /* ", the Corby Chamber of Commerce (CCC) has said": ten tokens, the verb ending them */
    assert_line("The Corby economy started to grow again in the spring, the Corby Chamber of Commerce (CCC) has "
                "said.\n\nShops reported more trade.\n\nThe harbour was busier too.\n",
                "The Corby economy: started to grow again, the spring, the Corby Chamber of Commerce (CCC) has said. ");
    /* ... but a verb in its middle is a clause's, which the line does not carry as a source */
    assert_line("The Corby economy started to grow again in the spring, with the Corby shops reporting that trade was "
                "up.\n\nShops reported more trade.\n\nThe harbour was busier too.\n",
                "The Corby economy: started to grow again, the spring. ");
}

Test(brief, a_title_run_into_its_subtitle_is_no_lede) {
    /* "Title; \nSubtitle." as archives join them: the story's lede follows */
    assert_line("Ferry fares to fall in Corby; \nHarbour board says cheaper crossings will lift trade and bring back the "
                "weekend visitors it lost last year.\n\nThe Corby harbour board cut ferry fares by a third on Monday "
                "after a year of falling passenger numbers.\n\nThe cut takes effect in May.\n",
                "The Corby harbour board: cut ferry fares, Monday. ");
    /* ... and stays out of the brief, in capitals too */
    assert_brief_lacks("HARBOUR ROW HEATS UP;\nCouncillors trade insults before the vote.\n\nTom Reyes said Ann Kerr "
                       "\"wrecked the harbour.\" Kerr called Reyes a \"liar.\"\n\nWith the vote a week away, the two "
                       "leading candidates for mayor of Corby spent Monday trading blows over the future of the "
                       "harbour.\n\nThe vote is on Friday.\n",
                       "HARBOUR ROW");
}

Test(brief, a_verb_whose_clause_is_cut_makes_no_line) {
    /* not "Tom Reyes: seemed to imply, Tuesday.", nor a clause cut before what the object is
     * stopped from */
    assert_no_line("Tom Reyes on Tuesday seemed to imply that angry dockers could stop Ann Kerr as mayor from closing the "
                   "old pier.\n\nReyes spoke at a rally in Corby.\n\nKerr has not replied.\n",
                   "Tom Reyes on Tuesday");
}

Test(brief, a_comma_between_two_adjectives_is_inside_the_phrase) {
    /* not "Ann Kerr (Mayor): painted a grim portrait of a neglected, Corby, Thursday." */
    assert_line("Mayor Ann Kerr painted a grim portrait of a neglected, crumbling harbour as she opened the council debate "
                "in Corby on Thursday.\n\nShe asked for a million pounds.\n\nThe vote is in May.\n",
                "Ann Kerr (Mayor): painted a grim portrait of a neglected, crumbling harbour");
}

Test(brief, a_headline_phrase_the_cap_cuts_ends_before_its_last_to) {
    /* not "Tom Reyes: accused of timing retirement to help." */
    assert_line("Tom Reyes accused of timing retirement to help elect his old friend\n\nCouncillors in Corby are grumbling "
                "about the harbour master's late announcement, which left others no time to stand.\n\nThe vote is in "
                "May.\n",
                "Tom Reyes: accused of timing retirement");
}

Test(brief, a_person_after_a_place_in_the_subject_is_the_subject) {
    /* "The harbour master of Corby, Tom Reyes, resigned": not "The harbour master of Corby: ..." */
    assert_line("The harbour master of Corby, Tom Reyes, resigned on Tuesday, two days after part of the old ferry pier "
                "collapsed into the sea during a storm.\n\nNobody was hurt when the wooden section gave way. Reyes "
                "said he was sorry.\n\nThe council will appoint an interim harbour master next week.\n",
                "Tom Reyes: resigned, Tuesday. ");
}

/* A quotation that runs on over three sentences, its paragraph left open as the next
 * paragraph reopens it: the second and third alone have no speaker. */
static const char RUN_ON_QUOTE[] =
    "Corby Harbour Trust chairman Tom Reyes has promised that the storm-damaged north quay will reopen to "
    "fishing boats before the end of the month.\n\n"
    "Reyes told the boat owners: \xe2\x80\x98We are nearly there. The crane, the quay wall and the harbour "
    "channel of the storm-damaged north quay are repaired. The fishing boats will be back within weeks.\n\n"
    "\xe2\x80\x98I thank every boat owner for their patience,\xe2\x80\x99 he added.\n\n"
    "The storm in January tore two moorings from the quay wall and sank a crab boat in the harbour.\n\n"
    "Boat owners have landed their catch at Wellsby, twelve miles along the coast, since the storm.\n\n"
    "The trust said the repairs to the quay and the crane had cost about 400,000 pounds.\n";

Test(brief, a_quotation_run_on_from_a_sentence_left_out_is_left_out) {
    for (int w = 40; w <= 120; w += 10) {
        const char *b = brief_of(RUN_ON_QUOTE, w, PRECIS_FORMAT_TEXT);
        if (strstr(b, "The crane, the quay wall"))
            cr_assert_not_null(strstr(b, "We are nearly there."), "w=%d: %s", w, b);
    }
}

Test(brief, words_freed_by_a_quotation_left_out_go_to_another_sentence) {
    /* with its line, the brief's second choice is the lede and a quotation cut off from its
     * speaker; the quotation's words go to the next best sentence, and the brief keeps its
     * line or, without one, the whole budget: not the lede alone, 25 words of 50 */
    const char *text =
        "Corby Harbour Trust chairman Tom Reyes has promised that the storm-damaged north quay will reopen to "
        "fishing boats before the end of the month.\n\n"
        "Reyes told boat owners on Tuesday: \"It will be soon. The north quay, the crane and the harbour channel "
        "are repaired, and the fishing boats will be back at the north quay this month.\"\n\n"
        "The storm in January tore two moorings from the quay wall and sank a crab boat in the harbour.\n\n"
        "Boat owners have landed their catch at Wellsby, twelve miles along the coast, since the storm.\n\n"
        "The trust said the repairs to the quay and the crane had cost about 400,000 pounds.\n";
    const char *b = brief_of(text, 50, PRECIS_FORMAT_TEXT);
    cr_assert_geq(count_words(b), 35, "%zu words: %s", count_words(b), b);
    cr_assert_leq(count_words(b), 50, "%zu words: %s", count_words(b), b);
}

Test(brief, a_verb_in_an_opening_subordinate_clause_is_not_the_event) {
    /* not "After Corby Council: reopened the storm-damaged north quay to fishing boats, Monday
     * morning." */
    assert_brief_lacks("After Corby Council reopened the storm-damaged north quay to fishing boats and the crab boats "
                       "of the bay on Monday morning, chairman Tom Reyes admitted the repairs had cost far more than "
                       "planned.\n\nThe storm in January tore two moorings from the quay wall.\n\nBoat owners landed "
                       "their catch at Wellsby for three months.\n",
                       ": reopened");
}

Test(brief, a_line_cut_before_the_state_its_verb_leaves_an_object_in_is_no_line) {
    /* not "A harbour master: left boat owners at the Corby quay." (that he walked out on them):
     * a short state is taken in, a long one makes no line */
    const char *text = "A harbour master left boat owners at the Corby quay in tears after reading out the names of the "
                       "crew lost in the January storm.\n\nThe crab boat Marigold sank two miles off the harbour "
                       "wall.\n\nThe harbour trust will hold a service for the crew on Sunday.\n";
    assert_brief_lacks(text, ": left boat owners at the Corby quay.");
    assert_line(text, "A harbour master: left boat owners at the Corby quay in tears. ");
    assert_brief_lacks("A harbour master left boat owners at the Corby quay in a state of shock and grief and anger at "
                       "the board, the trust said.\n\nThe crab boat Marigold sank two miles off the harbour wall.\n\n"
                       "The harbour trust will hold a service for the crew on Sunday.\n",
                       ": left boat owners");
}

Test(brief, a_pronoun_object_in_a_reported_clause_keeps_its_complement) {
    assert_line("A Corby student has claimed that the cost of renting a room in the town left her with no other "
                "choice than to quit her course.\n\nThe student moved to Corby two years ago to study nursing.\n\n"
                "Rents in the town have doubled since 2020, the council said.\n",
                "A Corby student: claimed that the cost of renting a room in the town left her with no other choice");
}

Test(brief, a_relative_clause_with_a_present_verb_stays_in_the_subject) {
    /* "which means ..." is the relative clause's verb: the main clause's is "has been abused" */
    assert_line("A schoolboy with a rare illness which means he is allergic to sunlight has been abused in the "
                "street in Corby.\n\nThe boy, 9, has to wear a brown suncream.\n\nHis mother has asked the police "
                "to act.\n",
                "A schoolboy with a rare illness: abused in the street");
}

Test(brief, a_bare_noun_whose_relative_clause_is_set_aside_does_not_lead) {
    /* not "The body: released its latest tool." */
    assert_no_line("The body that represents the harbour owners of Corby has released its latest guide to the "
                   "storm repairs.\n\nThe guide runs to forty pages.\n\nIt will be sent to every boat owner.\n",
                   "The body that represents");
}

Test(brief, an_adverb_in_the_verb_group_stays_with_the_predicate) {
    /* "virtually tied" is not "tied"; "racially abused" is not "abused" */
    assert_line("The two Corby council candidates are virtually tied before the harbour vote, according to a new "
                "poll.\n\nThe vote is on Thursday.\n\nBoth candidates want the quay rebuilt.\n",
                "The two Corby council candidates: virtually tied");
    assert_line("A Corby schoolboy has been racially abused in the street because of the brown suncream he has to "
                "wear.\n\nThe boy, 9, has a rare illness.\n\nHis mother has asked the police to act.\n",
                "A Corby schoolboy: racially abused in the street");
}

Test(brief, a_long_opening_clause_still_leaves_the_main_clause_to_read) {
    assert_line("After the Corby Harbour Trust spent three years and most of its reserves on rebuilding the "
                "storm-damaged north quay wall, chairman Tom Reyes resigned on Monday.\n\nThe quay reopened in "
                "May.\n\nThe trust will choose a new chairman in July.\n",
                "Tom Reyes (chairman): resigned");
}

Test(brief, a_subject_that_opens_with_a_possessive_leans_on_its_owner) {
    /* not "His poll numbers: rose sharply ..." nor "Their plans for the harbour: rejected ..." */
    assert_no_line("As Tom Reyes moved closer to winning the vote for the harbour board, his poll numbers rose "
                   "sharply in the fishing wards of Corby.\n\nThe vote is in May.\n\nReyes has led the trust since "
                   "2019.\n",
                   "As Tom Reyes moved closer");
    assert_no_line("Their plans for the harbour have been rejected by the Corby council.\n\nThe quay was damaged in "
                   "January.\n\nRepairs will start in May.\n",
                   "Their plans for the harbour have");
    /* ... but a possessive before a role and a name opens the name's subject */
    assert_line("As the trust raised the money, its chairman Tom Reyes thanked the fishing families of Corby.\n\n"
                "The quay was damaged in January.\n\nRepairs will start in May.\n",
                "Tom Reyes (chairman): thanked the fishing families of Corby.");
}

Test(brief, a_verb_in_ing_cut_from_its_clause_makes_no_line) {
    /* not "Ann Hale (leader): took the last formal step Wednesday of announcing." */
    assert_brief_lacks("Corby council leader Ann Hale took the last formal step Wednesday of announcing that the "
                       "council would not raise the harbour fees.\n\nThe fees pay for the quay repairs.\n\nBoat "
                       "owners had protested for months.\n",
                       "of announcing.");
}

Test(brief, a_time_after_an_owner_is_not_the_event_s) {
    /* "his Friday night radio show" is a regular show, not when he spoke */
    assert_brief_lacks("When guests on his Friday night radio show raised the harbour fees, Corby presenter Tom Reyes "
                       "said the council had been wrong to raise the fees for the small crab boats.\n\nThe council "
                       "raised the fees in March.\n\nReyes has presented the show since 2019.\n",
                       "fees, Friday night.");
}

Test(brief, an_and_inside_the_object_does_not_end_the_predicate) {
    /* not "tweeted a chart of wrong" */
    assert_line("Corby council leader Ann Hale tweeted a chart of wrong and wildly inaccurate harbour fee figures on "
                "Sunday.\n\nThe chart was deleted an hour later.\n\nBoat owners had protested for months.\n",
                "Ann Hale (Corby council leader): tweeted a chart of wrong and wildly inaccurate harbour fee figures, Sunday.");
    /* ... but one that opens a second verb and its complement does: not "and wait" */
    assert_line("Corby council leader Ann Hale urged boat owners to keep their boats out of the north harbour and "
                "wait for the repairs.\n\nThe repairs start in May.\n\nBoat owners had protested for months.\n",
                "Ann Hale (Corby council leader): urged boat owners to keep their boats out of the north harbour. ");
}

Test(brief, a_common_irregular_past_is_the_verb) {
    assert_line("Corby mayor Ann Kerr sought new powers over the harbour fees on Wednesday.\n\nThe fees rose in "
                "March.\n\nThe owners will meet in May.\n",
                "Ann Kerr (Corby mayor): sought new powers");
}

Test(brief, the_last_time_opens_no_subject) {
    /* guards the past above: not "The last time Tom Reyes: spoke with his brother." */
    assert_no_line("The last time Tom Reyes spoke with his brother, the crab boat Marigold was fishing off the Corby "
                   "harbour wall.\n\nThe boat sank in January.\n\nThe crew were rescued.\n",
                   "The last time Tom Reyes spoke");
}

Test(brief, a_time_that_points_at_another_is_no_when) {
    /* not "..., the same day." */
    assert_brief_lacks("On the same day he won the harbour board vote, Corby mayor Ann Kerr got a ruling from the county "
                       "court on the harbour fees.\n\nThe court sits in Kettering.\n\nThe fees rose in March.\n",
                       ", the same day.");
}

Test(brief, an_object_that_goes_on_after_a_time_makes_no_line) {
    /* not "Corby boat owners: got a taste, Wednesday night." */
    assert_no_line("Corby boat owners got a taste on Wednesday night of what the new harbour fees will cost them in "
                   "the summer.\n\nThe fees rose in March.\n\nThe owners will meet in May.\n",
                   "Corby boat owners got a taste");
}

Test(brief, a_person_cut_from_as_after_paint_makes_no_line) {
    /* not "Ann Kerr (Corby mayor): will lead an effort to paint harbour master Tom Reyes, Monday." */
    assert_no_line("Corby mayor Ann Kerr will lead an effort to paint harbour master Tom Reyes as a liar at the council "
                   "meeting on Monday.\n\nReyes denied it.\n\nThe council meets again in May.\n",
                   "Corby mayor Ann Kerr will lead");
}

Test(brief, a_predicate_that_ends_on_an_adverb_before_its_preposition_makes_no_line) {
    /* not "A drop in Corby harbour fees: reached deeply, the winter." */
    assert_no_line("A drop in Corby harbour fees has reached deeply into some of the core funds the harbour trust must "
                   "keep for the winter.\n\nThe fees fell in March.\n\nThe trust meets in May.\n",
                   "A drop in Corby harbour fees has");
}

Test(brief, a_conjunct_before_a_particle_is_left_out) {
    /* not "... the anger of boat owners and his own board head, Monday." ("head on") */
    assert_brief_lacks("Corby harbour master Tom Reyes will be facing the anger of boat owners and his own board head on "
                       "at the meeting on Monday.\n\nThe fees rose in March.\n\nThe owners will meet in May.\n",
                       "board head, Monday");
}

Test(brief, a_line_cut_before_the_name_its_verb_gives_is_no_line) {
    /* not "Ann Kerr (Corby mayor): branded the harbour trust's plan." */
    assert_no_line("Corby mayor Ann Kerr has branded the harbour trust's plan for the north quay as \"reckless\".\n\nThe "
                   "plan was published in March.\n\nThe trust meets in May.\n",
                   "Corby mayor Ann Kerr has branded");
}

Test(brief, a_reported_clause_without_that_is_read_to_its_past) {
    /* not "The Corby food bank: claimed the number of families, yesterday." */
    assert_line("The Corby food bank yesterday claimed the number of families asking for free meal parcels from its "
                "branches passed a thousand last year.\n\nThe bank has six branches.\n\nIt opened in 2012.\n",
                "The Corby food bank: claimed the number of families asking for free meal parcels from its branches "
                "passed a thousand");
}

Test(brief, a_court_s_ruling_is_the_line_s_attribution) {
    /* not "A Corby harbour worker: will not face any charges for his actions." */
    assert_line("A Corby harbour worker will not face any charges for his actions during the storm, a court has "
                "decided.\n\nThe worker cut a boat free in January.\n\nThe boat sank an hour later.\n",
                "A Corby harbour worker: will not face any charges for his actions, a court has decided.");
}

Test(brief, has_before_a_noun_is_the_verb) {
    /* not "Ann Kerr (Corby mayor): support from 52 percent ..." */
    assert_line("Corby mayor Ann Kerr has support from 52 percent of the harbour voters, a new poll shows.\n\nThe vote "
                "is in May.\n\nKerr has led the town since 2019.\n",
                "Ann Kerr (Corby mayor): has support from 52 percent of the harbour voters");
}

Test(brief, a_name_after_the_qualifies_the_noun_after_it) {
    /* not "Tom Reyes: troops embraced ..." */
    assert_line("Cleveland (AFP) - The Reyes troops embraced their newly crowned harbour board chairman, clogging the "
                "quay to roar their approval.\n\nTom Reyes won the vote on Monday.\n\nHe takes office in May.\n",
                "The Reyes troops: embraced");
}

Test(brief, a_clause_after_but_is_no_attribution) {
    /* not "..., Wednesday, but two reports show that is untrue." */
    assert_brief_lacks("Corby mayor Ann Kerr said the harbour trust had \"full disclosure\" of its accounts on Wednesday, "
                       "but two reports show that is untrue.\n\nThe trust denies it.\n\nThe accounts are due in May.\n",
                       "accounts, Wednesday, but");
}

Test(brief, a_line_does_not_stop_before_the_clause_that_says_which_kind) {
    /* not "Ann Kerr (Corby mayor): does not seem like the kind of leader." */
    assert_no_line("Corby mayor Ann Kerr does not seem like the kind of leader who has thought about the harbour at "
                   "all.\n\nThe quay was damaged in January.\n\nThe repairs start in May.\n",
                   "Corby mayor Ann Kerr does not seem");
}

Test(brief, a_verb_of_saying_cut_after_a_noun_phrase_makes_no_line) {
    /* not "Ann Kerr (Corby mayor): said Russian intelligence services." */
    assert_no_line("Corby mayor Ann Kerr said Russian intelligence services hacked into the harbour trust's computers "
                   "last year.\n\nThe trust denies it.\n\nPolice are investigating.\n",
                   "Corby mayor Ann Kerr said");
    /* ... but a reported clause with its own present verb stands */
    assert_line("Corby mayor Ann Kerr says harbour master Tom Reyes needs to review his actions.\n\nReyes denies it."
                "\n\nThe board meets in May.\n",
                "Ann Kerr (Corby mayor): says harbour master Tom Reyes needs to review his actions.");
}

Test(brief, a_scene_that_names_no_one_leads_to_the_event_after_it) {
    /* a feature's first sentence sets a scene; the news, with its actor, comes next */
    assert_line("Most towns heat their homes with gas, but the people of Corby may soon try something stranger.\n\n"
                "Corby mayor Ann Kerr opened a seaweed power plant on the harbour wall on Tuesday.\n\n"
                "The plant burns dried kelp from the bay.\n\nIt will heat two hundred homes.\n",
                "Ann Kerr (Corby mayor): opened a seaweed power plant");
}

Test(brief, an_infinitive_is_not_cut_from_its_object_by_an_aside) {
    /* not "Ann Kerr (Corby mayor): managed to halt." */
    assert_no_line("Corby mayor Ann Kerr managed to halt, at least for now, the sale of the harbour to a shipping firm.\n\n"
                   "The council meets again in May.\n\nThe firm has offered two million pounds.\n",
                   "Corby mayor Ann Kerr managed");
}

Test(brief, a_time_in_a_participle_s_clause_is_not_the_event_s) {
    /* not "..., Wednesday.": the new party launches then, the member left before */
    assert_brief_lacks("The Corby Harbour Party has lost one of its two council members to Tom Reyes's new party, expected "
                       "to launch on Wednesday.\n\nAnn Kerr said the new party would deliver better.\n\nThe council "
                       "meets in May.\n",
                       "new party, Wednesday.");
}

Test(brief, a_claim_in_the_present_keeps_its_source) {
    /* "say", "claims", "insists": a source in the present tense is a source too */
    assert_line("Ferry passengers should get refunds for every cancelled crossing, island councillors say.\n\nThe "
                "harbour board cancelled forty crossings in March.\n\nIt will meet the councillors in May.\n",
                "Ferry passengers: should get refunds for every cancelled crossing, island councillors say.");
    /* ... and a lede with a claim at its end that the line leaves out stays in the brief */
    const char *b = brief_text("Mayor Ann Kerr has launched an attack on the harbour board's spending plans, saying "
                               "they are a \"reckless gamble\".\n\nThe board meets on Monday.\n\nIts chairman "
                               "declined to comment.\n");
    cr_assert(strncmp(b, "Ann Kerr (Mayor): launched an attack", 36) == 0, "%s", b);
    cr_assert_not_null(strstr(b, "saying they are a \"reckless gamble\""), "%s", b);
}

Test(brief, more_than_without_a_number_opens_no_group) {
    /* not "More than health care: believes his work ...": the subject is Mr. Kerr */
    assert_brief_lacks("More than health care, schools or the economy, Mr. Kerr believes his work to save the ferry will "
                       "be the most lasting legacy of his time as mayor.\n\nThe school opens in May.\n\nKerr has been "
                       "mayor of Corby since 2019.\n",
                       "More than health care:");
    /* ... and a later sentence that names no one is no scene: not "Kerr: the mayor of Corby" */
    assert_brief_lacks("More than the harbour, the school or the roads, Ann Kerr believes the new ferry will decide the "
                       "vote.\n\nThe ferry sails in May.\n\nKerr is the mayor of Corby.\n",
                       ": the mayor of Corby");
}

Test(brief, a_verb_that_shows_a_clause_is_the_subject_s) {
    /* not "Convincing victories: tired of both parties": the voters are */
    assert_line("Convincing victories by outsiders in Corby demonstrate most voters are tired of both parties.\n\nThe "
                "electorate will probably make one of them the next mayor.\n\nThe race goes on.\n",
                "Convincing victories: demonstrate most voters are tired of both parties");
}

Test(brief, a_sentence_adverb_and_its_comma_open_no_subject) {
    assert_line("Recently, a Corby judge issued a ruling allowing divorce papers to be served by text message.\n\nThe "
                "husband had moved abroad.\n\nHis lawyer will appeal.\n",
                "A Corby judge: issued a ruling");
}

Test(brief, a_name_joined_by_and_to_an_actor_acts_too) {
    /* not "China: signed ...": a country after "and" is not the place of the event */
    assert_line("China and Japan have signed a trade deal in Tokyo.\n\nThe deal cuts tariffs on cars.\n\nIt takes "
                "effect in May.\n",
                "China and Japan: signed a trade deal");
    /* not "Millwall: charged ...": a club named once is an actor when "and" joins it to one */
    assert_line("Liverpool and Millwall have been charged by the Football Association.\n\nMillwall lost the match "
                "3-0.\n\nSeats were ripped up.\n",
                "Liverpool and Millwall: charged by the Football Association");
}

Test(brief, an_organisation_is_named_as_the_opening_names_it) {
    /* not "Apple Insider: won ...": the recogniser merged the fan site into the firm */
    assert_line("Apple has won its legal fight to make three bloggers name their sources.\n\nThe leaks appeared on "
                "Apple Insider, a fan site.\n\nApple Insider said it would appeal.\n\nApple declined to comment.\n",
                "Apple: won its legal fight");
}

Test(brief, quotation_marks_inside_a_subject_do_not_end_it) {
    assert_line("The 'bad habits' of ferry passengers are helping to sustain the harbour's litter problem, a new study "
                "has found.\n\nThe study counted bottles on the beach.\n\nThe council will respond in May.\n",
                "The 'bad habits' of ferry passengers: helping to sustain the harbour's litter problem");
}

Test(brief, an_amount_after_a_copula_is_what_was_measured) {
    assert_line("The harbour's trade shortfall was £5.5m, up 9% from September, the council said.\n\nImports rose by "
                "3%.\n\nExports fell.\n",
                "The harbour's trade shortfall: £5.5m, the council said.");
    /* a height or an age after a name describes: no line */
    assert_no_line("Ann Kerr is 5-foot-3 and walks to work along the harbour wall.\n\nShe has been mayor since 2019.\n\n"
                   "The council meets in May.\n",
                   "Ann Kerr is 5-foot-3");
}

Test(brief, a_line_leaves_no_quotation_open) {
    /* not "hails ferry crew's "heroic.": the closing mark comes with the word, and the noun
     * the quoted word qualifies with it (not "hails ferry crew's "heroic".") */
    assert_line("Harbour boss Ann Kerr hails ferry crew's \"heroic\" storm-time rescue in Corby\n\nKerr called the rescue "
                "\"the bravest thing I have seen at sea\".\n\nThe crew pulled six people from the water on Sunday.\n\n"
                "All six are in hospital.\n",
                "Ann Kerr (Harbour boss): hails ferry crew's \"heroic\" storm-time rescue.");
}

Test(brief, a_participle_s_quoted_object_and_a_bracketed_first_actor) {
    /* not "Ann Kerr (Mayor): wore a harbour board cap reading, Monday night." */
    assert_line("Sen. Tom Reyes (D-Corby) and Mayor Ann Kerr wore a harbour board cap reading, \"Save Our Ferries\" on "
                "Monday night at the rally.\n\nThe rally drew two thousand people.\n\nThe board will vote in May.\n\n"
                "Both spoke.\n",
                "Tom Reyes (Sen.) and Ann Kerr (Mayor): wore a harbour board cap reading, \"Save Our Ferries\", Monday "
                "night.");
}

Test(brief, a_counted_group_is_no_opening_phrase) {
    /* "At least" opens the subject, not a phrase that ends at the first comma */
    assert_line("At least seven people have been killed and more than fifty hurt after a ferry, believed to have been "
                "sailing too fast, hit the harbour wall in Corby.\n\nThe ferry was carrying two hundred people.\n\nAn "
                "inquiry has begun.\n",
                "At least seven people: killed.");
}

Test(brief, a_name_that_qualifies_a_noun_keeps_the_noun) {
    /* not "... shot close to an anti-Donald Trump.": the name qualifies "rally" */
    assert_line("AT LEAST five people have been shot close to an anti-Donald Trump rally just hours after the vote in "
                "Corby.\n\nPolice are investigating the shooting.\n\nThe rally had drawn two hundred people.\n",
                "AT LEAST five people: shot close to an anti-Donald Trump rally.");
}

Test(brief, a_naming_verb_takes_a_short_name_after_as) {
    /* not dropped: "branded ... complaint to the council [as "pathetic"]" says it whole */
    assert_line("Henk Ten Cate has branded the harbour board's complaint to the council as \"pathetic\".\n\nThe board met "
                "on Monday.\n\nA vote is due in May.\n",
                "Henk Ten Cate: branded the harbour board's complaint to the council as \"pathetic\".");
}

Test(brief, an_auxiliary_in_the_object_s_relative_clause_is_not_the_subject_s) {
    /* "removed" is the verb: "has been" belongs to "a dark cloud that ..." */
    assert_line("The harbour board removed a dark cloud that has been hanging over the ferry service for a year.\n\n"
                "The board said the service would run until 2030.\n\nThe vote is on Tuesday.\n",
                "The harbour board: removed a dark cloud that has been hanging over the ferry service");
    /* ... but a noun's "that" clause with a subject of its own is no relative clause */
    assert_brief_lacks("Mayor Ann Kerr dismissed a report that the harbour board has been planning to sell the ferry.\n\n"
                       "The board declined to comment.\n\nThe vote is on Tuesday.\n",
                       "dismissed a report.");
}

Test(brief, what_a_passive_head_saw_done_takes_its_complement) {
    assert_line("Singer Ann Kerr, a supporter of the ferry crews, was photographed protesting outside the harbour office "
                "in Corby on Monday.\n\nShe carried a sign.\n\nThe board meets in May.\n",
                "Ann Kerr (singer): photographed protesting outside the harbour office, Corby, Monday.");
}

Test(brief, a_two_word_sentence_adverb_stays_in_the_verb_group) {
    assert_line("A cleaner at the Corby harbour had in fact found a 900-year-old mummy in a box by the quay.\n\nThe "
                "remains were wrapped in cloth.\n\nPolice were called.\n",
                "A cleaner at the Corby harbour: found a 900-year-old mummy");
}

Test(brief, a_title_styled_headline_above_a_shorter_lede_is_no_brief_sentence) {
    assert_brief_lacks("Harbour Boss Receives More Bad News After Ferry Strike In Corby.\n\nHarbour boss Tom Reyes had a "
                       "rough day on Monday.\n\nFirst the ferry crews walked out, then the council cut his budget.\n\nThe "
                       "strike will last two days.\n",
                       "Receives More Bad News");
    /* ... nor a first paragraph that is two titles */
    assert_brief_lacks("One Vote In Corby Just Set Off A Bitter Budget Row. The Mayor's Answer Took Everyone By "
                       "Surprise.\n\nMayor Ann "
                       "Kerr cast the deciding vote on the ferry budget on Monday, against her own party.\n\nThe budget "
                       "goes to the council in May.\n\nHer party is split.\n",
                       "Took Everyone By Surprise");
}

/* ---- words that speak as "I" ------------------------------------------------------------------ */

static const char FERRY[] =
    "The ferry from Tolvern to Kessa will stop running in October, the island council said on Monday.\n\n"
    "Councillor Mara Dent, who led the campaign to keep the ferry, said the council had run out of money "
    "for it.\n\n"
    "We looked at every other way of paying for the Kessa ferry.\n\n"
    "I fought for the Tolvern ferry for ten years and I lost the fight in October.\n\n"
    "The crossing takes forty minutes and carries about 300 passengers a day in summer.\n\n"
    "A private operator may bid to run the ferry from Tolvern next year, the council said.\n\n"
    "Islanders will meet in the Kessa village hall on Friday to discuss the closure.\n";

Test(brief, leaves_out_a_sentence_that_speaks_as_i_in_a_third_person_story) {
    /* the councillor's words have lost their quotation marks: alone in a brief, "I fought"
     * would be the publisher's voice */
    for (int w = 20; w <= 120; w += 10) {
        const char *b = brief_of(FERRY, w, PRECIS_FORMAT_TEXT);
        cr_assert_null(strstr(b, "I fought"), "w=%d: %s", w, b);
    }
    /* (with the rule switched off the brief takes it at several budgets); its words go to
     * another sentence: the brief reaches the story's last paragraph */
    const char *b = brief_of(FERRY, 120, PRECIS_FORMAT_TEXT);
    cr_assert_not_null(strstr(b, "Kessa village hall"), "%s", b);
}

Test(brief, a_story_told_as_i_keeps_its_first_person) {
    const char *s = "I have taken the ferry from Tolvern to Kessa every week for twenty years.\n\n"
                    "The island council said on Monday that the ferry will stop running in October.\n\n"
                    "I fought for the Tolvern ferry for ten years and I lost the fight in October.\n\n"
                    "The crossing takes forty minutes and carries about 300 passengers a day.\n";
    const char *b = brief_of(s, 120, PRECIS_FORMAT_TEXT);
    cr_assert_not_null(strstr(b, "I fought"), "%s", b);
}

Test(brief, a_roman_numeral_or_a_title_does_not_speak_as_i) {
    /* "World War I" and "My Family" are names: the sentence keeps its place (after the three
     * that tell whether the story is told as "I") */
    const char *s = "The Tolvern museum will close its war gallery in October, the island council said on "
                    "Monday.\n\n"
                    "The gallery has been open since 1990.\n\n"
                    "Its roof needs repairs.\n\n"
                    "The gallery's letters from Tolvern soldiers of World War I will go to the Kessa archive "
                    "in October, the council said.\n";
    const char *b = brief_of(s, 120, PRECIS_FORMAT_TEXT);
    cr_assert_not_null(strstr(b, "letters from Tolvern soldiers"), "%s", b);
    s = "The actors of a television comedy will open the Tolvern festival in October, the council said on "
        "Monday.\n\n"
        "The festival has run since 1990.\n\n"
        "Tickets go on sale on Friday.\n\n"
        "The cast of My Family last visited the Tolvern festival in October 2010, the council said.\n";
    b = brief_of(s, 120, PRECIS_FORMAT_TEXT);
    cr_assert_not_null(strstr(b, "last visited the Tolvern"), "%s", b);
}

Test(brief, a_dateline_place_in_capitals_is_written_as_a_name) {
    /* the where of a dateline, in the case a sentence would write it */
    assert_line("LOS ANGELES (AP) -- Harbour master Tom Reyes closed the old ferry pier on Monday.\n\nRepairs will "
                "take a month.\n\nThe council said it would pay.\n",
                "Harbour master Tom Reyes: closed the old ferry pier, Los Angeles, Monday. ");
    assert_line("WASHINGTON (AP) -- Senator Ann Kerr voted against the ferry bill on Monday.\n\nThe bill passed by 60 "
                "votes to 40.\n\nKerr said the bill would cost too much.\n",
                "Ann Kerr (Senator): voted against the ferry bill, Washington, Monday. ");
}

Test(brief, a_present_verb_after_a_relative_aside_is_the_clause_s) {
    /* "Adm. Harry Harris, who leads the Pacific Command, makes no apologies for ... disputed
     * waters" had given the line "disputed waters" */
    assert_line("Tom Reyes, who runs the port of Corby, faces a vote of no confidence on Tuesday after the old ferry "
                "pier collapsed.\n\nThe pier had been closed since May.\n\nNo one was hurt.\n",
                "Tom Reyes: faces a vote of no confidence, Tuesday. ");
}

Test(brief, the_line_keeps_the_negation_of_its_verb_group) {
    /* "Russian authorities do not have to abide by ..." had given "Russian authorities: abide
     * by ...", and "cannot be forced to" a line without its "cannot" */
    assert_line("Island ferries do not have to carry cars in winter, the harbour board has ruled.\n\nThe ruling "
                "covers four routes.\n\nThe board meets again in May.\n",
                "Island ferries: do not have to carry cars");
    assert_brief_lacks("Island ferries cannot be forced to carry cars in winter, the harbour board has ruled.\n\nThe "
                       "ruling covers four routes.\n\nThe board meets again in May.\n",
                       "Island ferries: forced");
}

Test(brief, a_fraction_leads_whole) {
    assert_line("Eight out of 10 islanders do not trust the ferry timetable, a poll for the harbour board suggests.\n\n"
                "The poll asked 1,000 people.\n\nThe board meets again in May.\n",
                "Eight out of 10 islanders: do not trust the ferry timetable, a poll for the harbour board suggests. ");
}

Test(brief, an_auxiliary_after_a_pronoun_and_a_modal_is_not_the_subject_s) {
    /* "An NBC reporter who has been asking ... got an answer he might not have been expecting"
     * had given "An NBC reporter: expecting from ..." */
    assert_brief_lacks("A reporter who has been asking about the harbour accounts for months got an answer he might not "
                       "have been expecting from the mayor on Monday.\n\nThe accounts will be published in May.\n\nThe "
                       "mayor said the port was in good health.\n",
                       "A reporter: expecting");
}

Test(brief, a_verb_right_after_a_party_bracket_is_the_clause_s) {
    /* "Sen. Marco Rubio (R-Fla.) finished third": a past or present after the bracket, as after
     * an aside between commas */
    assert_line("Sen. Ann Kerr (D-Corby) finished third in the harbour board election on Monday.\n\nShe had hoped "
                "for second place.\n\nHer campaign said it was pleased.\n",
                "Ann Kerr (Sen.): finished third");
    assert_line("Sen. Ann Kerr (D-Corby) remains opposed to the new ferry timetable, her office said on Monday.\n\nThe "
                "timetable starts in May.\n\nThe board meets on Friday.\n",
                "Ann Kerr (Sen.): remains opposed to the new ferry timetable");
}

Test(brief, a_dateline_of_a_city_in_capitals_and_its_state_is_no_subject) {
    /* "OSCEOLA, Iowa — In the final countdown ..., Ted Cruz is racing" had given "OSCEOLA:
     * racing ..." */
    assert_line("CORBY, Kessa - In the last week of the campaign, Mayor Ann Kerr is racing to visit all 40 of the "
                "island's villages.\n\nShe has visited 31 so far.\n\nThe vote is on Sunday.\n",
                "Ann Kerr (Mayor): racing to visit all 40 of the island's villages. ");
}

Test(brief, a_title_that_reads_as_no_clause_hands_over_to_the_lede) {
    /* a title with a full stop, alone in the first paragraph: the line comes from the lede
     * after it, whose subject leads as a lede's does */
    assert_line("After the vote, rivals see an opening in Corby.\n\nDock workers in the port of Corby ended a nine-day "
                "strike on Wednesday after accepting a pay rise.\n\nThe strike had left 40 ships waiting.\n\nThe union "
                "said the deal was fair.\n",
                "Dock workers: ended a nine-day strike, Corby, Wednesday. ");
}

Test(brief, the_what_does_not_keep_its_sentence_s_full_stop) {
    /* "had reason to bask in the sun." ("sun." read as "Sun.") had given "... in the sun.,
     * Corby." */
    assert_line("On a mild December day in Corby, Mayor Ann Kerr had reason to bask in the sun.\n\nAcross the harbour, "
                "the ferry crews completed an agreement.\n\nThe deal runs for three years.\n",
                "Ann Kerr (Mayor): had reason to bask in the sun, Corby. ");
}

Test(brief, an_adverb_before_the_verb_is_not_the_subject_s) {
    /* "Bernie Sanders first touched down in California" had given "Bernie Sanders first:" */
    assert_line("Mayor Ann Kerr first touched down in Corby ten months ago, and close to 2,000 people came to see "
                "her.\n\nThe crowd was large.\n\nShe spoke for an hour.\n",
                "Ann Kerr (Mayor): touched down in Corby ten months ago. ");
}

Test(brief, a_time_between_a_verb_and_its_complement_stays_in_the_what) {
    /* "sought on Wednesday to ease growing Asian worries": alone, "sought" says too little */
    assert_line("Mayor Ann Kerr sought on Wednesday to ease growing worries about the ferry timetable.\n\nThe "
                "timetable starts in May.\n\nThe board meets on Friday.\n",
                "Ann Kerr (Mayor): sought on Wednesday to ease growing worries. ");
}

Test(brief, a_noun_in_ly_is_no_adverb) {
    /* "The Bush family, a dynasty ..., clashed" had given "George W. Bush (President): clashed"
     * ("family" read as an adverb, the subject cut to "The Bush") */
    assert_line("Tom Reyes runs the harbour.\n\nThe Reyes family, which has run the Corby ferry for a century, clashed on "
                "Monday with the harbour board over the new timetable.\n\nThe board meets on Friday.\n",
                "The Reyes family: clashed on Monday with the harbour board");
}

Test(brief, an_aside_may_close_its_quotation_after_its_comma) {
    /* American style: ", host of MSNBC's “Morning Joe,” suggested ..." */
    assert_line("Ann Kerr, host of the radio show \xE2\x80\x9CHarbour Hour,\xE2\x80\x9D suggested the ferry timetable "
                "could cost the island its tourists.\n\nThe timetable starts in May.\n\nThe board meets on Friday.\n",
                "Ann Kerr: suggested the ferry timetable could cost the island its tourists. ");
}

Test(brief, a_reported_verb_keeps_its_pronoun_object_after_a_modal) {
    /* "... could disqualify him from the presidential race" had been cut to "could
     * disqualify." */
    assert_line("Ann Kerr suggested the harbour board's refusal to publish its accounts could disqualify him from the "
                "ferry contract.\n\nThe contract starts in May.\n\nThe board meets on Friday.\n",
                "Ann Kerr: suggested the harbour board's refusal to publish its accounts could disqualify him from the "
                "ferry contract. ");
}

Test(brief, an_opening_phrase_keeps_the_state_of_its_place) {
    /* "Monday at Liberty University in Lynchburg, VA, Republican presidential front-runner
     * Donald Trump addressed ...": the phrase ends after the state, not at the first comma */
    assert_line("Monday at the harbour museum in Corby, NJ, Mayor Ann Kerr opened the new ferry terminal before a crowd "
                "of 2,000.\n\nThe terminal cost two million dollars.\n\nIt opens to the public on Friday.\n",
                "Ann Kerr (Mayor): opened the new ferry terminal");
}

Test(brief, a_conjunction_that_opens_a_sentence_is_no_part_of_its_subject) {
    /* after a scene-setting lede, "But Britt McHenry, a sports reporter for ESPN, has been
     * suspended ..." tells the news; "But" had been read as an empty opening */
    assert_line("Of all the people to be wary of being caught on camera, you would think a sports reporter would know "
                "better.\n\nBut Tom Reyes, a sports reporter for the BBC, has been suspended from his post after "
                "a video of his rant at a ferry passenger surfaced online this week.\n\nReyes apologised on "
                "Friday.\n",
                "Tom Reyes: suspended from his post");
}

Test(brief, after_a_scene_a_subject_that_describes_and_names_a_person_leads) {
    /* "On a recent trip to Paris, Belgian food blogger Yves Van De Ven enjoyed poking fun at
     * those tourist cliches", after "We are all guilty of ...": the subject names its person */
    assert_line("We are all guilty of taking the odd silly holiday photo.\n\nOne traveller in particular knows how wrong a "
                "snap can go.\n\nOn a recent trip to Corby, Dutch food blogger Anneke Visser posted forty photos of "
                "herself pretending to hold up the harbour crane.\n\nThe photos were shared 10,000 times.\n",
                "Dutch food blogger Anneke Visser: posted forty photos");
}

Test(brief, a_past_like_its_present_reads_as_the_verb) {
    /* "put", "let", "cast", "shut", "spread", "burst", "hurt": irregular pasts the reader did
     * not know ("Labour's leadership put on a show of unity") */
    assert_line("The harbour board put on a show of unity on Monday after weeks of rows over the ferry timetable.\n\n"
                "The timetable starts in May.\n\nThe board meets again on Friday.\n",
                "The harbour board: put on a show of unity, Monday. ");
    /* ... and a participle with its agent after a particle qualifies the noun ("Half of the
     * money put aside by the government is benefiting ...") */
    assert_brief_lacks("Half of the money put aside by the Corby council to help the island's poor is benefiting people "
                       "who do not need it, a study has found.\n\nThe study looked at 500 families.\n\nThe council will "
                       "reply in May.\n",
                       "money: put aside");
}

Test(brief, a_participle_phrase_in_the_subject_is_set_aside) {
    /* "A video taken from the point of view of a train driver captures a ride ...": the
     * participle qualifies the head noun; the verb in -s before a determiner is the clause's */
    assert_line("A video taken from the deck of a ferry captures a ride on the fastest boat in Europe, the Corby "
                "Flyer.\n\nThe ride takes 52 minutes.\n\nThe boat was built in 1912.\n",
                "A video: captures a ride on the fastest boat");
}

Test(brief, a_dateline_city_of_two_words_in_capitals_is_no_subject) {
    assert_line("NEWPORT NEWS, Va. - Mayor Ann Kerr blamed the harbour board on Thursday for the closure of the ferry "
                "pier.\n\nThe pier had been closed since May.\n\nThe board will reply on Friday.\n",
                "Ann Kerr (Mayor): blamed the harbour board");
}

Test(brief, the_what_leaves_out_a_relative_clause_cut_before_its_verb) {
    /* "... closer to a series of difficult decisions that can be summed up in one question"
     * had given "... difficult decisions that can, Tuesday." */
    assert_brief_lacks("The vote on Tuesday has brought Mayor Ann Kerr one step closer to a series of difficult decisions "
                       "that can be summed up in one simple question: what does the island want?\n\nThe answer will "
                       "shape the ferry timetable.\n\nThe board meets in May.\n",
                       "that can,");
}

Test(brief, a_relative_clause_ends_the_head_phrase_of_a_description_subject) {
    /* "The New York music studio where John Lennon spent his final hours is to close" */
    assert_line("The Corby harbour museum where Tom Reyes kept his ferry logs is to close next month.\n\nThe museum "
                "opened in 1990.\n\nIts logs will go to the island archive.\n",
                "The Corby harbour museum: is to close next month. ");
}

Test(brief, without_states_a_state_after_a_copula) {
    assert_line("By 2030, 40% of the island's homes will still be without a ferry link, says a study.\n\nThe study "
                "looked at 500 homes.\n\nThe council will reply in May.\n",
                "40% of the island's homes: will still be without a ferry link, says a study. ");
}

Test(brief, a_past_after_a_name_and_an_adverb_of_the_verb_group_is_the_verb) {
    /* "Donald J. Trump once defended Bill Clinton against ..." made no line */
    assert_line("Tom Reyes once defended the harbour board against claims of waste on Monday.\n\nNow he attacks "
                "it.\n\nThe board meets in May.\n",
                "Tom Reyes: once defended the harbour board");
}

Test(brief, an_object_s_cut_off_complement_is_taken_in_when_short) {
    /* "voted Thursday to hold Bryan Pagliano, a former technology aide to Hillary Clinton, [in
     * contempt of Congress] for refusing ..." had dropped the line */
    assert_line("The harbour board voted on Monday to hold Tom Reyes, a former ferry captain, in contempt of the "
                "board for refusing to answer its questions.\n\nReyes has not commented.\n\nThe board meets again "
                "in May.\n",
                "The harbour board: voted on Monday to hold Tom Reyes, a former ferry captain, in contempt of the "
                "board. ");
}

Test(brief, a_time_between_a_verb_and_a_noun_s_that_clause_keeps_the_clause) {
    /* "responded on Sunday to accusations that he exaggerated ..." made no line */
    assert_line("Mayor Ann Kerr responded on Sunday to claims that she misled the harbour board.\n\nKerr spoke in "
                "Corby.\n\nThe board meets again in May.\n",
                "Ann Kerr (Mayor): responded on Sunday to claims that she misled the harbour board. ");
}

Test(brief, a_span_of_time_that_measures_a_noun_is_a_complement) {
    /* "Spain braced for weeks of political uncertainty Monday": "for weeks" is no time of
     * the event; "guilty on Wednesday of ..." keeps its time out of the what */
    assert_line("The island braced for weeks of ferry cancellations on Monday after the harbour pier closed.\n\nThe "
                "pier was built in 1912.\n\nThe board meets again in May.\n",
                "The island: braced for weeks of ferry cancellations, Monday. ");
}

Test(brief, a_number_word_in_ed_is_no_participle_of_the_subject) {
    /* "Several hundred demonstrators ... took to the streets" had the subject "Several" */
    assert_line("Several hundred fishermen took to the streets of Corby on Tuesday.\n\nThe crowd rallied at the "
                "harbour.\n\nThe board meets again in May.\n",
                "Several hundred fishermen: took to the streets of Corby, Tuesday. ");
}

Test(brief, a_long_title_with_every_longer_word_capitalised_is_the_headline) {
    /* "Kasich Just Revealed The 1 Thing He Thinks The GOP Will Do, And He's Willing To Bet
     * Money On It." above the story: the title is left out and the line comes from the lede */
    const char *text = "Mayor Just Revealed The One Thing She Thinks The Harbour Board Will Do, And She Is Willing To "
                       "Bet On It.\n\nCorby mayor Ann Kerr said on Monday that the harbour board would sell the old "
                       "ferry pier within a year.\n\nThe board meets again in May.\n";
    assert_line(text, "Ann Kerr (Corby mayor): said on Monday that the harbour board would sell the old ferry pier "
                      "within a year. ");
    assert_brief_lacks(text, "Just Revealed");
    /* a lede dense with names has lower-case words of four letters or more: no title */
    assert_brief_lacks("Britain's Kathy Butler and Hayley Yelling were no match for Benita Johnson in the Corby Cross "
                       "International at Eastmoor, Spain.\n\nButler and Yelling finished fourth and fifth as Johnson "
                       "romped to a five-second victory in the 6km race.\n\nJohnson said she ran comfortably.\n",
                       "Kathy Butler and Hayley Yelling: finished");
}

Test(brief, a_verb_of_saying_cut_from_its_quotation_makes_no_line) {
    /* "John Bolton told Breitbart News Daily host Matt Boyle, "..."" had given "told ...
     * Matt Boyle." */
    assert_no_line("Harbour boss Tom Reyes told island radio host Ann Kerr, \"The ferry will never sail again.\"\n\n"
                   "Kerr did not reply.\n\nThe board meets again in May.\n",
                   "Harbour boss Tom Reyes told");
}

Test(brief, a_habit_after_a_copula_is_no_event) {
    /* "Highway motorists are used to seeing the digital road sign warning of accidents ..." */
    assert_brief_lacks("Island drivers are used to seeing the ferry sign warn of delays, but on Monday it told them "
                       "the pier had closed.\n\nThe pier was built in 1912.\n\nThe board meets again in May.\n",
                       "Island drivers: used to");
}

Test(brief, a_headline_and_its_deck_above_the_lede_are_left_out) {
    /* "Truck attack in France kills at least 80. / Suspected Terror on Bastille Day. / A truck
     * rammed into ...": the lede is the first long sentence */
    const char *text = "Storm cuts island ferry link for third day.\n\nHarbour board blames old pier.\n\nThe harbour "
                       "board cancelled the Corby ferry on Monday for a third day running as gales battered the "
                       "island.\n\nThe board meets again in May.\n";
    assert_line(text, "The harbour board: cancelled the Corby ferry, Monday. ");
    assert_brief_lacks(text, "Harbour board blames");
    /* a short paragraph that says the headline again is the lede ("Ted Cruz wins Wisconsin
     * Republican primary. / Ted Cruz has won the Wisconsin Republican primary, ...") */
    assert_line("Kerr wins Corby mayoral race.\n\nAnn Kerr has won Corby's mayoral race by 400 votes.\n\nShe beat Tom "
                "Reyes in a contest fought over the future of the ferry pier and the harbour, the council said.\n",
                "Ann Kerr: won Corby's mayoral race by 400 votes. ");
}

Test(brief, a_line_cut_before_its_verb_s_clause_after_a_time_is_not_made) {
    /* "The State Department acknowledged for the first time Friday [that "top secret"
     * information has been found ...]" */
    assert_no_line("The harbour board acknowledged for the first time Friday that \"secret\" plans have been found "
                   "in the mayor's emails.\n\nThe plans were in 22 emails.\n\nThe board meets again in May.\n",
                   "The harbour board acknowledged");
}

Test(brief, a_pronoun_object_after_its_verb_stays_in_the_line) {
    /* "Conservative Christians were upset he admittedly has never asked God to forgive [him]" */
    assert_line("The Corby Republican elite is struggling to understand why so many of its core supporters have "
                "abandoned them.\n\nThe party meets in May.\n\nIts leader will speak.\n",
                "The Corby Republican elite: struggling to understand why so many of its core supporters have "
                "abandoned them. ");
}

Test(brief, one_before_a_noun_phrase_opens_the_lede_s_subject) {
    /* "One doting dad has been teaching his son how to 'magically fly'." read as a scene */
    assert_line("One proud grandmother has been teaching her grandson how to sail a crab boat.\n\nThe boy is "
                "nine.\n\nThey sail from Corby every Sunday.\n",
                "One proud grandmother: teaching her grandson how to sail a crab boat. ");
}

Test(brief, a_participle_with_its_pronoun_cut_from_its_phrase_is_left_out) {
    /* "Security firms are warning about a Windows virus [disguising itself] as an electronic
     * Christmas card." made no line */
    assert_line("Island doctors are warning about a winter virus disguising itself as a common cold.\n\nThe virus "
                "has reached Corby and Eastmoor this month.\n\nThe clinic will open late on Fridays until March.\n",
                "Island doctors: warning about a winter virus. ");
}

Test(brief, whether_to_and_its_verb_phrase_complete_a_lone_verb) {
    /* "US food and drug regulators will decide on Friday whether to recommend the sale of
     * painkillers that have been linked to ..." made no line; the relative clause the cap
     * leaves its verb group alone ("that have been [linked]") is left out */
    assert_line("The harbour board will decide on Friday whether to sell the old ferry pier that has been closed to "
                "the public since the winter storm of 2019 to a developer.\n\nThe pier was built in 1912.\n\nThe "
                "board meets again in May.\n",
                "The harbour board: will decide on Friday whether to sell the old ferry pier. ");
}

Test(brief, a_plural_with_a_phrase_after_it_leans_on_nothing_before_it) {
    /* "Why use racist slurs when you can just hold up a photo of Donald Trump? Students at a
     * private Catholic high school in Merrillville, Indiana, last week displayed ..." */
    assert_line("Why would anyone go out in a storm like this?\n\nSailors at a small harbour in Corby dragged a "
                "stranded whale into the sea on Monday.\n\nThe whale had been stuck on the sand for six hours before "
                "the tide came in.\n\nIt swam away at dusk.\n",
                "Sailors at a small harbour: dragged a stranded whale into the sea, Corby, Monday. ");
}

Test(brief, a_line_cut_before_a_verb_s_second_object_is_not_made) {
    /* "the former president gave a capacity crowd of about 700 [in Nashua Community College gym
     * a ruminative endorsement of Hillary Clinton]" had given "gave a capacity crowd of about
     * 700." */
    assert_brief_lacks("Mayor Ann Kerr gave a crowd of about 700 at the Corby quay a rousing defence of the ferry "
                       "plan.\n\nThe plan will be put to a vote in May.\n\nThe board has not said how it will vote.\n",
                       ": gave a crowd of about 700");
}

Test(brief, an_opening_time_and_the_programme_it_names_are_passed_over) {
    /* "Wednesday on Fox News Channel's "Hannity," Newt Gingrich said ..." (Breitbart) */
    assert_line("Wednesday on Corby Radio's \"Morning Show,\" Mayor Ann Kerr said the harbour board would sell the "
                "old ferry pier within a year.\n\nThe board has not commented on the plan.\n\nThe pier was built in "
                "1912 and closed in 2019.\n",
                "Ann Kerr (Mayor): said the harbour board would sell the old ferry pier within a year, Wednesday. ");
}

Test(brief, a_poll_that_shows_reports_its_finding) {
    /* "A Bloomberg poll shows that Americans living in households making $100,000 or more have
     * abandoned the Republican party" made no line: "shows" was no verb of reporting */
    assert_line("A Corby poll shows that most voters back the plan to sell the ferry pier.\n\nThe poll asked 500 "
                "voters in the town.\n\nThe vote is due in May next year.\n",
                "A Corby poll: shows that most voters back the plan to sell the ferry pier. ");
}

Test(brief, have_before_an_article_is_the_verb_when_the_predicate_ends_the_sentence) {
    /* "Millennials have a message for the next president." made no line */
    assert_line("Island fishermen have a message for the new harbour board.\n\nThey met on the quay on Monday to "
                "write it.\n\nThe board meets for the first time in May.\n",
                "Island fishermen: have a message for the new harbour board. ");
    /* not when the object's phrase is cut ("Donald Trump has a long history of [blaming]
     * ...") */
    assert_brief_lacks("Harbour boss Tom Reyes has a long history of blaming the ferry crews for delays that were "
                       "not their fault.\n\nThe crews say so.\n\nThe board meets for the first time in May.\n",
                       ": has a long history");
}

Test(brief, a_clause_whose_verb_is_quoted_is_read_whole) {
    /* "A midwife has today accepted her mistakes 'contributed' to the deaths of two babies"
     * was refused as a predicate cut by a quotation */
    assert_line("A harbour pilot has accepted his errors 'caused' the grounding of the Corby ferry last winter.\n\n"
                "The pilot spoke at an inquiry on Monday.\n\nThe ferry was repaired in the spring.\n",
                "A harbour pilot: accepted his errors 'caused' the grounding of the Corby ferry");
    /* quotation marks in a reported clause's subject are no aside */
    assert_line("Mayor Ann Kerr said Tom Reyes lacks \"the nerve or the money\" needed to rebuild the ferry "
                "pier.\n\nReyes has not replied.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): said Tom Reyes lacks \"the nerve or the money\"");
}

Test(brief, an_aside_that_counts_the_subject_closes_before_its_past) {
    /* "Felicia Sanders and Polly Sheppard, two of the three people who survived a shooting at
     * the Mother Emanuel Church in Charleston, South Carolina, last year, made ..." */
    assert_line("Ann Kerr and Tom Reyes, two of the three sailors who survived the sinking of the Marigold off "
                "Corby, Eastmoor, last winter, made a call for new lifeboats on Wednesday.\n\nThe crab boat sank in a "
                "storm.\n\nThe harbour board will meet in May.\n",
                "Ann Kerr and Tom Reyes: made a call for new lifeboats, Wednesday. ");
}

Test(brief, an_aside_that_opens_with_a_participle_and_its_agent_may_be_long) {
    /* "An Istanbul-based college professor, accused by the Turkish government of coordinating
     * last month's failed coup attempt, is at the center of ..." */
    assert_line("A Corby harbour pilot, accused by the island's ferry board of steering the Marigold onto the rocks "
                "last winter, is to face an inquiry on Monday.\n\nThe pilot denies the claim.\n\nThe inquiry will "
                "sit in Eastmoor.\n",
                "A Corby harbour pilot: is to face an inquiry, Monday. ");
}

Test(brief, a_content_clause_the_predicate_cuts_before_its_verb_is_left_out) {
    /* "The university rebutted Exxon's accusation that articles about the company, produced
     * by ..., were misleading" had given "... accusation that articles about the company." */
    assert_brief_lacks("The harbour board rebutted the mayor's claim that reports about the pier, written by the "
                       "island's engineers, were wrong.\n\nThe mayor has not replied.\n\nThe pier was built in 1912.\n",
                       "that reports about the pier.");
    /* a relative clause whose verb is in -s before "to" stays: "a trojan program that attempts
     * to switch off ..." */
    assert_line("The harbour board is investigating a virus that attempts to switch off the ferry's radar.\n\nThe "
                "virus was found on Monday.\n\nThe ferry will sail as usual.\n",
                "The harbour board: investigating a virus that attempts to switch off the ferry's radar. ");
}

Test(brief, a_copula_and_up_for_state_a_candidate_or_an_offer) {
    /* "Sideways, a wine-tasting comedy starring Paul Giamatti, is up for six Independent Spirit
     * Awards" made no line: a copula before "up" was no event */
    assert_line("The Marigold, a paddle steamer restored by volunteers, is up for three heritage awards.\n\n"
                "The winners will be named in May.\n\nThe ferry sails every Sunday.\n",
                "The Marigold: up for three heritage awards. ");
    /* ... as after a negation, before a speaker: "Britain's £3bn EU rebate is not up for
     * renegotiation at next week's European Council summit, Jack Straw said" made none */
    assert_line("The £2m pier fund is not up for debate, Ann Kerr said.\n\nThe harbour board met on Monday.\n\n"
                "Work on the pier starts in May.\n",
                "The £2m pier fund: not up for debate, Ann Kerr said. ");
    /* a reported clause whose predicate is a copula and a state reads whole, through the
     * state's complement */
    assert_line("Mayor Ann Kerr said that the ferry company is in talks with Marigold Lines over the pier.\n\nThe "
                "harbour board met on Monday.\n\nWork on the pier starts in May.\n",
                "Ann Kerr (Mayor): said that the ferry company is in talks with Marigold Lines. ");
}

Test(brief, a_place_that_says_where_something_else_is_is_not_the_lines_where) {
    /* what a holding or a post is in: "Shanda Interactive Entertainment: bought a 20% stake,
     * Sina." and "... as manager, Manchester City." (firms and clubs taken for places) */
    assert_line("Marigold Ferries has bought a 20% stake in Sina, the island's oldest shipping line.\n\nThe deal "
                "was agreed on Monday.\n\nThe ferries will keep their names.\n",
                "Marigold Ferries: bought a 20% stake. ");
    assert_line("Ann Kerr said she would like to succeed Tom Reyes as manager at Manchester City.\n\nReyes will "
                "step down in May.\n\nThe club has not commented.\n",
                "Ann Kerr: would like to succeed Tom Reyes as manager. ");
    /* a place in the speaker's words: "Carly Fiorina: threw her support behind Sen. Ted Cruz,
     * White House, Wednesday." */
    assert_line("Ann Kerr threw her support behind Tom Reyes on Wednesday, saying it is time to have a "
                "\xE2\x80\x9Creal fisherman in the White House.\xE2\x80\x9D\n\nReyes is standing for the harbour "
                "board.\n\nThe vote is in May.\n",
                "Ann Kerr: threw her support behind Tom Reyes, Wednesday. ");
    /* a place in the closing attribution, the source's: "..., according to a report Tuesday
     * from WKOW, the ABC affiliate in Madison, Wisconsin" */
    assert_line("Ann Kerr will open the new ferry route in May, according to a report on Tuesday from Radio Solent, "
                "the station in Southampton, Hampshire.\n\nThe route will run twice a day.\n\nTickets go on sale "
                "next week.\n",
                "Ann Kerr: will open the new ferry route, May, according to a report on Tuesday from Radio Solent. ");
    /* a place of a participle that describes a noun: "appealed for the release of aid worker
     * Margaret Hassan, [kidnapped in Iraq]" */
    assert_line("Mayor Ann Kerr appealed for the release of fisherman Tom Reyes, detained in Brest.\n\nHe was "
                "held on Monday.\n\nHis family have asked for help.\n",
                "Ann Kerr (Mayor): appealed for the release of fisherman Tom Reyes. ");
    /* a place of another event, dated by its own time word: "Bayern Munich: beat Hoffenheim
     * 2-0, Porto, Saturday." of "shrugging off ... their midweek Champions League defeat at
     * Porto" */
    assert_line("Corby Town beat Kettering 2-0 on Saturday, shrugging off their midweek defeat at Leeds to close in "
                "on the title.\n\nTom Reyes scored both goals.\n\nThe title could be won next week.\n",
                "Corby Town: beat Kettering 2-0, Saturday. ");
    /* a place in an "after" clause is that clause's, even with a when further on that dates
     * a second verb after "and": "Donald Trump: poised to bounce back, Iowa, next week." of
     * "after his second-place finish in Iowa and win New Hampshire's primary next week" */
    assert_line("Corby Town are poised to bounce back after their heavy defeat in Leeds and win the county cup on "
                "Saturday.\n\nThe final is at home.\n\nTickets are on sale now.\n",
                "Corby Town: poised to bounce back, Saturday. ");
    /* one place of a list is no where: "denied comparing the idea with dictatorships, Russia."
     * of "dictatorships in Russia and Germany" */
    assert_line("Ann Kerr denied comparing the harbour plan with schemes in France and Spain.\n\nThe plan goes "
                "to the council in May.\n\nWork would start next year.\n",
                "Ann Kerr: denied comparing the harbour plan. ");
    /* ... but an event noun without a time of its own is the event told again, or its
     * setting: their places stay */
    assert_line("Corby Town sealed their first away win of the season with a two-goal victory in Leeds on "
                "Saturday.\n\nTom Reyes scored both goals.\n\nThe title could be won next week.\n",
                "Corby Town: sealed their first away win of the season, Leeds, Saturday. ");
    assert_line("Tom Reyes praised the pier plan at the party's spring conference in Dover on Saturday.\n\nThe "
                "plan goes to the council in May.\n\nWork would start next year.\n",
                "Tom Reyes: praised the pier plan at the party's spring conference, Dover, Saturday. ");
}

Test(brief, a_participle_before_a_verb_of_saying_qualifies_the_subject) {
    /* "A news report: published Wednesday said Defense Secretary Ash Carter used a personal
     * email account" took the participle for the verb */
    assert_line("A harbour survey published Tuesday said the Corby pier needs urgent repairs.\n\nThe pier was "
                "built in 1912.\n\nThe council meets next week.\n",
                "A harbour survey: said the Corby pier needs urgent repairs");
}

Test(brief, a_rank_keeps_the_span_of_time_it_is_counted_over) {
    /* "Venus Williams: suffered a first-round defeat for the first time." of "... for the
     * first time in four years" said "ever" */
    assert_line("The Corby ferry was cancelled for the first time in six years on Monday.\n\nA storm closed the "
                "harbour.\n\nSailings resume on Wednesday.\n",
                "The Corby ferry: cancelled for the first time in six years");
    assert_line("Harbour traffic fell for the first time since March 2019, the port said.\n\nFewer ferries "
                "called.\n\nThe port expects a rise next year.\n",
                "Harbour traffic: fell for the first time since March 2019");
    /* ... not a duration that qualifies a noun: "in their 121-year history" is "ever" */
    assert_brief_lacks("Corby Town won the county cup for the first time in their 90-year history on Sunday.\n\n"
                       "Tom Reyes scored twice.\n\nThe final was played at Leeds.\n",
                       "90-year,");
}

Test(brief, a_request_cut_before_what_it_asks_for_makes_no_line) {
    /* "Kostas Kenteris' lawyer: called for the doping charges." of "called for the doping
     * charges against the Greek sprinter to be dropped" said the opposite */
    const char *text = "Tom Reyes's lawyer has called for the fishing charges against the Corby skipper to be "
                       "dropped.\n\nThe skipper was charged in May.\n\nThe hearing is next week.\n";
    assert_brief_lacks(text, "called for the fishing charges.");
    assert_no_line(text, "Tom Reyes's lawyer has called for");
    /* ... one that holds its infinitive is a line */
    assert_line("Mayor Ann Kerr has called for the harbour ferry to be saved.\n\nThe ferry may close in May.\n\n"
                "The council meets next week.\n",
                "Ann Kerr (Mayor): called for the harbour ferry to be saved. ");
}

Test(brief, a_day_that_dates_another_event_is_not_the_lines_when) {
    /* "Euan Murray has been named in the Scotland training squad ..., ahead of Saturday's Six
     * Nations match" had given "named in the Scotland training squad, Saturday." */
    assert_line("Tom Reyes has been named in the Corby lifeboat crew for the first time ahead of Saturday's regatta "
                "against Eastmoor.\n\nThe crew trained on the quay.\n\nThe board meets in May.\n",
                "Tom Reyes: named in the Corby lifeboat crew. ");
    assert_line("Ann Kerr's weak speech emboldened three rivals in Corby before Tuesday's vote.\n\nThe crew trained "
                "on the quay.\n\nThe board meets in May.\n",
                "Ann Kerr's weak speech: emboldened three rivals, Corby. ");
    /* "... has expressed his interest in becoming the new Director of England Cricket following
     * the sacking on Wednesday of Managing Director Paul Downton" */
    assert_line("Ann Kerr has expressed her interest in leading the harbour board following the sacking on "
                "Wednesday of its chairman Tom Reyes.\n\nThe crew trained on the quay.\n\nThe board meets in May.\n",
                "Ann Kerr: expressed her interest in leading the harbour board. ");
    /* a day after "after" and a noun phrase stays: as often as not it is the event's ("was
     * halted after 20 of 71 scheduled laps on Sunday") */
    assert_line("The Corby regatta was halted after 20 of 40 laps on Sunday.\n\nThe crew trained on the quay.\n\n"
                "The board meets in May.\n",
                "The Corby regatta: halted after 20 of 40 laps, Sunday. ");
}

Test(brief, a_line_is_not_cut_inside_a_list_that_describes_its_object) {
    /* "With Merrick Garland, President Obama made the safe, conventional, even boring choice
     * for the Supreme Court." had given "Obama (President): made the safe." */
    assert_brief_lacks("With Tom Reyes, Mayor Ann Kerr made the safe, dull, even timid choice for the harbour board.\n\n"
                       "Reyes starts in May.\n\nThe board meets on Monday.\n",
                       "made the safe.");
    /* a comma after the object that opens no such list keeps the line */
    assert_line("Mayor Ann Kerr sacked the harbour master, officials said.\n\nThe board meets on Monday.\n\nA new "
                "master starts in May.\n",
                "Ann Kerr (Mayor): sacked the harbour master, officials said. ");
}

Test(brief, a_day_in_the_closing_attribution_goes_with_it) {
    /* "..., Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday." had given
     * "Donald Trump: could embrace a clean energy policy, Thursday, told The Huffington Post." */
    assert_line("Mayor Ann Kerr could back a new pier as mayor, but only if it pays, Sen. Tom Reyes (R-Corby) told "
                "The Corby Times on Thursday.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (mayor): could back a new pier as mayor, Sen. Tom Reyes (R-Corby) told The Corby Times on "
                "Thursday. ");
    /* "..., according to data released Friday by state gaming regulators." had lost its source
     * to the line's when: "Gambling revenue: increased 3.5 percent, Friday." */
    assert_line("Ferry ticket sales rose 3.5 percent, according to figures released Friday by the harbour board.\n\n"
                "The board meets in May.\n\nThe pier was built in 1912.\n",
                "Ferry ticket sales: rose 3.5 percent, according to figures released Friday by the harbour board. ");
}

Test(brief, a_line_cut_before_its_pronoun_object_is_left_out) {
    /* "Derby County season ticket holders ... might struggle to believe it but Alberto Bueno
     * prepares to face his former club ... on Wednesday" had given "Derby County season ticket
     * holders: might struggle to believe, Wednesday." */
    assert_brief_lacks("Corby ferry passengers might struggle to believe it but the harbour board plans to sail on "
                       "Wednesday.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                       "struggle to believe,");
    /* a pronoun object the line keeps stays */
    assert_line("Mayor Ann Kerr has sold it to the harbour board on Monday.\n\nThe board meets in May.\n\nThe pier was "
                "built in 1912.\n",
                "Ann Kerr (Mayor): sold it to the harbour board, Monday. ");
}

Test(brief, a_subject_that_holds_a_clause_of_its_own_makes_no_line) {
    /* "Several people died and dozens were injured after a tram derailed and overturned in
     * Croydon." had given "Several people died and dozens: injured, Sandilands." */
    assert_brief_lacks("Several sailors died and dozens were rescued after a ferry sank off Corby.\n\nThe ferry was "
                       "carrying 200 people.\n\nAn inquiry will open in May.\n",
                       "died and dozens:");
}

Test(brief, a_reported_clause_with_a_gerund_subject_is_not_cut_in_it) {
    /* "Jason Gardener says being made an MBE in the New Year Honours List underlines the
     * achievement of ..." had given "Jason Gardener: says being made an MBE." */
    assert_brief_lacks("Mayor Ann Kerr says being made a freeman in the New Year Honours List underlines the work of the "
                       "whole harbour board.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                       "says being made a freeman.");
    /* a gerund object, with no verb of a clause after it, keeps the line */
    assert_line("Mayor Ann Kerr admitted taking bribes from ferry companies on Monday.\n\nThe board meets in May.\n\n"
                "The pier was built in 1912.\n",
                "Ann Kerr (Mayor): admitted taking bribes from ferry companies, Monday. ");
}

Test(brief, a_longer_name_that_adds_words_to_the_opening_name_is_not_its_full_name) {
    /* "Diageo ... has agreed to buy Californian wine company Chalone" had given "Diageo
     * Chateau: agreed to buy ...", its wine arm's name, the tagger having taken both for a
     * person's */
    assert_line("Tarvex has agreed to buy the Welsh ferry firm Marigold for £60m in an all-cash deal.\n\nAlthough "
                "Tarvex is best known for its buses, it already runs a boat arm, Tarvex Marine.\n\nThe deal needs the "
                "approval of the harbour board.\n\nTarvex said the ferries would keep their crews.\n",
                "Tarvex: agreed to buy the Welsh ferry firm Marigold for £60m. ");
    /* a full name whose surname also names the person alone stays the line's */
    assert_line("Ana Reyes's 16-year-old son Tomo begins his ferry racing career in Wales this weekend.\n\nTomo Reyes is "
                "part of the Corby Sea Scouts team after finishing second last year.\n\nReyes said he was ready.\n\nThe "
                "race starts on Saturday.\n",
                "Tomo Reyes: begins his ferry racing career, Wales, this weekend. ");
}

Test(brief, a_line_cut_at_a_possessive_is_left_out) {
    /* "Obama slams GOP’s ‘doom and despair’ on economy." had given "Barack Obama (President):
     * slams GOP’s."; "... seek her party's gubernatorial nomination if ..." had given "...
     * and seek her party." */
    assert_brief_lacks("Mayor Ann Kerr slams board’s ‘doom and gloom’ on ferries.\n\nThe board meets in May.\n\nThe pier "
                       "was built in 1912.\n",
                       "slams board’s.");
    assert_brief_lacks("Mayor Ann Kerr slams board 's ` doom and gloom ' on ferries .\n\nThe board meets in May .\n\nThe "
                       "pier was built in 1912 .\n",
                       "slams board 's.");
    /* a possessive whose noun is understood goes into the line with it ("than last winter's.",
     * not "than last winter.") */
    assert_line("Mayor Ann Kerr is warning about a ferry strike that could last longer than last winter's.\n\nThe "
                "board meets in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): warning about a ferry strike that could last longer than last winter's. ");
    /* the possessive with its noun keeps the line */
    assert_line("Mayor Ann Kerr is planning to leave the harbour board and seek her party's nomination for the Senate "
                "seat if Tom Reyes steps down.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): planning to leave the harbour board and seek her party's nomination. ");
}

Test(brief, a_claim_whose_long_closing_source_the_line_cannot_carry_makes_no_line) {
    /* "Nikki Haley should be deported, a provocative headline from the Wall Street Journal
     * editorial board reads in an article published Wednesday evening." had given "Nikki
     * Haley: should be deported, Wednesday evening.", the claim as the article's own */
    assert_brief_lacks("Mayor Ann Kerr should be sacked, a blunt headline from the Corby Times editorial board reads in a "
                       "column published Wednesday evening.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                       "Ann Kerr (Mayor): should be sacked");
    /* a source and its verb before the line's words is the sentence's own clause */
    assert_line("In a blunt speech to the harbour board, Mayor Ann Kerr said the ferry company owes the town £2m.\n\n"
                "The board meets in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): said the ferry company owes the town £2m. ");
}

Test(brief, a_time_of_another_clause_does_not_date_the_line) {
    /* "Sarah Palin had been scheduled to attend the event in Casper, Wyo., but on Thursday,
     * the Republican Party of Wyoming announced she wasn't coming" had given "..., Casper,
     * Thursday." (the lede's "early Friday" before that) */
    assert_line("Mayor Ann Kerr had been due to open the pier in Corby, but on Thursday the harbour board said she "
                "would not come.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): due to open the pier, Corby. ");
    /* "... will ask the Queen on 4 or 5 April to dissolve Parliament at the end of that
     * week" had given "..., 5 April.": half of a choice of days */
    assert_line("Harbour master Tom Reyes says Mayor Ann Kerr will ask the Queen on 4 or 5 April to dissolve the "
                "council at the end of that week.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                "Harbour master Tom Reyes: says Mayor Ann Kerr will ask the Queen. ");
    /* a clause read after the lede with a time of its own is not dated by the lede's time,
     * and an age alone is no role: "James McIlroy (28-year-old): has been in great form,
     * Madrid, this weekend." */
    assert_brief_lacks("Harbour master Tom Reyes is confident his crew can win the ferry race at this weekend's regatta in "
                       "Corby.\n\nThe 28-year-old has been in great form in recent weeks and will start as favourite.\n\n"
                       "The race starts at noon.\n",
                       "this weekend.");
    assert_brief_lacks("Harbour master Tom Reyes is confident his crew can win the ferry race at this weekend's regatta in "
                       "Corby.\n\nThe 28-year-old has been in great form in recent weeks and will start as favourite.\n\n"
                       "The race starts at noon.\n",
                       "(28-year-old)");
}

Test(brief, a_participle_that_qualifies_the_subject_past_a_list_of_nouns_is_no_event) {
    /* "Mobile phone records of a tram driver arrested over the deaths of six men and a woman
     * in a horror crash are likely to be examined by police" had given "Mobile phone records
     * of a tram driver: arrested over the deaths of six men and a woman." */
    assert_brief_lacks("Phone records of a ferry captain arrested over the deaths of two men and a woman in a harbour crash "
                       "are likely to be examined by police.\n\nThe captain was released on bail.\n\nThe harbour board "
                       "meets in May.\n",
                       "captain: arrested");
    /* the clause's own verb close by still gives the line */
    assert_line("A ferry captain arrested over the deaths of two fishermen was released on bail on Monday.\n\nThe captain "
                "had been at sea for ten hours.\n\nThe harbour board meets in May.\n",
                "A ferry captain: released on bail, Monday. ");
}

Test(brief, a_line_does_not_stop_inside_a_choice_of_days) {
    /* had given "Ann Kerr (Mayor): will open the new pier on 4." */
    assert_line("Mayor Ann Kerr will open the new pier on 4 or 5 April before the board meets at the end of that "
                "week.\n\nThe board meets in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): will open the new pier. ");
}

Test(brief, markup_the_split_leaves_out_stays_out_of_the_brief) {
    /* PolNeAR's exports mark embedded posts "<tweet ...>...</tweet>": the brief printed
     * "Mr. Trump</tweet>." where `precis split` prints "Mr. Trump." */
    const char *text = "Mayor Ann Kerr sacked the harbour master on Monday after a bitter row over the ferry fund.\n\n"
                       "The board meets in <b>May</b> to choose a new <i>master</i>, its chair said.\n\n"
                       "The pier was built in 1912.</tweet>.\n";
    assert_brief_lacks(text, "<");
    assert_brief_lacks(text, "1912..");
    const char *b = brief_text(text);
    cr_assert_not_null(strstr(b, "The board meets in May to choose a new master, its chair said."), "%s", b);
}

Test(brief, a_time_that_opens_its_sentence_loses_its_capital_in_the_line) {
    /* "Last week, Eric Trump said ..." had given "..., Last week." */
    assert_line("Last week, Mayor Ann Kerr sacked the harbour master after a row over the ferry fund.\n\nThe board meets "
                "in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): sacked the harbour master, last week. ");
    /* a day keeps its capital */
    assert_line("On Monday, Mayor Ann Kerr sacked the harbour master after a row over the ferry fund.\n\nThe board meets "
                "in May.\n\nThe pier was built in 1912.\n",
                "Ann Kerr (Mayor): sacked the harbour master, Monday. ");
}

Test(brief, an_embedded_post_is_not_the_articles_own_sentence) {
    /* PolNeAR's "<tweet author=...>Praying for all those victimized ...</tweet>" reached
     * briefs as the article's own words */
    const char *text = "Mayor Ann Kerr sacked the harbour master on Monday after a row over the ferry fund.\n\nShe "
                       "announced it on Twitter:\n\n<tweet author=\"annkerr\" timestamp=\"1449075600\">Today I let our "
                       "harbour master go. The fund must be safe for every family in Corby</tweet>.\n\nThe board meets "
                       "in May to choose a new master.\n\nThe pier was built in 1912.\n";
    assert_brief_lacks(text, "Today I let");
    assert_brief_lacks(text, "every family");
    assert_line(text, "Ann Kerr (Mayor): sacked the harbour master, Monday. ");
}
