/* Output streams: the console (hal_write), growable string buffers, and the
 * runtime's printf (%s %d %ld %zu %q %T %r %S %c %%). */
#include "rt_internal.h"
#include "hal.h"

static int console_write(Stream *s, const char *data, size_t len) {
    hal_write((int)(intptr_t)s->ctx, data, len);
    return 0;
}

Stream rt_stdout = { console_write, (void *)1 };
Stream rt_stderr = { console_write, (void *)2 };

int rt_stream_write(Stream *s, const char *data, size_t len) {
    if (len == 0)
        return 0;
    return s->write(s, data, len);
}

int rt_stream_puts(Stream *s, const char *cstr) {
    return rt_stream_write(s, cstr, rt_strlen(cstr));
}

int rt_print_cstr(Stream *s, const char *c) {
    return rt_stream_puts(s, c);
}

/* ---- string buffers --------------------------------------------------------- */

static int strbuf_write(Stream *s, const char *data, size_t len) {
    StrBuf *b = (StrBuf *)s;
    if (b->failed)
        return -1;
    if (b->len + len + 1 > b->alloc) {
        size_t alloc = b->alloc ? b->alloc : 16;
        while (alloc < b->len + len + 1)
            alloc *= 2;
        char *p = rt_realloc(b->data, alloc);
        if (!p) {
            b->failed = true;
            return -1;
        }
        b->data = p;
        b->alloc = alloc;
    }
    rt_memcpy(b->data + b->len, data, len);
    b->len += len;
    return 0;
}

void rt_strbuf_init(StrBuf *b, size_t initial) {
    b->stream.write = strbuf_write;
    b->stream.ctx = NULL;
    b->len = 0;
    b->failed = false;
    b->data = initial ? rt_alloc_quiet(initial) : NULL;
    b->alloc = b->data ? initial : 0;
}

Obj rt_strbuf_to_str(StrBuf *b) {
    if (b->failed)
        return 0;
    Obj s = rt_str_new(b->data ? b->data : "", b->len);
    rt_free(b->data);
    b->data = NULL;
    b->alloc = b->len = 0;
    return s;
}

/* ---- formatting ------------------------------------------------------------- */

/* v / 10, leaving v % 10 in *rem, in 16-bit steps: 32-bit boards then
 * link no 64-bit division (libgcc's __udivmoddi4). */
static unsigned long long div10(unsigned long long v, unsigned *rem) {
    uint32_t hi = (uint32_t)(v >> 32), lo = (uint32_t)v;
    uint32_t limb[4] = { hi >> 16, hi & 0xffffu, lo >> 16, lo & 0xffffu }, r = 0;
    for (int k = 0; k < 4; k++) {
        uint32_t cur = (r << 16) | limb[k];
        limb[k] = cur / 10;
        r = cur % 10;
    }
    *rem = r;
    return (unsigned long long)((limb[0] << 16) | limb[1]) << 32 | ((limb[2] << 16) | limb[3]);
}

static int print_unsigned(Stream *s, unsigned long long v, bool negative) {
    char buf[24];
    size_t i = sizeof buf;
    do {
        unsigned digit;
        v = div10(v, &digit);
        buf[--i] = (char)('0' + digit);
    } while (v);
    if (negative)
        buf[--i] = '-';
    return rt_stream_write(s, buf + i, sizeof buf - i);
}

static int print_signed(Stream *s, long long v) {
    if (v < 0)
        return print_unsigned(s, 0ull - (unsigned long long)v, true);
    return print_unsigned(s, (unsigned long long)v, false);
}

int rt_stream_vprintf(Stream *s, const char *fmt, va_list ap) {
    const char *run = fmt;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        if (rt_stream_write(s, run, (size_t)(p - run)) < 0)
            return -1;
        int r = 0;
        switch (*++p) {
        case 's': r = rt_stream_puts(s, va_arg(ap, const char *)); break;
        case 'd': r = print_signed(s, va_arg(ap, int)); break;
        case 'l':
            if (p[1] == 'd') {
                p++;
                r = print_signed(s, va_arg(ap, long));
            } else if (p[1] == 'x') {
                p++;
                unsigned long v = va_arg(ap, unsigned long);
                char buf[2 * sizeof v];
                size_t i = sizeof buf;
                do {
                    buf[--i] = "0123456789abcdef"[v & 15];
                    v >>= 4;
                } while (v);
                r = rt_stream_write(s, buf + i, sizeof buf - i);
            }
            break;
        case 'z':
            if (p[1] == 'u') {
                p++;
                r = print_unsigned(s, va_arg(ap, size_t), false);
            }
            break;
        case 'q': {
            Obj q = va_arg(ap, Obj);
            r = rt_stream_write(s, rt_str_data(q), rt_str_len(q));
            break;
        }
        case 'T': r = rt_stream_puts(s, rt_type_name(type_of(va_arg(ap, Obj)))); break;
        case 'r': r = rt_print(s, va_arg(ap, Obj), RT_PRINT_REPR); break;
        case 'S': r = rt_print(s, va_arg(ap, Obj), RT_PRINT_STR); break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            r = rt_stream_write(s, &c, 1);
            break;
        }
        case '%': r = rt_stream_write(s, "%", 1); break;
        case '\0': return 0;
        default: break;
        }
        if (r < 0)
            return -1;
        run = p + 1;
    }
    return rt_stream_write(s, run, rt_strlen(run));
}

int rt_stream_printf(Stream *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = rt_stream_vprintf(s, fmt, ap);
    va_end(ap);
    return r;
}
