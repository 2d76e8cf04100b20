/* Diagnostics: the frontend reports errors here and never prints. */
#ifndef MPYC_FRONTEND_DIAG_H
#define MPYC_FRONTEND_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct mp_diag {
    bool has_error;
    int line;             /* 1-based; 0 when the error has no position */
    int byte_col;         /* 0-based byte column in that line; -1 when none */
    int col;              /* 1-based character column (CPython's SyntaxError.offset); 0 = none */
    bool col_in_bytes;    /* CPython reports this error's column in bytes, not characters */
    const char *line_text;   /* the offending source line (not NUL-terminated), or NULL */
    size_t line_len;
    char message[320];
} mp_diag;

void mp_diag_clear(mp_diag *diag);
/* Records the first error only; later calls are ignored. Formats: %s %d %u %c %U (code point
 * as U+XXXX) %C (code point as UTF-8) %%. */
void mp_diag_error(mp_diag *diag, int line, int byte_col, const char *fmt, ...);
void mp_diag_verror(mp_diag *diag, int line, int byte_col, const char *fmt, va_list ap);
/* Fills line_text and col from the (decoded) source the error refers to. */
void mp_diag_resolve(mp_diag *diag, const char *src, size_t len);

/* Small freestanding formatter with the same directives; returns the length written. */
size_t mp_vformat(char *buf, size_t size, const char *fmt, va_list ap);
size_t mp_format(char *buf, size_t size, const char *fmt, ...);

#endif
