/* pack_model: bundles language data files into one precis model image.
 *
 * Usage: pack_model OUT DIR NAME...   (each NAME is a path relative to DIR)
 *
 * The image format is the one src/model/model.c reads:
 *   "PRECIS-MODEL 1\n"
 *   then for each file: "@" NAME " " SIZE "\n" followed by SIZE raw bytes and "\n".
 * Length-prefixed entries keep the format binary-safe and trivially seekable; the text
 * header lines keep an image inspectable with `less`. Files are written in the order
 * given (CMake sorts them), so the image is reproducible. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: pack_model OUT DIR NAME...\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "wb");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    fputs("PRECIS-MODEL 1\n", out);
    for (int i = 3; i < argc; i++) {
        const char *name = argv[i];
        size_t nlen = strlen(name);
        if (nlen >= 3 && strcmp(name + nlen - 3, ".md") == 0)
            continue; /* provenance notes stay out of the image */
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[2], name);
        FILE *in = fopen(path, "rb");
        if (!in) {
            perror(path);
            return 1;
        }
        if (fseek(in, 0, SEEK_END) != 0) {
            perror(path);
            return 1;
        }
        long size = ftell(in);
        rewind(in);
        char *buf = malloc(size > 0 ? (size_t)size : 1);
        if (!buf || fread(buf, 1, (size_t)size, in) != (size_t)size) {
            fprintf(stderr, "%s: read failed\n", path);
            return 1;
        }
        fclose(in);
        fprintf(out, "@%s %ld\n", name, size);
        fwrite(buf, 1, (size_t)size, out);
        fputc('\n', out);
        free(buf);
    }
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
