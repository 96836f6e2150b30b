/* fuzz_jsonl — arbitrary bytes as a JSONL input of `precis batch --type jsonl`: the line
 * reader (with a small --max-bytes so the over-long-line path is reached), then each line's
 * decoding into id, text and per-document options as a worker does it, and the HTML step for
 * texts that look like pages. Builds with src/cli/batch_read.c, batch_common.c, extract.c, fetch.c
 * and common.c (see tests/fuzz/run.sh). */
#include "fuzz_batch_items.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    batch_read_cfg cfg = {.text_field = "text", .id_field = "id", .title_field = "title",
                          .date_field = "date", .max_bytes = 4096, .kind = BATCH_KIND_JSONL};
    batch_read_stats stats = {0};
    batch_read_input(&cfg, fuzz_as_file(data, size), fuzz_take_item, &cfg, &stats);
    return 0;
}
