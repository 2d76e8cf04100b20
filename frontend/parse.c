/* Entry points: source decoding (BOM, PEP 263 cookie) and running the parser. */
#include "build.h"
#include "parser.h"
#include "unicode.h"

typedef enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_CHARMAP } source_encoding;

static bool name_is(const char *s, size_t n, const char *want) {
    size_t w = mp_strlen(want);
    if (n < w)
        return false;
    for (size_t i = 0; i < w; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '_') c = '-';
        if (c != want[i])
            return false;
    }
    /* "utf-8-sig" style suffixes are accepted like CPython's get_normal_name */
    return n == w || s[w] == '-' || s[w] == '_';
}

static bool lookup_encoding(const char *s, size_t n, source_encoding *enc) {
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf"};
    static const char *const latin1[] = {"latin-1", "iso-8859-1", "iso-latin-1", "latin1", "iso8859-1",
                                         "8859", "cp819", "latin", "l1", "iso-ir-100", "csisolatin1"};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us"};
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
        if (name_is(s, n, utf8[i])) { *enc = ENC_UTF8; return true; }
    for (size_t i = 0; i < sizeof latin1 / sizeof latin1[0]; i++)
        if (name_is(s, n, latin1[i])) { *enc = ENC_LATIN1; return true; }
    for (size_t i = 0; i < sizeof ascii / sizeof ascii[0]; i++)
        if (name_is(s, n, ascii[i])) { *enc = ENC_ASCII; return true; }
    return false;
}

static bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

/* Looks for a coding declaration in the line [s, e): returns false with
 * *found=false when there is none. */
static bool find_cookie(const char *s, const char *e, const char **name, size_t *len) {
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f')) s++;
    if (s >= e || *s != '#')
        return false;
    for (const char *q = s; q + 7 <= e; q++) {
        if (!mp_memcmp(q, "coding", 6) && (q[6] == ':' || q[6] == '=')) {
            const char *v = q + 7;
            while (v < e && (*v == ' ' || *v == '\t')) v++;
            const char *ve = v;
            while (ve < e && is_name_char(*ve)) ve++;
            if (ve > v) {
                *name = v;
                *len = (size_t)(ve - v);
                return true;
            }
        }
    }
    return false;
}

static bool only_comment_or_blank(const char *s, const char *e) {
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f')) s++;
    return s >= e || *s == '#' || *s == '\r' || *s == '\n';
}

static const char *line_end(const char *s, const char *e) {
    while (s < e && *s != '\n' && *s != '\r') s++;
    return s;
}

static int line_at(const char *src, const char *pos) {
    int line = 1;
    for (const char *q = src; q < pos; q++)
        if (*q == '\n') line++;
    return line;
}

/* Produces NUL-terminated UTF-8 text with \r\n and \r turned into \n. */
static char *decode_source(mp_arena *arena, const char *bytes, size_t len, mp_diag *diag, size_t *out_len) {
    const char *s = bytes, *e = bytes + len;
    bool bom = len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF;
    if (bom) s += 3;
    source_encoding enc = ENC_UTF8;
    const char *l1e = line_end(s, e);
    const char *cname;
    size_t clen;
    int cookie_line = 0;
    if (find_cookie(s, l1e, &cname, &clen)) {
        cookie_line = 1;
    } else if (only_comment_or_blank(s, l1e)) {
        const char *l2 = l1e < e ? l1e + 1 : e;
        if (l1e < e && *l1e == '\r' && l2 < e && *l2 == '\n') l2++;
        if (find_cookie(l2, line_end(l2, e), &cname, &clen)) cookie_line = 2;
    }
    const uint16_t *charmap = NULL;
    if (cookie_line) {
        if (lookup_encoding(cname, clen, &enc)) {
            /* utf-8, latin-1 or ascii */
        } else if ((charmap = mp_unicode_charmap(cname, clen)) != NULL) {
            enc = ENC_CHARMAP;
        } else {
            char name[64];
            size_t n = clen < sizeof name - 1 ? clen : sizeof name - 1;
            mp_memcpy(name, cname, n);
            name[n] = 0;
            mp_diag_error(diag, cookie_line, -1, "unknown encoding: %s", name);
            return NULL;
        }
        /* with a BOM CPython accepts only a cookie that normalises to exactly "utf-8" */
        if (bom && (enc != ENC_UTF8 || !(name_is(cname, clen, "utf-8")))) {
            char name[64];
            size_t n = clen < sizeof name - 1 ? clen : sizeof name - 1;
            mp_memcpy(name, cname, n);
            name[n] = 0;
            mp_diag_error(diag, cookie_line, -1, "encoding problem: %s with BOM",
                          enc == ENC_LATIN1 ? "iso-8859-1" : enc == ENC_UTF8 && name_is(cname, clen, "utf-8") ? "utf-8" : name);
            return NULL;
        }
    }
    size_t cap = (size_t)(e - s) + 1;
    if (enc == ENC_LATIN1 || enc == ENC_CHARMAP) {
        if (cap > (SIZE_MAX - 1) / 3) return NULL;
        cap = 3 * (size_t)(e - s) + 1;   /* a code page byte becomes at most 3 UTF-8 bytes */
    }
    char *out = mp_arena_alloc(arena, cap);
    if (!out) {
        mp_diag_error(diag, 0, -1, "out of memory: source of %u bytes", (unsigned)len);
        return NULL;
    }
    char *o = out;
    const char *line_start = s;
    for (const char *p = s; p < e;) {
        unsigned char c = (unsigned char)*p;
        if (c == 0) {
            mp_diag_error(diag, 0, -1, "source code string cannot contain null bytes");
            return NULL;
        }
        if (c == '\r') {
            *o++ = '\n';
            p += (p + 1 < e && p[1] == '\n') ? 2 : 1;
            line_start = p;
            continue;
        }
        if (c < 0x80) {
            if (c == '\n') line_start = p + 1;
            *o++ = (char)c;
            p++;
            continue;
        }
        if (enc == ENC_LATIN1) {
            o += mp_utf8_encode(c, o);
            p++;
            continue;
        }
        if (enc == ENC_CHARMAP) {
            uint16_t cp = charmap[c - 0x80];
            if (cp == 0xFFFF) {
                mp_diag_error(diag, line_at(s, p), -1,
                              "(unicode error) 'charmap' codec can't decode byte 0x%c%c in position %d: character maps to <undefined>",
                              "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15], (int)(p - line_start));
                return NULL;
            }
            o += mp_utf8_encode(cp, o);
            p++;
            continue;
        }
        if (enc == ENC_ASCII) {
            mp_diag_error(diag, line_at(s, p), -1,
                          "(unicode error) 'ascii' codec can't decode byte 0x%c%c in position %d: ordinal not in range(128)",
                          "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15], (int)(p - line_start));
            return NULL;
        }
        /* UTF-8: copied as is; the lexer validates identifiers and string
         * literals, where CPython's decoder would complain (comments may hold anything) */
        *o++ = (char)c;
        p++;
    }
    *o = 0;
    *out_len = (size_t)(o - out);
    return out;
}

static void parser_init(mp_parser *p, mp_arena *arena, const char *src, size_t len,
                        const mp_parse_options *options, mp_diag *diag) {
    mp_memset(p, 0, sizeof *p);
    p->arena = arena;
    p->diag = diag;
    p->options = options;
    mp_lexer_init(&p->lex, src, len, diag);
}

mp_module *mp_parse_module(mp_arena *arena, const char *bytes, size_t len, const mp_parse_options *options,
                           mp_diag *diag, const char **decoded, size_t *decoded_len) {
    mp_diag_clear(diag);
    size_t slen = 0;
    char *src = decode_source(arena, bytes, len, diag, &slen);
    if (decoded) *decoded = src;
    if (decoded_len) *decoded_len = slen;
    if (!src) {
        if (!diag->has_error) mp_diag_error(diag, 0, -1, "out of memory");
        mp_diag_resolve(diag, bytes, len);   /* show the raw line */
        return NULL;
    }
    mp_parser *p = mp_arena_alloc(arena, sizeof *p);
    mp_module *m = mp_arena_zalloc(arena, sizeof *m);
    if (!p || !m) {
        mp_diag_error(diag, 0, -1, "out of memory");
        return NULL;
    }
    parser_init(p, arena, src, slen, options, diag);
    p->start_token = START_FILE;
    int rc = mp_run_parser(p);
    if (rc != 0 || diag->has_error) {
        mp_lexer_check_rest(p);
        if (!diag->has_error)
            mp_diag_error(diag, p->lex.line, mp_lexer_col(&p->lex, p->lex.cur),
                          rc == 2 ? "too complex: parser stack exhausted" : "invalid syntax");
        mp_diag_resolve(diag, src, slen);
        return NULL;
    }
    m->body = p->body;
    return m;
}

mp_expr *mp_parse_fstring_field(mp_parser *outer, const char *text, size_t len, int line, int col) {
    char *buf = mp_arena_alloc(outer->arena, len + 3);
    mp_parser sub;   /* on the C stack: f-string nesting is bounded (quotes, 2 spec levels) */
    mp_parser *p = &sub;
    if (!buf) {
        mp_diag_error(outer->diag, line, col, "out of memory");
        return NULL;
    }
    buf[0] = '(';
    mp_memcpy(buf + 1, text, len);
    buf[len + 1] = ')';
    buf[len + 2] = 0;
    parser_init(p, outer->arena, buf, len + 2, outer->options, outer->diag);
    p->lex.fstring_mode = true;
    p->lex.line = line;
    p->lex.first_line = line;
    p->lex.first_col_base = col - 1;
    p->is_fstring = true;
    p->fstring_nesting = outer->fstring_nesting + 1;
    p->start_token = START_FSTRING;
    int rc = mp_run_parser(p);
    mp_diag *d = outer->diag;
    if (rc != 0 || d->has_error) {
        if (!d->has_error)
            mp_diag_error(d, line, col, "f-string: invalid syntax");
        /* Columns stay on the source line (CPython 3.11 reports them inside its
         * private "(expr)" copy, which a user cannot find). */
        if (mp_memcmp(d->message, "f-string", 8) && !p->lexer_failed) {
            char msg[sizeof d->message];
            mp_format(msg, sizeof msg, "f-string: %s", d->message);
            mp_memcpy(d->message, msg, sizeof msg);
        }
        return NULL;
    }
    return p->fstring_expr;
}
