/* consumer.c — uses the installed library through its public header only. */
#include <precis/precis.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *text = "The tram line to the airport opened on Saturday. It cost 90 million euros. "
                       "Officials expect 8,000 riders a day.";
    precis_model *m;
    precis_doc *d;
    precis_error err;
    if (precis_model_default(&m, &err) != PRECIS_OK ||
        precis_doc_new(m, text, strlen(text), NULL, &d, &err) != PRECIS_OK) {
        fprintf(stderr, "consumer: %s\n", err.message);
        return 1;
    }
    printf("precis %s: %zu sentences\n", precis_version(), precis_doc_sentence_count(d));
    precis_doc_free(d);
    precis_model_free(m);
    return 0;
}
