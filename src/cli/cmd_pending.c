/* TEMPORARY: commands under construction. */
#include "cli.h"
int cmd_batch(int argc, char **argv) { (void)argc; (void)argv; cli_error("batch", "not built yet"); return 1; }
int cmd_bench(int argc, char **argv) { (void)argc; (void)argv; cli_error("bench", "not built yet"); return 1; }
