/* CPython-compatible ast.dump of an mpyc AST (hosted builds only). */
#ifndef MPYC_FRONTEND_AST_DUMP_H
#define MPYC_FRONTEND_AST_DUMP_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

typedef void (*mp_dump_write)(void *ctx, const char *s, size_t n);

void mp_ast_dump_module(const mp_module *m, mp_dump_write write, void *ctx);
/* repr() of a float (add_dot_0) or of a complex's imaginary part (no ".0"). */
void mp_format_float_repr(double v, bool add_dot_0, char *out, size_t size);

#endif
