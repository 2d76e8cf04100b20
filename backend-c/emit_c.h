/* backend-c: IR -> C11. One C file per module, plus one image file holding
 * the program's interned names, the module table and main(). */
#ifndef MPYC_BACKEND_C_EMIT_H
#define MPYC_BACKEND_C_EMIT_H

#include <stdbool.h>
#include <stdio.h>

#include "ir.h"

/* Interned names shared by all modules of a program (the image's table). */
typedef struct cgen_names {
    int n, cap;
    char **texts;
    size_t *lens;
} cgen_names;

typedef struct cgen_image_options {
    size_t heap_size;       /* 0: the HAL's default */
    const char *main_module; /* usually "__main__" */
    bool firmware;          /* a board image: mpyc_main() for the HAL's startup, no argv */
    bool uses_float;        /* set by cgen_image: the program can make a float; when not,
                             * a firmware compiles its C with -DMPYC_NO_FLOAT */
} cgen_image_options;

/* Writes the C file of module number `index` of the program. */
void cgen_module(FILE *out, const ir_module *m, int index, cgen_names *names);
/* Writes the image file (after every module has been emitted). */
void cgen_image(FILE *out, ir_module *const *mods, int n, const cgen_names *names,
                cgen_image_options *opt);
void cgen_names_free(cgen_names *names);

#endif
