/* fuzz_model — arbitrary bytes as a model image: the loader must refuse what it cannot read
 * with an error, never crash or leak. */
#include <stdint.h>

#include "precis/precis.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    precis_model *m = NULL;
    precis_error err;
    if (precis_model_load(data, size, &m, &err) == PRECIS_OK)
        precis_model_free(m);
    return 0;
}
