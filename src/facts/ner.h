/* ner: the named-entity recogniser's model half. ner_model_attach() reads the recogniser's
 * weights from the model image (when present) and hangs them on the model. */
#ifndef PRECIS_FACTS_NER_H
#define PRECIS_FACTS_NER_H
#include "precis/precis.h"

struct precis_model;
precis_status ner_model_attach(struct precis_model *m, precis_error *err);
#endif
