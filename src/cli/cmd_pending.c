/* TEMPORARY: commands under construction. */
#include "cli.h"
