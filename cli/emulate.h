/* Runs a firmware ELF in its board's emulator: qemu for the qemu boards,
 * the rp2040js runner (tools/rp2040/run.mjs) for rp2040. */
#ifndef MPYC_CLI_EMULATE_H
#define MPYC_CLI_EMULATE_H

#include <stdbool.h>

#include "targets.h"

struct emulate_options {
    double timeout_seconds; /* 0: no limit */
    bool icount;            /* qemu -icount shift=0: 1 ns per instruction */
    const char *gpio_log;   /* rp2040: GPIO changes to this file, or NULL */
};

/* Streams the program's output and returns its exit status: the firmware's
 * own, 124 when the timeout killed it, 2 when it could not start (with a
 * message on stderr: missing file, missing emulator and its package). */
int emulate_run(const struct board *b, const char *elf, const struct emulate_options *opts);

#endif
