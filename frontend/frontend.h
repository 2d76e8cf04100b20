/* Public entry point of the frontend: source bytes -> AST or a syntax error. */
#ifndef MPYC_FRONTEND_FRONTEND_H
#define MPYC_FRONTEND_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"

typedef struct mp_parse_options {
    /* Converts a float literal (digits, '.', exponent; no underscores) to the
     * nearest double. NULL selects a built-in conversion that may differ in
     * the last bit; hosted builds pass strtod. */
    double (*parse_float)(const char *text);
    /* Resolves \N{name} escapes; NULL makes them an error. Hosted builds
     * pass mp_unicode_lookup_name (unicode.h). */
    bool (*lookup_unicode_name)(const char *name, size_t len, uint32_t *cp);
    /* Stored in every node's location (not copied: it must outlive the AST). */
    const char *filename;
} mp_parse_options;

/* Decodes `bytes` as CPython does (UTF-8 by default, a UTF-8 BOM, or a PEP 263
 * coding declaration for utf-8 / latin-1 / ascii), then parses it as a module.
 * The decoded text is stored in *decoded (arena memory, NUL-terminated) so the
 * caller can show source lines. Returns NULL with `diag` filled on error. */
mp_module *mp_parse_module(mp_arena *arena, const char *bytes, size_t len,
                           const mp_parse_options *options, mp_diag *diag,
                           const char **decoded, size_t *decoded_len);

#endif
