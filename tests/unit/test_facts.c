/* Unit tests for the fact slots (facts/facts.c), quotations and their speakers, sources
 * (facts/quotes.c) and quantities (facts/quantity.c). Every sentence is written for these
 * tests. Speaker checks look at the speaker's words in the text (quotes_find's spans), so they
 * hold whatever the entity recogniser makes of the names; the slot tests only use names the
 * default model is expected to know as people or places. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include <stdio.h>

#include "facts_fixture.h"
#include "facts/entities.h"
#include "util/arena.h"

TestSuite(facts, .init = setup, .fini = teardown);

static bool span_is(uint32_t s, uint32_t e, const char *want) {
    return e - s == strlen(want) && memcmp(doc->text + s, want, e - s) == 0;
}

/* The quotation whose text starts with `prefix`. */
static const quote *quote_starting(const facts *f, const char *prefix) {
    for (size_t i = 0; i < f->n_quotes; i++)
        if (strncmp(doc->text + f->quotes[i].start, prefix, strlen(prefix)) == 0)
            return &f->quotes[i];
    return NULL;
}

/* ---- quotations and speakers ---------------------------------------------------------------- */

Test(facts, speaker_after_said) {
    const facts *f = run("The bridge over the river closed in May.\n\n"
                         "\"We will rebuild the bridge by the spring,\" said Maria Lopez, the mayor of the town.\n");
    const quote *q = quote_starting(f, "We will rebuild");
    cr_assert_not_null(q);
    cr_assert(span_is(q->start, q->end, "We will rebuild the bridge by the spring"), "quote '%s'", span(q->start, q->end));
    cr_assert(span_is(q->speaker_start, q->speaker_end, "Maria Lopez"), "speaker '%s'",
              span(q->speaker_start, q->speaker_end));
}

Test(facts, speaker_role_before_verb) {
    const facts *f = run("Water levels rose through the night. \xE2\x80\x9CThe worst is behind us now,\xE2\x80\x9D the mayor said.");
    const quote *q = quote_starting(f, "The worst");
    cr_assert_not_null(q);
    cr_assert(span_is(q->speaker_start, q->speaker_end, "the mayor"), "speaker '%s'", span(q->speaker_start, q->speaker_end));
}

Test(facts, speaker_in_apposition) {
    const facts *f = run("Profits fell for a third year. \"We expected a difficult winter,\" said the company's "
                         "finance director, Peter Hale. Shares were flat.");
    const quote *q = quote_starting(f, "We expected");
    cr_assert_not_null(q);
    cr_assert(span_is(q->speaker_start, q->speaker_end, "Peter Hale"), "speaker '%s'", span(q->speaker_start, q->speaker_end));
}

Test(facts, speaker_before_colon) {
    const facts *f = run("The council met on Monday. Lopez said: \"We have enough money for the first stage.\"");
    const quote *q = quote_starting(f, "We have enough");
    cr_assert_not_null(q);
    cr_assert(span_is(q->speaker_start, q->speaker_end, "Lopez"), "speaker '%s'", span(q->speaker_start, q->speaker_end));
}

Test(facts, speaker_description_with_its_organisation) {
    const facts *f = run("The ministry confirmed the plan. A spokesman for the ministry said the rules were "
                         "\"clear and fair to everyone\" on Monday.");
    const quote *q = quote_starting(f, "clear and fair");
    cr_assert_not_null(q);
    cr_assert(span_is(q->speaker_start, q->speaker_end, "A spokesman for the ministry"), "speaker '%s'",
              span(q->speaker_start, q->speaker_end));
}

Test(facts, continued_quotation_keeps_its_speaker) {
    const facts *f = run("The mill reopened on Friday.\n\n\"It took us four years to get here,\" said Anna Berg, "
                         "the owner. \"Nobody thought we would make it.\"\n");
    const quote *a = quote_starting(f, "It took us"), *b = quote_starting(f, "Nobody thought");
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert(b->continued);
    cr_assert_eq(b->speaker_start, a->speaker_start);
    cr_assert(span_is(b->speaker_start, b->speaker_end, "Anna Berg"));
    cr_assert_eq(f->quote_speaker[b - f->quotes], f->quote_speaker[a - f->quotes]);
}

Test(facts, quotation_ending_its_sentence_takes_no_later_speaker) {
    /* the agency's own statement after a quotation is not the quotation's speaker */
    const facts *f = run("\"We need food and water today.\"\n\nThe agency said nearly 9,000 houses were damaged.\n");
    const quote *q = quote_starting(f, "We need food");
    cr_assert_not_null(q);
    cr_assert_eq(q->speaker_token, -1, "speaker '%s'", span(q->speaker_start, q->speaker_end));
}

Test(facts, scare_quotes_are_not_quotations) {
    const facts *f = run("The so-called \"smart\" meters arrived in the town on Tuesday, and the \"new normal\" "
                         "of the energy market began.");
    cr_assert_eq(f->n_quotes, 0);
}

Test(facts, two_quoted_words_after_a_verb_of_judging_are_its_subject_s) {
    /* PolNeAR annotates these as the subject's words (35 of 41 such quotes on its train and
     * dev sets match a gold quote): the cue and the speaker are both there */
    const facts *f = run("The minister accused him of \"talking nonsense\" in parliament on Tuesday.");
    cr_assert_eq(f->n_quotes, 1);
    cr_assert_str_eq(span(f->quotes[0].speaker_start, f->quotes[0].speaker_end), "The minister");
}

/* ---- sources ------------------------------------------------------------------------------- */

static bool has_source(const facts *f, const char *name, bool named) {
    for (size_t i = 0; i < f->n_sources; i++)
        if (span_is(f->sources[i].start, f->sources[i].end, name) && f->sources[i].named == named)
            return true;
    return false;
}

Test(facts, sources) {
    const facts *f = run("MADRID (Reuters) - Heart disease kills millions each year, according to the World Health "
                         "Organization. The two ministers reportedly disagreed. The plan was first reported by "
                         "Bloomberg. One official told the BBC that talks would resume. She told reporters nothing.");
    cr_assert(has_source(f, "Reuters", true));
    cr_assert(has_source(f, "World Health Organization", true), "the name, without 'the'");
    cr_assert(has_source(f, "reportedly", false));
    cr_assert(has_source(f, "BBC", true));
    for (size_t i = 0; i < f->n_sources; i++)
        cr_assert(!span_is(f->sources[i].start, f->sources[i].end, "reporters"));
}

Test(facts, text_lists_named_sources_only) {
    run("Leaders reportedly discussed trade, AFP reported.");
    char *out = rendered_facts(PRECIS_FORMAT_TEXT);
    cr_assert_not_null(strstr(out, "sources:  AFP\n"), "%s", out);
    precis_free(out);
}

Test(facts, text_puts_a_styled_title_before_the_name) {
    run("Queen Amalia of Ostrava opened the new hospital wing on Monday. Amalia thanked the nurses. "
        "Health minister Pavel Dusek said the wing would open to patients in May.");
    char *out = rendered_facts(PRECIS_FORMAT_TEXT);
    cr_expect_not_null(strstr(out, "Queen Amalia"), "%s", out);
    cr_expect_null(strstr(out, "(Queen)"), "%s", out);
    cr_expect_not_null(strstr(out, "Pavel Dusek (Health minister)"), "%s", out);
    precis_free(out);
}

/* ---- quantities ---------------------------------------------------------------------------- */

static const quantity *quantity_with(const facts *f, const char *text) {
    for (size_t i = 0; i < f->n_quantities; i++)
        if (span_is(f->quantities[i].start, f->quantities[i].end, text))
            return &f->quantities[i];
    return NULL;
}

static bool any_quantity_at(const facts *f, const char *word) {
    const char *p = strstr(doc->text, word);
    cr_assert_not_null(p);
    size_t b = (size_t)(p - doc->text);
    for (size_t i = 0; i < f->n_quantities; i++)
        if (b >= f->quantities[i].start && b < f->quantities[i].end)
            return true;
    return false;
}

Test(facts, quantities_with_approximations_and_scales) {
    const facts *f = run("The firm employs around 10,000 workers and paid $1.5bn for the site. Sales rose 76% "
                         "last year, and three people were hurt.");
    const quantity *q = quantity_with(f, "around 10,000 workers");
    cr_assert_not_null(q);
    cr_assert_eq(q->value, 10000);
    cr_assert(span_is(q->approx_start, q->approx_end, "around"));
    cr_assert(span_is(q->what_start, q->what_end, "workers"));
    q = quantity_with(f, "$1.5bn");
    cr_assert_not_null(q);
    cr_assert(fabs(q->value - 1.5e9) < 1);
    cr_assert_not_null(quantity_with(f, "76%"));
    q = quantity_with(f, "three people");
    cr_assert_not_null(q);
    cr_assert_eq(q->value, 3);
}

Test(facts, what_is_not_a_quantity) {
    const facts *f = run("One of them said the two leaders met in 2019. Holloway, 58, lost by 118 votes to 103. "
                         "Sites like this one mean a lot to the town.");
    cr_assert(!any_quantity_at(f, "One of"));
    cr_assert(!any_quantity_at(f, "two leaders"), "a definite reference, not a count");
    cr_assert(!any_quantity_at(f, "2019"), "a year");
    cr_assert(!any_quantity_at(f, "58"), "a bare figure");
    cr_assert(!any_quantity_at(f, "one mean"));
    cr_assert_not_null(quantity_with(f, "118 votes"));
}

Test(facts, small_spelled_number_takes_no_approximation) {
    const facts *f = run("The novel, about three generations of a mining family, sold about forty thousand copies.");
    const quantity *q = quantity_with(f, "three generations");
    cr_assert_not_null(q, "'about' before three is a preposition");
    cr_assert_not_null(quantity_with(f, "about forty thousand copies"));
}

/* ---- slots ---------------------------------------------------------------------------------- */

Test(facts, lede_skips_headline_and_label) {
    run("FOR IMMEDIATE RELEASE\n\nCity opens new library\n\nThe city of Tolvern opened its new central "
        "library on Monday after three years of building work.\n");
    cr_assert_eq(facts_lede(doc), 2);
}

Test(facts, a_title_with_a_full_stop_is_a_headline_too) {
    /* title case, though the lede says it in other words */
    run("Mayor Speaks Out Against Ferry Cuts After Stormy Council Meeting.\n\nThe mayor of Tolvern, Ana Ruiz, "
        "criticised plans to cut the winter ferry timetable on Tuesday, saying the island would be cut off.\n");
    cr_assert_eq(facts_lede(doc), 1);
    /* a label and a colon */
    run("Ruiz: island would be cut off by the plan.\n\nThe mayor of Tolvern, Ana Ruiz, criticised plans to cut the "
        "winter ferry timetable on Tuesday, saying villages would suffer most.\n");
    cr_assert_eq(facts_lede(doc), 1);
    /* a short lede in a paragraph of its own stays the lede */
    run("Tolvern council has cut the winter ferry timetable.\n\nThe mayor, Ana Ruiz, said the island would be cut "
        "off from the mainland for days at a time in bad weather.\n");
    cr_assert_eq(facts_lede(doc), 0);
}

Test(facts, slots_from_a_short_article) {
    const facts *f = run("German Chancellor Angela Merkel and French President Emmanuel Macron held talks in Paris "
                         "on Monday about the budget.\n\nThe two leaders agreed to invite about 300 delegates, "
                         "officials said.\n\n\"We are close to a deal,\" Merkel said.\n");
    cr_assert_geq(f->n_who, 1);
    bool merkel = false;
    for (size_t i = 0; i < f->n_who; i++) {
        buf b;
        buf_init(&b);
        facts_entity_name(doc, f->who[i], &b);
        merkel |= b.len && strstr(b.data, "Merkel") != NULL;
        buf_free(&b);
    }
    cr_assert(merkel, "Merkel is among the people");
    cr_assert(f->what.noun_end > f->what.noun_start);
    cr_assert(span_is(f->what.noun_start, f->what.noun_end, "talks"), "event '%s'", span(f->what.noun_start, f->what.noun_end));
    cr_assert_eq(f->what.sentence, 0, "the event comes from the lede");
    cr_assert_geq(f->n_where, 1);
    cr_assert(span_is(f->where[0].start, f->where[0].end, "Paris"), "where '%s'", span(f->where[0].start, f->where[0].end));
    cr_assert_geq(f->n_when, 1);
    cr_assert_str_eq(f->timexes[f->when[0]].value, "XXXX-WXX-1");
    cr_assert_eq(f->n_how_many, 1);
    cr_assert(span_is(f->quantities[f->how_many[0]].start, f->quantities[f->how_many[0]].end, "about 300 delegates"));
    const quote *q = quote_starting(f, "We are close");
    cr_assert_not_null(q);
    cr_assert_geq(f->quote_speaker[q - f->quotes], 0);
}

Test(facts, city_in_country_but_not_a_list) {
    const facts *f = run("The summit took place in Vladivostok, Russia, on Thursday.\n\n"
                         "The company has offices in London, Frankfurt and Paris.\n");
    bool vlad = false;
    for (size_t i = 0; i < f->n_where; i++) {
        const fact_place *p = &f->where[i];
        if (span_is(p->start, p->end, "Vladivostok")) {
            vlad = true;
            cr_assert_geq(p->container, 0, "Vladivostok, Russia");
            cr_assert(span_is(p->cstart, p->cend, "Russia"));
        }
        if (span_is(p->start, p->end, "London"))
            cr_assert_eq(p->container, -1, "London, Frankfurt and Paris is a list");
    }
    cr_assert(vlad);
}

Test(facts, nothing_from_boilerplate) {
    const facts *f = run("The museum reopened on Saturday after a two-year renovation that cost about 4 million "
                         "euros.\n\nVisitors queued for hours to see the restored ceiling.\n\n"
                         "Sign up for our newsletter to get 50 stories a week in your inbox! Become a member today "
                         "and support independent journalism.\n");
    for (size_t i = 0; i < f->n_quantities; i++)
        cr_assert(!span_is(f->quantities[i].num_start, f->quantities[i].num_end, "50"), "a plea's number");
    cr_assert_not_null(quantity_with(f, "about 4 million euros"));
}

Test(facts, empty_document_has_empty_slots) {
    const facts *f = run("");
    cr_assert_eq(f->n_who, 0);
    cr_assert_eq(f->n_quotes, 0);
    cr_assert_eq(f->what.sentence, -1);
    cr_assert_eq(facts_lede(doc), -1);
}

/* ---- slots from the story's opening -------------------------------------------------------- */

/* "Obama says he and Trump had 'excellent conversation'" had given the phrase "excellent
 * conversation" and the line "Donald Trump (President-elect): excellent conversation.": an
 * auxiliary that is the headline's verb itself is no part of a phrase that could start after
 * it. One before a verb form stays out of the phrase as before ("is finally done ..."). */
Test(facts, a_headline_whose_verb_is_an_auxiliary_gives_no_phrase) {
    const facts *f = run("Kerr says she and Reyes had 'frank talks'\n\nFerry dispute: the two sides meet\n\n"
                         "It was the first meeting between Mayor Ann Kerr and harbour master Tom Reyes since the ferry "
                         "dispute began.\n\nThe board meets in May.\n");
    cr_expect_eq(f->what.phrase_end, 0, "phrase %s", span(f->what.phrase_start, f->what.phrase_end));
    f = run("Corby Harbour Board is finally done counting the ferry votes\n\nThe count ended on Monday.\n\nThe board "
            "meets in May.\n");
    cr_assert(f->what.phrase_end, "no headline predicate");
    cr_expect(span_is(f->what.phrase_start, f->what.phrase_end, "finally done counting the ferry votes"), "%s",
              span(f->what.phrase_start, f->what.phrase_end));
}

Test(facts, headline_subject_and_predicate_answer_who_and_what) {
    const facts *f = run("Harbour Union calls strike at Sines port\n\n"
                         "The Harbour Union called a 48-hour strike at the port of Sines on Tuesday, its "
                         "leader Marta Esteves said. Talks with Atlantic Terminals had failed, the Harbour Union "
                         "said.\n");
    cr_assert(f->what.phrase_end, "no headline predicate");
    cr_expect(span_is(f->what.phrase_start, f->what.phrase_end, "calls strike"), "%s",
              span(f->what.phrase_start, f->what.phrase_end));
    cr_assert(f->n_who > 0);
    cr_expect_eq(f->ents.entities[f->who[0]].type, NER_ORG);
    cr_expect_eq(f->who_basis[0], BASIS_HEADLINE);
    cr_expect_eq(f->what_basis, BASIS_HEADLINE);
    cr_assert(f->n_where > 0);
    cr_expect(span_is(f->where[0].start, f->where[0].end, "Sines"), "%s", span(f->where[0].start, f->where[0].end));
}

Test(facts, a_city_comes_before_its_country_and_background_years_last) {
    const facts *f = run("Flooding closed roads in Vetrino, Bulgaria, on Monday after two days of rain. The "
                         "town last flooded in 1957. Officials in Bulgaria said repairs would finish by 2031.\n");
    cr_assert(f->n_where > 0);
    cr_expect(span_is(f->where[0].start, f->where[0].end, "Vetrino"), "%s", span(f->where[0].start, f->where[0].end));
    cr_assert(f->n_when >= 2);
    const timex *first = &f->timexes[f->when[0]];
    cr_expect(span_is((uint32_t)first->start, (uint32_t)first->end, "Monday"), "%s",
              span((uint32_t)first->start, (uint32_t)first->end));
    /* "by 2031" is a deadline: after everything else */
    const timex *last = &f->timexes[f->when[f->n_when - 1]];
    cr_expect(span_is((uint32_t)last->start, (uint32_t)last->end, "2031"), "%s",
              span((uint32_t)last->start, (uint32_t)last->end));
    cr_expect_eq(f->when_basis[f->n_when - 1], BASIS_BACKGROUND);
}

Test(facts, an_unnamed_group_leads_who_with_its_confidence) {
    run("Dock workers at the port of Sines walked off the job on Tuesday in a dispute over pay, their "
        "union said. The strike halted container traffic, said Marta Esteves, the union's leader.\n");
    char *out = rendered_facts(PRECIS_FORMAT_JSON);
    cr_expect(strstr(out, "\"who\":[{\"entity\":-1,\"name\":\"Dock workers\",\"group\":true"), "%s", out);
    cr_expect(strstr(out, "\"basis\":\"group\",\"confidence\":0.70"), "%s", out);
    cr_expect(strstr(out, "\"text\":\"Tuesday\",\"start\":56,\"end\":63,\"basis\":\"opening\""), "%s", out);
    precis_free(out);
}

/* A count in words opens a group as a number does, and the lede's verb is found from its
 * first word when the name at its end would have the verb read after it. */
Test(facts, a_group_counted_in_words_leads_who) {
    const facts *f = run("Several people died and dozens were injured after a bus overturned on a bend near "
                         "Ostrava on Tuesday. The driver was taken to hospital. Witness Jana Novakova said the "
                         "bus had been going fast. \"It happened so quickly,\" she said.\n");
    cr_expect(f->who_group, "no group leads who");
    cr_expect(span_is(f->what.group_start, f->what.group_end, "Several people"), "%s",
              span(f->what.group_start, f->what.group_end));
}

Test(facts, dozens_of_a_plural_is_a_group) {
    const facts *f = run("Dozens of firefighters in Ostrava are trying to reach a miner trapped deep in a "
                         "collapsed shaft. The rescue began on Sunday night, officials said. Petr Dvorak, the "
                         "mine's manager, said the shaft was old.\n");
    cr_expect(f->who_group, "no group leads who");
    cr_expect(span_is(f->what.group_start, f->what.group_end, "Dozens of firefighters"), "%s",
              span(f->what.group_start, f->what.group_end));
}

/* A present tense in -s ends a lede's subject group too; found that way, the group must name
 * people, not a time or a thing. */
Test(facts, a_present_tense_ends_a_group_that_names_people) {
    const facts *f = run("A suicide bomber rams a lorry into the gate of a consulate in Vetrino, killing four "
                         "guards. Officials said the consulate was closed. Police chief Anna Berg said the attack "
                         "began at dawn.\n");
    cr_expect(f->who_group, "no group leads who");
    cr_expect(span_is(f->what.group_start, f->what.group_end, "A suicide bomber"), "%s",
              span(f->what.group_start, f->what.group_end));
    f = run("The last twelve months have seen prices of bread in Vetrino double, killing demand at small "
            "bakeries. Officials said the market was closed. Baker Anna Berg said trade had never been worse.\n");
    cr_expect(!f->who_group, "a time leads who: %s", span(f->what.group_start, f->what.group_end));
}

/* The facts of `text` read with the document date `date` (as --date gives it). */
static const facts *run_dated(const char *text, const char *date) {
    precis_options o;
    precis_options_init(&o);
    precis_error err;
    cr_assert_eq(precis_options_set(&o, "date", date, &err), PRECIS_OK, "%s", err.message);
    precis_doc_free(doc);
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &doc, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(facts_compute(doc, &err), PRECIS_OK, "%s", err.message);
    return doc->facts;
}

static const char *when_text(const facts *f, size_t i) {
    const timex *t = &f->timexes[f->when[i]];
    return span((uint32_t)t->start, (uint32_t)t->end);
}

/* Below the top of the story, the day nearest before the document's date is the event's;
 * an earlier day is background, a later one a plan. */
Test(facts, body_days_rank_by_nearness_to_the_document_date) {
    const facts *f = run_dated("Hospital staff in Vetrino are treating dozens of patients after a gas leak at a chemical "
                               "plant, officials said. The plant makes fertiliser for farms across the region. Its "
                               "owners have promised an inquiry.\n\n"
                               "Workers at the plant first reported a smell of gas on 6 November, according to the "
                               "union, but were told to carry on. The leak itself began on Saturday, when a valve "
                               "failed during a shift change. A public hearing is planned for 20 January.\n",
                               "2016-11-13");
    cr_assert_eq(f->n_when, 3);
    cr_expect_str_eq(when_text(f, 0), "Saturday");
    cr_expect_str_eq(when_text(f, 1), "6 November");
    cr_expect_str_eq(when_text(f, 2), "20 January");
}

/* At the top of the story, the time an event noun carries comes before an update's. */
Test(facts, the_time_of_a_named_event_leads_the_opening) {
    const facts *f = run_dated("The death toll rose to at least six on Friday after the bombing on Thursday at the "
                               "consulate in Vetrino, officials said. Police said the attackers had driven a lorry "
                               "into the gate. The consulate was closed.\n",
                               "2016-11-13");
    cr_assert(f->n_when >= 2);
    cr_expect_str_eq(when_text(f, 0), "Thursday");
    cr_expect_str_eq(when_text(f, 1), "Friday");
}

/* A story whose top names no time happened on or just before its date: with the date given,
 * that date leads the slot, with no span, before a body's background time. */
Test(facts, the_documents_date_leads_when_the_top_names_no_time) {
    const char *text = "Fans of the harbour ferry have turned on its owners after the boat was given a new "
                       "paint scheme. Dozens of people wrote to the council to complain. The owners said the "
                       "colours would stay.\n\n"
                       "Last year, the same owners were criticised for raising fares. At Halloween the ferry "
                       "carried a pumpkin on its bow.\n";
    const facts *f = run_dated(text, "2016-11-08");
    cr_assert(f->n_when >= 2);
    cr_expect_eq(f->when[0], f->n_timexes, "the first answer is the document's date");
    cr_expect_eq(f->when_basis[0], BASIS_DATE);
    cr_expect_str_eq(f->timexes[f->when[0]].value, "2016-11-08");
    cr_expect_str_eq(when_text(f, 1), "Halloween"); /* a day, but eight days before: not the event's */
    /* ... not without a date given (nothing to stand for) */
    f = run(text);
    for (size_t i = 0; i < f->n_when; i++)
        cr_expect_neq(f->when_basis[i], BASIS_DATE);
    /* ... nor before a day of the week before the date ("on Sunday" in a Tuesday story), nor
     * before a time at the top of the story */
    static const char *const cases[][2] = {
        {"Fans of the harbour ferry have turned on its owners after the boat was given a new paint scheme. "
         "Dozens of people wrote to the council to complain. The owners said the colours would stay.\n\nThe new "
         "colours were first seen on Sunday, when the ferry left for Corby.\n",
         "Sunday"},
        {"Fans of the harbour ferry turned on its owners on Monday after the boat was given a new paint scheme. "
         "Dozens of people wrote to the council.\n\nLast year, the same owners were criticised for raising "
         "fares.\n",
         "Monday"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        f = run_dated(cases[c][0], "2016-11-08");
        cr_assert(f->n_when >= 1);
        cr_expect_str_eq(when_text(f, 0), cases[c][1]);
    }
}

/* ---- facts do not depend on the summary's budget --------------------------------------------- */

static char *facts_json_with(const char *text, const char *opt, const char *value) {
    precis_options o;
    precis_options_init(&o);
    precis_error err;
    if (opt)
        cr_assert_eq(precis_options_set(&o, opt, value, &err), PRECIS_OK, "%s", err.message);
    precis_doc *d = NULL;
    cr_assert_eq(precis_doc_new(model, text, strlen(text), &o, &d, &err), PRECIS_OK, "%s", err.message);
    char *out = NULL;
    size_t len = 0;
    cr_assert_eq(precis_doc_render(d, PRECIS_VIEW_FACTS, PRECIS_FORMAT_JSON, &out, &len, &err), PRECIS_OK);
    precis_doc_free(d);
    return out;
}

Test(facts, are_the_same_whatever_the_summary_budget) {
    static const char *const text =
        "Dock workers at the port of Sines walked off the job on Tuesday, halting container traffic at "
        "Portugal's largest harbour in a dispute over night pay, the dockers' union said.\n\n"
        "About 1,200 workers joined the 48-hour strike, according to the union. Its leader, Marta Esteves, "
        "said talks with Atlantic Terminals had broken down after three weeks.\n\n"
        "\"We are asking to be paid fairly for the hours when everyone else is asleep,\" Esteves said. "
        "The port handled about 1.8 million containers last year.\n\n"
        "Portugal's infrastructure minister, Rui Calado, urged both sides to return to the table on "
        "Thursday. Ships were diverted to Valencia, where the port said it had room for 40 more.\n";
    char *base = facts_json_with(text, NULL, NULL);
    static const char *const opts[][2] = {{"sentences", "1"}, {"sentences", "9"}, {"words", "15"},
                                          {"ratio", "0.9"}, {"method", "lead"}, {"method", "textrank"}};
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++) {
        char *other = facts_json_with(text, opts[i][0], opts[i][1]);
        cr_expect_str_eq(other, base, "--%s %s changed the facts", opts[i][0], opts[i][1]);
        precis_free(other);
    }
    precis_free(base);
}

Test(facts, a_place_named_after_hundreds_of_other_entities_can_be_where) {
    /* entities are ranked in one array sized by the document, not a fixed 256 */
    static char text[64 * 1024];
    size_t n = 0;
    static const char *const FIRST[] = {"Ada", "Bram", "Cleo", "Dov", "Ema", "Finn", "Gus", "Hana", "Ivo", "Jun"};
    static const char *const LAST[] = {"Abel", "Birk", "Cato", "Dahl", "Eska", "Falk", "Gore", "Hebb", "Ilse",
                                       "Jost", "Kell", "Lund", "Mork", "Nyst", "Orme", "Pelt", "Quist", "Rusk",
                                       "Stam", "Tove", "Ubbe", "Vass", "Wold", "Xant", "Yssel", "Zorn", "Aske",
                                       "Brun", "Cole", "Dorn"};
    static const char *const ENDING[] = {"", "son", "sen", "berg", "dal", "vik", "strom", "holm", "lind", "gaard"};
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s %s%s met the board. ", FIRST[i % 10], LAST[i % 30],
                              ENDING[i / 30]);
    n += (size_t)snprintf(text + n, sizeof text - n, "The final meeting took place in Tromso on Friday.\n");
    const facts *f = run(text);
    cr_assert_gt(f->ents.n_entities, 256, "only %zu entities", f->ents.n_entities);
    bool found = false;
    for (size_t i = 0; i < f->n_where; i++)
        found |= span_is(f->where[i].start, f->where[i].end, "Tromso");
    cr_assert(found, "Tromso is not among the %zu places", f->n_where);
}

/* ---- one name, one reading per document (entities_link) ------------------------------------ */

/* The tagger's mentions are given by hand: "Tarnow" tagged ORG mid-sentence only. The
 * sentence-initial "Tarnow" and "Tarnow Steel" (a longer name) are found or not by the
 * linker alone, whatever the tagger would do. */
Test(facts, a_name_tagged_once_is_the_same_name_where_the_tagger_missed_it) {
    const char *text = "Tarnow has hired a new finance director. Shares in Tarnow rose 3%. Tarnow Steel was not "
                       "part of the deal. In May, sales fell.";
    run(text);
    size_t k = 0;
    while (k < doc->seg.n_tokens && !(doc->seg.tokens[k].start > 0 && strncmp(doc->text + doc->seg.tokens[k].start, "Tarnow rose", 11) == 0))
        k++;
    cr_assert_lt(k, doc->seg.n_tokens);
    ner_mention given = {doc->seg.tokens[k].start, doc->seg.tokens[k].end, (uint32_t)k, (uint32_t)k + 1,
                         doc->seg.tokens[k].sentence, NER_ORG, 0, -1};
    arena a;
    arena_init(&a, 4096);
    ner_entities out;
    precis_error err;
    cr_assert_eq(entities_link(doc, &given, 1, &a, &out, &err), PRECIS_OK, "%s", err.message);
    size_t tarnow = 0;
    for (size_t i = 0; i < out.n_mentions; i++) {
        const char *m = doc->text + out.mentions[i].start;
        size_t n = out.mentions[i].end - out.mentions[i].start;
        if (n == 6 && strncmp(m, "Tarnow", 6) == 0) {
            tarnow++;
            cr_assert_eq(out.mentions[i].type, NER_ORG);
            cr_assert_eq(out.mentions[i].entity, out.mentions[0].entity);
        }
        cr_assert(strncmp(m, "Tarnow Steel", 12) != 0, "a longer name is not cut to the shorter one");
    }
    cr_assert_eq(tarnow, 2, "the sentence-initial Tarnow joins the tagged one (%zu found)", tarnow);
    arena_free(&a);
}

Test(facts, a_one_word_name_the_article_calls_its_is_a_body) {
    /* the tagger's guess for an unknown one-word name is often a person; "its" says otherwise,
     * unless the person is also named in full or with a title */
    const facts *f = run("Marchetti is to stop making diesel pumps at its plant near Turin, unions said. Marchetti "
                         "has not commented. Shares in Marchetti fell 3%.\n");
    for (size_t i = 0; i < f->ents.n_entities; i++)
        if (f->ents.entities[i].name_len == 9 && strncmp(f->ents.entities[i].name, "Marchetti", 9) == 0)
            cr_assert_neq(f->ents.entities[i].type, NER_PER, "Marchetti typed a person");
    f = run("Party chiefs said Lord Pembry could rejoin its ranks next year. Pembry declined to comment.\n");
    for (size_t i = 0; i < f->ents.n_entities; i++)
        if (f->ents.entities[i].name_len >= 6 && strstr(f->ents.entities[i].name, "Pembry"))
            cr_assert_neq(f->ents.entities[i].type, NER_ORG, "a titled person typed a body");
}

/* The tagger's mentions given by hand, all "persons": a one-word name twice after "in" is a
 * place; a person named in full keeps the tagger's reading. */
Test(facts, a_one_word_person_twice_after_in_is_a_place) {
    const char *text = "Protests spread in Dallworth on Friday. Shops in Dallworth stayed shut. Ana Dallworth, "
                       "no relation, said little. Fans in Kessel cheered as Kessel scored. Fans in Kessel sang.";
    run(text);
    ner_mention given[8];
    size_t n = 0;
    for (size_t k = 0; k < doc->seg.n_tokens && n < 8; k++) {
        const token *t = &doc->seg.tokens[k];
        bool dall = t->end - t->start == 9 && strncmp(doc->text + t->start, "Dallworth", 9) == 0;
        bool kess = t->end - t->start == 6 && strncmp(doc->text + t->start, "Kessel", 6) == 0;
        if (!dall && !kess)
            continue;
        bool full = dall && k > 0 && strncmp(doc->text + doc->seg.tokens[k - 1].start, "Ana", 3) == 0;
        ner_mention m = {full ? doc->seg.tokens[k - 1].start : t->start, t->end, (uint32_t)(full ? k - 1 : k),
                         (uint32_t)k + 1, t->sentence, NER_PER, 0, -1};
        given[n++] = m;
    }
    arena a;
    arena_init(&a, 4096);
    ner_entities out;
    precis_error err;
    cr_assert_eq(entities_link(doc, given, n, &a, &out, &err), PRECIS_OK, "%s", err.message);
    for (size_t i = 0; i < out.n_entities; i++) {
        const ner_entity *e = &out.entities[i];
        if (e->name_len == 6 && strncmp(e->name, "Kessel", 6) == 0)
            cr_assert_eq(e->type, NER_LOC, "Kessel: type %d", e->type);
        if (strstr(e->name, "Dallworth"))
            cr_assert_eq(e->type, NER_PER, "%.*s: type %d", (int)e->name_len, e->name, e->type);
    }
    arena_free(&a);
}

/* The tagger's mentions given by hand: "Susan Quell" typed ORG, "Quell" PER twice: the
 * surname alone refers to the full name, and the people's votes make it a person; "Mirov" alone is not "Mirov Steel" (only a surname is). */
Test(facts, a_full_name_typed_otherwise_takes_its_surname_and_its_type) {
    const char *text = "Susan Quell urged voters to watch the polls. Quell spoke in Dunmore. Later Quell left. "
                       "Mirov Steel cut jobs. Mirov spoke for the firm.";
    run(text);
    ner_mention given[8];
    size_t n = 0;
    for (size_t k = 0; k < doc->seg.n_tokens && n < 8; k++) {
        const token *t = &doc->seg.tokens[k];
        const char *w = doc->text + t->start;
        size_t len = t->end - t->start;
        if (len == 5 && strncmp(w, "Susan", 5) == 0) {
            given[n++] = (ner_mention){t->start, doc->seg.tokens[k + 1].end, (uint32_t)k, (uint32_t)k + 2,
                                       t->sentence, NER_ORG, 0, -1};
            k++;
        } else if (len == 5 && strncmp(w, "Quell", 5) == 0) {
            given[n++] = (ner_mention){t->start, t->end, (uint32_t)k, (uint32_t)k + 1, t->sentence, NER_PER, 0, -1};
        } else if (len == 5 && strncmp(w, "Mirov", 5) == 0 && strncmp(w + 6, "Steel", 5) == 0) {
            given[n++] = (ner_mention){t->start, doc->seg.tokens[k + 1].end, (uint32_t)k, (uint32_t)k + 2,
                                       t->sentence, NER_ORG, 0, -1};
            k++;
        } else if (len == 5 && strncmp(w, "Mirov", 5) == 0) {
            given[n++] = (ner_mention){t->start, t->end, (uint32_t)k, (uint32_t)k + 1, t->sentence, NER_PER, 0, -1};
        }
    }
    cr_assert_eq(n, 5);
    arena a;
    arena_init(&a, 4096);
    ner_entities out;
    precis_error err;
    cr_assert_eq(entities_link(doc, given, n, &a, &out, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(out.mentions[1].entity, out.mentions[0].entity, "Quell is Susan Quell");
    cr_assert_eq(out.mentions[2].entity, out.mentions[0].entity);
    cr_assert_eq(out.entities[out.mentions[0].entity].type, NER_PER);
    cr_assert_neq(out.mentions[4].entity, out.mentions[3].entity, "Mirov is not Mirov Steel");
    cr_assert_eq(out.entities[out.mentions[3].entity].type, NER_ORG);
    arena_free(&a);
}

/* ---- a language without fact or people words ------------------------------------------------ */

/* The facts of `text` under model `m` (a document of its own, kept in `doc`). */
static const facts *run_with(precis_model *m, const char *text) {
    precis_error err;
    precis_doc_free(doc);
    doc = NULL;
    cr_assert_eq(precis_doc_new(m, text, strlen(text), NULL, &doc, &err), PRECIS_OK, "%s", err.message);
    cr_assert_eq(facts_compute(doc, &err), PRECIS_OK, "%s", err.message);
    return doc->facts;
}

Test(facts, a_language_without_fact_words_counts_and_groups_without_them) {
    const char *text = "Dozens of firefighters in Ostrava are trying to reach a miner trapped deep in a "
                       "collapsed shaft. About 300 residents were moved from their homes on Sunday night, "
                       "officials said. Petr Dvorak, the mine's manager, said the shaft was old.\n";
    const facts *f = run(text);
    cr_expect(span_is(f->what.group_start, f->what.group_end, "Dozens of firefighters"), "%s",
              span(f->what.group_start, f->what.group_end));
    cr_assert_geq(f->n_how_many, 1);
    cr_expect(span_is(f->quantities[f->how_many[0]].start, f->quantities[f->how_many[0]].end,
                      "About 300 residents"), "%s",
              span(f->quantities[f->how_many[0]].start, f->quantities[f->how_many[0]].end));

    precis_model *bare = model_without("en/facts.txt");
    cr_assert_eq(model_lang(bare, "en")->fact_words.count, 0);
    f = run_with(bare, text);
    /* no group opener: "Dozens of" is no count, and the phrase ends at "of"; no approximation */
    cr_expect_eq(f->what.group_end, 0, "%s", span(f->what.group_start, f->what.group_end));
    cr_assert_geq(f->n_how_many, 1);
    cr_expect(span_is(f->quantities[f->how_many[0]].start, f->quantities[f->how_many[0]].end, "300 residents"),
              "%s", span(f->quantities[f->how_many[0]].start, f->quantities[f->how_many[0]].end));
    precis_doc_free(doc);
    doc = NULL;
    precis_model_free(bare);
}

Test(facts, a_language_without_people_words_has_no_unnamed_group_of_people) {
    const char *text = "Several people died and dozens were injured after a bus overturned on a bend near "
                       "Ostrava on Tuesday. The driver was taken to hospital. Witness Jana Novakova said the "
                       "bus had been going fast. \"It happened so quickly,\" she said.\n";
    const facts *f = run(text);
    cr_expect(f->who_group, "no group leads who");
    precis_model *bare = model_without("en/people.txt");
    cr_assert_eq(model_lang(bare, "en")->people_words.count, 0);
    f = run_with(bare, text);
    /* "people" is no noun for people there, and has no agent ending: no group */
    cr_expect(!f->who_group, "a group leads who: %s", span(f->what.group_start, f->what.group_end));
    cr_expect_eq(f->what.group_end, 0, "%s", span(f->what.group_start, f->what.group_end));
    precis_doc_free(doc);
    doc = NULL;
    precis_model_free(bare);
}

/* ---- one reading of "ends like a sentence" (doc_sentence_final) ----------------------------- */

Test(facts, how_a_sentence_ends_past_closing_marks) {
    run("The ferry left at noon.\n\n\"We sailed on time!\"\n\n' WE SAILED ON TIME ! '\n\nThe crew waved [photo.]\n\n"
        "Harbour reopens after storm\n\n\xE2\x80\x9CIt was calm.\xE2\x80\x9D\n\nAnd then\xE2\x80\xA6\n");
    int want[] = {'.', '!', '!', '.', 'm', '.', DOC_FINAL_OTHER};
    cr_assert_eq(doc->seg.n_sentences, sizeof want / sizeof want[0], "%zu sentences", doc->seg.n_sentences);
    for (size_t i = 0; i < doc->seg.n_sentences; i++)
        cr_assert_eq(doc_sentence_final(doc, i), want[i], "sentence %zu: '%s' ends with %d", i,
                     span(doc->seg.sentences[i].start, doc->seg.sentences[i].end), doc_sentence_final(doc, i));
}

Test(facts, a_surname_after_a_role_word_is_the_person_it_titled_in_full) {
    /* two Varga share the surname; "Mayor Varga" is the one "Mayor Ellis Varga" named, though
     * Anna Varga was named last */
    const facts *f = run("Mayor Ellis Varga opened the new bridge on Friday. His daughter Anna Varga, 12, cut "
                         "the ribbon. Anna Varga said the bridge was beautiful. Mayor Varga thanked the "
                         "builders.");
    int32_t ellis = -1, anna = -1;
    for (size_t i = 0; i < f->ents.n_entities; i++) {
        const ner_entity *e = &f->ents.entities[i];
        if (e->name_len == 11 && memcmp(e->name, "Ellis Varga", 11) == 0)
            ellis = (int32_t)i;
        if (e->name_len == 10 && memcmp(e->name, "Anna Varga", 10) == 0)
            anna = (int32_t)i;
    }
    cr_assert(ellis >= 0 && anna >= 0, "both named");
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_end - m->tok_start == 1 && span_is(m->start, m->end, "Varga"))
            cr_expect_eq(m->entity, ellis, "\"Mayor Varga\" linked to %d, not Ellis Varga (%d)", m->entity, ellis);
    }
}

Test(facts, a_hedge_stays_with_the_action) {
    /* "allegedly" says the act is claimed: the what must not state it as fact */
    const facts *f = run("A 14-year-old girl from Corby allegedly conspired with her boyfriend to rob a shop, police "
                         "said on Monday. The boyfriend is 20. Both were arrested on Sunday.\n");
    cr_assert(f->what.verb_end > f->what.verb_start, "no action");
    cr_assert(strncmp(doc->text + f->what.verb_start, "allegedly conspired", 19) == 0, "action '%s'",
              span(f->what.verb_start, f->what.verb_end));
}

Test(facts, a_dateline_below_a_title_is_the_lede_s) {
    /* the agency is a source, and the dateline's date is the day of writing, after the event's */
    const facts *f = run("Ferry Terminal Opens In Corby Harbour After Long Delay.\n\nCORBY, England, May 4 (UPI) "
                         "\xE2\x80\x94 Mayor Ann Kerr opened the new ferry terminal on Tuesday after two years of "
                         "building work. Kerr said it would bring trade.\n");
    bool upi = false;
    for (size_t i = 0; i < f->n_sources; i++)
        upi |= f->sources[i].end - f->sources[i].start == 3 && memcmp(doc->text + f->sources[i].start, "UPI", 3) == 0;
    cr_assert(upi, "no dateline source");
    cr_assert(f->n_when >= 1);
    const timex *t = &f->timexes[f->when[0]];
    cr_assert(t->end - t->start == 7 && memcmp(doc->text + t->start, "Tuesday", 7) == 0, "first when: %.*s",
              (int)(t->end - t->start), doc->text + t->start);
}

/* ---- a long document takes the linker's indexes (more than 256 mentions) -------------------- */

/* `tail` after enough filler for the linker's indexes (entities.c: TITLED_SCAN_MAX,
 * AMB_SCAN_MAX) instead of its scans; the links the tail's mentions get must be those a short
 * document gets, and the mentions stay in document order. */
static const facts *run_long(const char *tail) {
    static char text[16384];
    size_t len = 0;
    for (int i = 0; i < 110; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, "Ann Kerr met Tom Reyes in Corby on day %d. ", i + 1);
    snprintf(text + len, sizeof text - len, "\n\n%s", tail);
    const facts *f = run(text);
    cr_assert_gt(f->ents.n_mentions, 256, "%zu mentions: too few for the indexes", f->ents.n_mentions);
    for (size_t i = 1; i < f->ents.n_mentions; i++)
        cr_assert_leq(f->ents.mentions[i - 1].start, f->ents.mentions[i].start, "mention %zu out of order", i);
    return f;
}

/* The entity named `name` in full, or -1. */
static int32_t entity_named(const facts *f, const char *name) {
    for (size_t i = 0; i < f->ents.n_entities; i++)
        if (f->ents.entities[i].name_len == strlen(name) && memcmp(f->ents.entities[i].name, name, strlen(name)) == 0)
            return (int32_t)i;
    return -1;
}

/* The entity of the last one-word mention reading `word`, or -2 when there is none. */
static int32_t last_short_link(const facts *f, const char *word) {
    int32_t e = -2;
    for (size_t i = 0; i < f->ents.n_mentions; i++) {
        const ner_mention *m = &f->ents.mentions[i];
        if (m->tok_end - m->tok_start == 1 && span_is(m->start, m->end, word))
            e = m->entity;
    }
    return e;
}

Test(facts, a_long_document_links_names_as_a_short_one_does) {
    const char *titled = "Mayor Ellis Varga opened the new bridge on Friday. His daughter Anna Varga, 12, cut the "
                         "ribbon. Anna Varga said the bridge was beautiful. Mayor Varga thanked the builders.";
    const char *shared = "Lena Moreau met Paul Moreau in Lyon on Tuesday. Later, Moreau said the talks had gone well.";
    const char *tails[] = {titled, shared};
    const char *full[] = {"Ellis Varga", "Paul Moreau"}, *word[] = {"Varga", "Moreau"};
    for (size_t t = 0; t < 2; t++) {
        const facts *f = run(tails[t]);
        cr_assert_eq(last_short_link(f, word[t]), entity_named(f, full[t]), "short: %s", word[t]);
        f = run_long(tails[t]);
        int32_t want = entity_named(f, full[t]);
        cr_assert_geq(want, 0, "%s not named", full[t]);
        cr_assert_eq(last_short_link(f, word[t]), want, "long: \"%s\" not linked to %s", word[t], full[t]);
    }
}

/* True when some mention of entity e reads `text` exactly. */
static bool mention_reads(const facts *f, int32_t e, const char *text) {
    for (size_t i = 0; i < f->ents.n_mentions; i++)
        if (f->ents.mentions[i].entity == e && span_is(f->ents.mentions[i].start, f->ents.mentions[i].end, text))
            return true;
    return false;
}

Test(facts, a_day_glued_to_a_name_by_a_caption_is_no_part_of_it) {
    const facts *f = run("Harbour pilot Tom Hale will open the new quay at Sines on Saturday. Hale has steered "
                         "ferries for thirty years. Tom Hale at the old quay on Saturday Hale (left) is now a "
                         "pilot for the ferry company.");
    cr_expect_eq(entity_named(f, "Saturday Hale"), -1, "the day stayed in the name");
    int32_t e = entity_named(f, "Tom Hale");
    cr_assert_geq(e, 0);
    cr_expect(mention_reads(f, e, "Hale"));
    /* guard: a name that opens with a month and ends no other name keeps it */
    f = run("The harbour museum hired June Lamont as its curator last week. June Lamont said the ferries "
            "would come first.");
    cr_expect_geq(entity_named(f, "June Lamont"), 0, "June Lamont lost her given name");
}

Test(facts, a_nickname_between_spaced_quotation_marks_is_inside_the_name) {
    /* tokenized text sets marks apart: the tagger made "Ana ' Lulu" one mention and
     * "Reyes" another, which a later "Tom Reyes" took */
    const facts *f = run("Harbour singer Ana ' Lulu ' Reyes has filed a missing persons report . Her cousin "
                         "Tom Reyes was last seen on the quay at Sines .");
    int32_t e = entity_named(f, "Ana ' Lulu ' Reyes");
    cr_assert_geq(e, 0, "the name was split");
    cr_expect_neq(e, entity_named(f, "Tom Reyes"));
}

Test(facts, a_nickname_before_a_name_the_story_uses_again_is_inside_it) {
    const facts *f = run("Film star 'Dodo' Clara Benn has filed a missing persons report. Her cousin Tom Hale "
                         "said Dodo Clara last saw her brother at the farm.");
    int32_t e = entity_named(f, "'Dodo' Clara Benn");
    cr_assert_geq(e, 0, "the nickname stayed a name of its own");
    cr_expect(mention_reads(f, e, "Dodo Clara"), "the nickname and the given name were someone else");
    /* guard: a quoted title glued to a caption's name by a lost full stop, never used again */
    f = run("Sines singer Ana Reyes picked the folk song 'Tender' Tom Hale prepared for the race by rowing at "
            "dawn. Tom Hale won the race.");
    cr_expect_eq(entity_named(f, "'Tender' Tom Hale"), -1, "the title went into the name");
    cr_expect_geq(entity_named(f, "Tom Hale"), 0);
}

Test(facts, a_nickname_inside_a_name_calls_the_person_with_the_surname) {
    const facts *f = run("Sines mayor Robert J. 'Bobby' Vance opened the quay on Monday. Bobby Vance said the "
                         "ferries would run all winter, and Bobby thanked the pilots.");
    int32_t e = entity_named(f, "Robert J. 'Bobby' Vance");
    cr_assert_geq(e, 0);
    cr_expect(mention_reads(f, e, "Bobby Vance"), "\"Bobby Vance\" was someone else");
    cr_expect(mention_reads(f, e, "Bobby"), "\"Bobby\" was someone else");
}

/* The name of the speaker given to the quotation that starts with `prefix`, "" when it has
 * none, NULL when there is no such quotation. */
static const char *speaker_of(const facts *f, const char *prefix) {
    const quote *q = quote_starting(f, prefix);
    if (!q)
        return NULL;
    int32_t e = f->quote_speaker[q - f->quotes];
    if (e < 0)
        return "";
    const ner_entity *ent = &f->ents.entities[e];
    uint32_t at = (uint32_t)(ent->name - doc->text);
    return span(at, at + ent->name_len);
}

Test(facts, a_given_name_of_the_other_sex_rules_a_pronoun_s_candidate_out) {
    /* the nearest person is of the other sex by their given name: before, "he said" went to
     * Ana Reyes and "she said" to Tom Hale */
    const facts *f = run("Harbour board chair Ana Reyes met ferry pilot Tom Hale at the quay in Sines on Monday. "
                         "\"It is rotten,\" he said. The council will decide in March.");
    cr_expect_str_eq(speaker_of(f, "It is rotten"), "Tom Hale");
    f = run("Ferry pilot Tom Hale met harbour board chair Ana Reyes at the quay in Sines on Monday. "
            "\"It is sound,\" she said. The council will decide in March.");
    cr_expect_str_eq(speaker_of(f, "It is sound"), "Ana Reyes");
    /* guard: the article's own pronoun outweighs the name ("Noel" is mostly a man's) */
    f = run("Ferry pilot Tom Hale met the harbour's new chair, Noel Grey, on Monday. Noel Grey said she would "
            "sign the report. \"It is sound,\" she said.");
    cr_expect_str_eq(speaker_of(f, "It is sound"), "Noel Grey");
}

Test(facts, a_group_word_opening_a_sentence_is_no_person) {
    /* the tagger reads a capitalised group word at a sentence's start as a person's name, and
     * "she said" went to "Police" */
    const facts *f = run("Harbour board chair Ana Reyes spoke to reporters in Sines on Monday. Police said Tom Hale "
                         "posed a danger to the public. Harbour Police asked anyone who spots Hale to call. \"It is "
                         "rotten,\" she said.");
    int32_t e = entity_named(f, "Police");
    cr_expect(e < 0 || f->ents.entities[e].type != NER_PER, "\"Police\" is a person");
    cr_expect_str_eq(speaker_of(f, "It is rotten"), "Ana Reyes");
}

Test(facts, a_plural_before_a_past_in_a_headline_is_the_subject_s) {
    /* "fans" reads as a verb in -s ("fans the flames"), but before a past that modifies no
     * noun it is the subject's plural: the what was "fans outraged" */
    const facts *f = run("Harbour Chocolate fans outraged after gap between bars is increased\n\n"
                         "Harbour Chocolate has made the gap between the pieces of its bars wider. Customers said "
                         "the bars looked smaller. The company said the price stays the same.\n");
    cr_assert(f->what.phrase_end, "no headline predicate");
    cr_expect(span_is(f->what.phrase_start, f->what.phrase_start + 8, "outraged"), "%s",
              span(f->what.phrase_start, f->what.phrase_end));
    /* guard: a past that modifies a noun is no verb ("signs [revised] bill") */
    f = run("Harbour mayor signs revised ferry bill\n\nThe mayor of Sines signed the revised ferry bill on Monday. "
            "Pilots said the fares were still too high.\n");
    cr_assert(f->what.phrase_end, "no headline predicate");
    cr_expect(span_is(f->what.phrase_start, f->what.phrase_start + 5, "signs"), "%s",
              span(f->what.phrase_start, f->what.phrase_end));
}
