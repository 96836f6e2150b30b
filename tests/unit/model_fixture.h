/* model_fixture.h — for tests of what a language loses without one of its model files: a
 * loaded model's image with a file left out, loaded as a model of its own. Static
 * definitions; include from one test file (or its fixture) each. */
#ifndef PRECIS_TESTS_MODEL_FIXTURE_H
#define PRECIS_TESTS_MODEL_FIXTURE_H
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

/* The image of `base` without file `drop` (a model directory lacking that file), loaded as a
 * model of its own. */
static precis_model *model_copy_without(const precis_model *base, const char *drop) {
    size_t cap = base->image_len + 64, len = 0;
    char *img = malloc(cap);
    cr_assert_not_null(img);
    len += (size_t)snprintf(img, cap, "PRECIS-MODEL 1\n");
    bool dropped = false;
    for (size_t i = 0; i < base->n_files; i++) {
        const struct model_file *f = &base->files[i];
        if (strcmp(f->name, drop) == 0) {
            dropped = true;
            continue;
        }
        len += (size_t)snprintf(img + len, cap - len, "@%s %zu\n", f->name, f->len);
        cr_assert_lt(len + f->len + 1, cap);
        memcpy(img + len, f->data, f->len);
        len += f->len;
        img[len++] = '\n';
    }
    cr_assert(dropped, "the default model has no %s", drop);
    precis_model *m = NULL;
    precis_error err;
    cr_assert_eq(precis_model_load(img, len, &m, &err), PRECIS_OK, "%s", err.message);
    free(img);
    return m;
}
#endif
