/* ner.c — named-entity recognition. The recogniser's weights are optional in an image. */
#include "facts/ner.h"

#include "model/model.h"

precis_status ner_model_attach(struct precis_model *m, precis_error *err) {
    (void)err;
    m->ner = NULL;
    m->ner_free = NULL;
    return PRECIS_OK;
}
