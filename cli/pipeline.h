/* The compile pipeline shared by `mpyc compile`, `build` and `run`: finds
 * and parses every module of a program (the main script plus the modules
 * and packages it imports, beside it or on -I paths), lowers them to IR,
 * emits C and calls the host C compiler, with a content-addressed cache. */
#ifndef MPYC_CLI_PIPELINE_H
#define MPYC_CLI_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct pipeline_options {
    const char *main_path;
    const char *include_dirs[32];
    int n_include_dirs;
    size_t heap_size;       /* 0: default */
    bool quiet_warnings;
    const struct board *board; /* --target: NULL for the host */
    size_t stack_size;      /* --stack, boards only; 0: the board's default */
} pipeline_options;

typedef enum { EMIT_IR, EMIT_C } emit_kind;

struct board;

/* Parses the options common to compile/build/run (-I DIR, --heap SIZE,
 * --stack SIZE, --target NAME);
 * returns the number of argv entries consumed (0: not a common option,
 * -1: bad value, message printed). */
int pipeline_parse_option(pipeline_options *opt, int argc, char **argv, int i);
/* The command line of build/compile: one FILE, -o OUT, the common options
 * and, through extra (may be NULL), the command's own ones (extra returns
 * how many entries it consumed, 0: not its option). Errors are printed
 * with the command's name and usage; returns 0, or 2 for a usage error. */
typedef int (*pipeline_extra_option)(void *ctx, int argc, char **argv, int i);
int pipeline_parse_command(pipeline_options *opt, const char **out_path, int argc, char **argv, const char *command,
                           const char *usage, pipeline_extra_option extra, void *ctx);
/* 64k, 2m, 1g or a plain byte count; 0 on error. */
size_t pipeline_parse_size(const char *s);

/* Writes the IR dump or the C of the whole program; 0 on success, 1 after
 * errors (printed as FILE:LINE:COL: error: ...). */
int pipeline_emit(const pipeline_options *opt, emit_kind kind, FILE *out);
/* Builds a host executable, or with opt->board a firmware ELF; on success
 * *exe_out is a malloc'd path (in the cache, or copied to out_path when
 * given). 0 / 1. */
int pipeline_build(const pipeline_options *opt, const char *out_path, char **exe_out);

#endif
