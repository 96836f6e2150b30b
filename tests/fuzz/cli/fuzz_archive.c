/* fuzz_archive — arbitrary bytes as one input file of `precis batch` with --type auto: the
 * sniffing picks the archive reader (tar, zip, cpio, 7z, compressed streams, through
 * libarchive), the WARC reader, JSONL, HTML or plain text, so damaged and truncated archives
 * and WARC records reach every reader. Each document is then decoded as a worker would.
 * Builds with src/cli/batch_read.c, batch_common.c, extract.c, fetch.c and common.c. */
#include "fuzz_batch_items.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    batch_read_cfg cfg = {.text_field = "text", .id_field = "id", .title_field = "title",
                          .date_field = "date", .max_bytes = 1 << 16, .kind = BATCH_KIND_AUTO};
    batch_read_stats stats = {0};
    batch_read_input(&cfg, fuzz_as_file(data, size), fuzz_take_item, &cfg, &stats);
    return 0;
}
