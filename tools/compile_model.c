/* compile_model: the parts of the built-in model that are compiled ahead of time, so that
 * loading it needs no parsing.
 *
 * Usage: compile_model OUT [NER_MODEL]
 *
 * Writes the compiled form of the entity recogniser NER_MODEL (models/en/ner.model: its hash
 * table, Bloom filter and rows, laid out as facts/ner.c uses them; see "compiled
 * recognisers" there) to OUT, which the build embeds next to the model image. Without
 * NER_MODEL, or when it does not exist, OUT is empty and the recogniser is parsed at load
 * time as for any model file. The output depends only on the input: the build is
 * reproducible. */
#include <stdio.h>
#include <stdlib.h>

#include "facts/ner.h"

/* This program links the library's objects without the embedded model they are being
 * compiled for: empty stand-ins. */
const char precis_embedded_model[1] = {0};
const char precis_embedded_model_end[1] = {0};
const char precis_compiled_ner[1] = {0};
const char precis_compiled_ner_end[1] = {0};

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: compile_model OUT [NER_MODEL]\n");
        return 2;
    }
    unsigned char *img = NULL;
    size_t img_len = 0;
    FILE *in = argc == 3 ? fopen(argv[2], "rb") : NULL;
    if (in) {
        if (fseek(in, 0, SEEK_END) != 0) {
            perror(argv[2]);
            return 1;
        }
        long size = ftell(in);
        rewind(in);
        unsigned char *data = malloc(size > 0 ? (size_t)size : 1);
        if (size < 0 || !data || fread(data, 1, (size_t)size, in) != (size_t)size) {
            fprintf(stderr, "%s: read failed\n", argv[2]);
            return 1;
        }
        fclose(in);
        precis_error err = {0};
        if (ner_model_compile(data, (size_t)size, &img, &img_len, &err) != PRECIS_OK) {
            fprintf(stderr, "%s: %s\n", argv[2], err.message);
            return 1;
        }
        free(data);
    }
    FILE *out = fopen(argv[1], "wb");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    if (img_len && fwrite(img, 1, img_len, out) != img_len) {
        perror(argv[1]);
        return 1;
    }
    free(img);
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
