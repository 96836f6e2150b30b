/* compile_model: the parts of the built-in model that are compiled ahead of time, so that
 * loading it needs no parsing.
 *
 * Usage: compile_model IMAGE NER_OUT TABLES_OUT GAZ_OUT
 *
 * Loads the packed model image IMAGE with the library's own loader and writes
 *   NER_OUT     the entity recogniser of its first language that has one (the default
 *               language, English, in the shipped image: en/ner.model) as the tagger's
 *               tables: hash table, Bloom filter and rows (facts/ner.c, "compiled
 *               recognisers"); empty when no language has a recogniser. Other languages'
 *               recognisers are parsed when the model loads (the compiled one names the
 *               file it was made from, so it is used for that language only);
 *   TABLES_OUT  its stem, idf and cue-word maps as their occupied slots (model/model.c, "compiled
 *               tables");
 *   GAZ_OUT     that language's gazetteers as loading leaves them (facts/ner_feat.c,
 *               "compiled gazetteers"); empty when no language has a recogniser.
 * The build embeds both beside the image. The outputs depend only on the image: the build is
 * reproducible. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts/ner.h"
#include "model/model.h"

/* This program links the library's objects without the embedded model they are being
 * compiled for: empty stand-ins. */
const char precis_embedded_model[1] = {0};
const char precis_embedded_model_end[1] = {0};
const char precis_compiled_ner[1] = {0};
const char precis_compiled_ner_end[1] = {0};
const char precis_compiled_tables[1] = {0};
const char precis_compiled_tables_end[1] = {0};
const char precis_compiled_gaz[1] = {0};
const char precis_compiled_gaz_end[1] = {0};

static int write_file(const char *path, const unsigned char *data, size_t len) {
    FILE *out = fopen(path, "wb");
    if (!out || (len && fwrite(data, 1, len, out) != len) || fclose(out) != 0) {
        perror(path);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: compile_model IMAGE NER_OUT TABLES_OUT GAZ_OUT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in || fseek(in, 0, SEEK_END) != 0) {
        perror(argv[1]);
        return 1;
    }
    long size = ftell(in);
    rewind(in);
    char *image = malloc(size > 0 ? (size_t)size : 1);
    if (size < 0 || !image || fread(image, 1, (size_t)size, in) != (size_t)size) {
        fprintf(stderr, "%s: read failed\n", argv[1]);
        return 1;
    }
    fclose(in);
    precis_error err = {0};
    precis_model *m;
    if (precis_model_load(image, (size_t)size, &m, &err) != PRECIS_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], err.message);
        return 1;
    }
    unsigned char *ner = NULL, *tables = NULL;
    size_t ner_len = 0, tables_len = 0, len = 0;
    const lang_data *l = NULL;
    const ner_model *nm = NULL;
    for (size_t i = 0; i < m->n_langs && !nm; i++)
        if ((nm = ner_model_of_lang(m, &m->langs[i])) != NULL)
            l = &m->langs[i];
    char name[32], prefix[32];
    snprintf(name, sizeof name, "%s/ner.model", l ? l->code : "");
    size_t pl = (size_t)snprintf(prefix, sizeof prefix, "%s/gazetteer_", l ? l->code : "");
    const char *src = nm ? model_file(m, name, &len) : NULL;
    if (src && ner_model_compile(l, src, len, &ner, &ner_len, &err) != PRECIS_OK) {
        fprintf(stderr, "%s: %s: %s\n", argv[1], name, err.message);
        return 1;
    }
    if (model_compile_tables(m, &tables, &tables_len, &err) != PRECIS_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], err.message);
        return 1;
    }
    /* the gazetteer files in the order the recogniser loaded them */
    unsigned char *gaz = NULL;
    size_t gaz_len = 0;
    if (nm) {
        const char *gsrc[16];
        size_t gsrc_len[16], n_src = 0;
        for (size_t i = 0; i < m->n_files && n_src < 16; i++)
            if (strncmp(m->files[i].name, prefix, pl) == 0) {
                gsrc[n_src] = m->files[i].data;
                gsrc_len[n_src++] = m->files[i].len;
            }
        if (!ner_gaz_compile(ner_model_gaz(nm), gsrc, gsrc_len, n_src, &gaz, &gaz_len)) {
            fprintf(stderr, "%s: cannot compile the gazetteers\n", argv[1]);
            return 1;
        }
    }
    int rc = write_file(argv[2], ner, ner_len) | write_file(argv[3], tables, tables_len) |
             write_file(argv[4], gaz, gaz_len);
    free(ner);
    free(tables);
    free(gaz);
    precis_model_free(m);
    free(image);
    return rc;
}
