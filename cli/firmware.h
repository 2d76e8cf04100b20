/* Firmware for a board: compiling and linking a program's generated C with
 * the board's cross toolchain and the per-board libraries in
 * build/targets/<board>/, then the size report and the board's flash file. */
#ifndef MPYC_CLI_FIRMWARE_H
#define MPYC_CLI_FIRMWARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "targets.h"

/* The board's build directory and libraries; false (message printed: the
 * Debian packages to install, or the build step that makes the libraries)
 * when the board cannot be built for on this machine. */
bool firmware_ready(const struct board *b);

/* The files a firmware depends on besides the program (for the cache key). */
const char *firmware_runtime_lib(const struct board *b);
const char *firmware_hal_lib(const struct board *b);
const char *firmware_link_flags(const struct board *b);

/* Compiles and links the C files into elf_path. heap/stack 0: board
 * defaults (the image defines the stdlib modules it links). no_float: the
 * program makes no float (the generated code is compiled without its float
 * fast paths, -DMPYC_NO_FLOAT). An app that does not fit in flash or RAM is
 * reported with its sizes. */
bool firmware_link(const struct board *b, char **c_files, int n, size_t heap_size, size_t stack_size,
                   bool no_float, const char *elf_path);

/* Prints flash and RAM use by section. */
bool firmware_report(const struct board *b, const char *elf_path, FILE *out);

/* Writes the board's flash file (UF2 for rp2040) to out_path; boards
 * without one need none (true, nothing written). */
bool firmware_write_flash_image(const struct board *b, const char *elf_path, const char *out_path);

#endif
