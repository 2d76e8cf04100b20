/* The boards of hal/boards.def, and whether their toolchain and emulator are
 * installed on this machine. */
#ifndef MPYC_CLI_TARGETS_H
#define MPYC_CLI_TARGETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct board {
    const char *name, *cpu, *arch, *cflags, *cc, *cc_package, *libc,
        *libc_package, *libc_probe, *emulator_kind, *emulator,
        *emulator_package, *emulator_args;
    uint32_t flash_origin, flash_size, ram_origin, ram_size, heap_size,
        stack_size, cpu_hz;
};

size_t board_count(void);
const struct board *board_at(size_t index);
/* NULL when no board has that name. */
const struct board *board_find(const char *name);
/* Looks the name up; on failure prints "unknown target 'X'; valid targets:
 * ..." to stderr and returns NULL. */
const struct board *board_lookup_or_explain(const char *name);

/* The Debian packages missing for the board's C toolchain, space separated
 * in buf; for the emulator, the command that installs what is missing.
 * True when anything is missing. */
bool board_toolchain_missing(const struct board *b, char *buf, size_t size);
bool board_emulator_missing(const struct board *b, char *buf, size_t size);

/* True when PROGRAM is an executable in $PATH (or a path to one). */
bool program_in_path(const char *program);

/* Source tree and build tree mpyc was built from. */
const char *mpyc_source_dir(void);
const char *mpyc_binary_dir(void);

#endif
