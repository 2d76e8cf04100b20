#include "diag.h"

#include <stdint.h>

#include "arena.h"

void mp_diag_clear(mp_diag *diag) {
    diag->has_error = false;
    diag->line = 0;
    diag->byte_col = -1;
    diag->col = 0;
    diag->col_in_bytes = false;
    diag->line_text = NULL;
    diag->line_len = 0;
    diag->message[0] = 0;
}

struct out {
    char *buf;
    size_t size, len;
};

static void put(struct out *o, char c) {
    if (o->len + 1 < o->size)
        o->buf[o->len] = c;
    o->len++;
}

static void put_str(struct out *o, const char *s) {
    while (*s)
        put(o, *s++);
}

static void put_unsigned(struct out *o, unsigned long long v, unsigned base, int min_digits) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = "0123456789ABCDEF"[v % base];
        v /= base;
    } while (v);
    while (n < min_digits)
        tmp[n++] = '0';
    while (n)
        put(o, tmp[--n]);
}

static void put_utf8(struct out *o, uint32_t cp) {
    if (cp < 0x80) {
        put(o, (char)cp);
    } else if (cp < 0x800) {
        put(o, (char)(0xC0 | (cp >> 6)));
        put(o, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        put(o, (char)(0xE0 | (cp >> 12)));
        put(o, (char)(0x80 | ((cp >> 6) & 0x3F)));
        put(o, (char)(0x80 | (cp & 0x3F)));
    } else {
        put(o, (char)(0xF0 | (cp >> 18)));
        put(o, (char)(0x80 | ((cp >> 12) & 0x3F)));
        put(o, (char)(0x80 | ((cp >> 6) & 0x3F)));
        put(o, (char)(0x80 | (cp & 0x3F)));
    }
}

size_t mp_vformat(char *buf, size_t size, const char *fmt, va_list ap) {
    struct out o = {buf, size, 0};
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(&o, *fmt);
            continue;
        }
        switch (*++fmt) {
        case 's': put_str(&o, va_arg(ap, const char *)); break;
        case 'c': put(&o, (char)va_arg(ap, int)); break;
        case 'd': {
            int v = va_arg(ap, int);
            if (v < 0) {
                put(&o, '-');
                put_unsigned(&o, (unsigned long long)(-(long long)v), 10, 1);
            } else {
                put_unsigned(&o, (unsigned long long)v, 10, 1);
            }
            break;
        }
        case 'u': put_unsigned(&o, va_arg(ap, unsigned), 10, 1); break;
        case 'U': put_str(&o, "U+"); put_unsigned(&o, va_arg(ap, unsigned), 16, 4); break;
        case 'C': put_utf8(&o, va_arg(ap, unsigned)); break;
        case '%': put(&o, '%'); break;
        case 0: fmt--; break;
        default: put(&o, '%'); put(&o, *fmt); break;
        }
    }
    if (size)
        buf[o.len < size ? o.len : size - 1] = 0;
    return o.len;
}

size_t mp_format(char *buf, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t n = mp_vformat(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

void mp_diag_verror(mp_diag *diag, int line, int byte_col, const char *fmt, va_list ap) {
    if (diag->has_error)
        return;
    diag->has_error = true;
    diag->line = line;
    diag->byte_col = byte_col;
    mp_vformat(diag->message, sizeof diag->message, fmt, ap);
}

void mp_diag_error(mp_diag *diag, int line, int byte_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mp_diag_verror(diag, line, byte_col, fmt, ap);
    va_end(ap);
}

void mp_diag_resolve(mp_diag *diag, const char *src, size_t len) {
    if (!diag->has_error || diag->line <= 0 || !src)
        return;
    const char *p = src, *end = src + len;
    for (int line = 1; line < diag->line && p < end; p++)
        if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
            line++;
    if (p > end)
        p = end;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    diag->line_text = p;
    diag->line_len = (size_t)(e - p);
    if (diag->byte_col < 0) {
        diag->col = 0;   /* no column, or CPython's offset 0 (just before column 1) */
        return;
    }
    if (diag->col_in_bytes) {
        diag->col = diag->byte_col + 1;
        return;
    }
    /* Count code points up to the byte column; a column past the text stays past it. */
    int chars = 0;
    for (int i = 0; i < diag->byte_col; i++) {
        if (p + i >= e || ((unsigned char)p[i] & 0xC0) != 0x80)
            chars++;
    }
    diag->col = chars + 1;
}
