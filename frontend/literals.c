/* Number and string literal decoding, implicit concatenation and f-strings. */
#include <float.h>
#include <stdarg.h>
#include <limits.h>

#include "build.h"
#include "unicode.h"

/* ---- numbers ---- */

#define MAX_INT_DIGITS 4300    /* CPython's default int_max_str_digits */
#define MAX_POW2_DIGITS 100000

/* Portable fallback when the host gives no strtod: correct for typical literals. */
static double simple_parse_float(const char *s) {
    double mant = 0;
    int exp10 = 0, digits = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        if (digits < 19) {
            mant = mant * 10 + (*s - '0');
            if (mant != 0) digits++;
        } else {
            exp10++;
        }
    }
    if (*s == '.') {
        for (s++; *s >= '0' && *s <= '9'; s++) {
            if (digits < 19) {
                mant = mant * 10 + (*s - '0');
                exp10--;
                if (mant != 0) digits++;
            }
        }
    }
    if (*s == 'e' || *s == 'E') {
        s++;
        int sign = 1, e = 0;
        if (*s == '+' || *s == '-') sign = *s++ == '-' ? -1 : 1;
        for (; *s >= '0' && *s <= '9'; s++)
            if (e < 100000) e = e * 10 + (*s - '0');
        exp10 += sign * e;
    }
    double scale = 1, base = 10;
    int n = exp10 < 0 ? -exp10 : exp10;
    while (n) {
        if (n & 1) scale *= base;
        base *= base;
        n >>= 1;
    }
    return exp10 < 0 ? mant / scale : mant * scale;
}

/* Converts digits in `base` (already validated, no underscores) to decimal text. */
static const char *to_decimal(mp_parser *p, const char *digits, size_t n, unsigned base) {
    /* little-endian limbs of 10^9 */
    size_t cap = n / 2 + 2;
    uint32_t *limbs = mp_arena_alloc(p->arena, cap * sizeof *limbs);
    if (!limbs) return NULL;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        char c = digits[i];
        uint32_t d = c <= '9' ? (uint32_t)(c - '0') : (uint32_t)((c | 0x20) - 'a' + 10);
        uint64_t carry = d;
        for (size_t j = 0; j < used; j++) {
            uint64_t v = (uint64_t)limbs[j] * base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs[used++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *out = mp_arena_alloc(p->arena, used * 9 + 2);
    if (!out) return NULL;
    size_t len = 0;
    if (used == 0) {
        out[len++] = '0';
    } else {
        for (size_t j = used; j-- > 0;) {
            char tmp[9];
            uint32_t v = limbs[j];
            for (int k = 8; k >= 0; k--) {
                tmp[k] = (char)('0' + v % 10);
                v /= 10;
            }
            int start = 0;
            if (j == used - 1)
                while (start < 8 && tmp[start] == '0') start++;
            for (int k = start; k < 9; k++) out[len++] = tmp[k];
        }
    }
    out[len] = 0;
    return out;
}

bool mp_decode_number(mp_parser *p, const mp_token *tok, int line, int col, mp_constant *out) {
    char small[128];
    char *buf = small;
    if (tok->len + 1 > sizeof small) {
        buf = mp_arena_alloc(p->arena, tok->len + 1);
        if (!buf) {
            mp_diag_error(p->diag, line, col, "out of memory");
            return false;
        }
    }
    size_t n = 0;
    for (uint32_t i = 0; i < tok->len; i++)
        if (tok->s[i] != '_') buf[n++] = tok->s[i];
    buf[n] = 0;
    double (*parse_float)(const char *) =
        p->options && p->options->parse_float ? p->options->parse_float : simple_parse_float;
    char last = buf[n - 1];
    if (last == 'j' || last == 'J') {
        buf[n - 1] = 0;
        out->kind = MP_CONST_COMPLEX;
        out->u.f = parse_float(buf);
        return true;
    }
    unsigned base = 10;
    const char *digits = buf;
    if (n > 1 && buf[0] == '0' && (buf[1] | 0x20) != '.' && buf[1] > '9') {
        char b = (char)(buf[1] | 0x20);
        if (b == 'x') base = 16;
        else if (b == 'o') base = 8;
        else if (b == 'b') base = 2;
        digits = buf + 2;
    }
    if (base == 10) {
        for (size_t i = 0; i < n; i++) {
            if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') {
                out->kind = MP_CONST_FLOAT;
                out->u.f = parse_float(buf);
                return true;
            }
        }
    }
    while (*digits == '0' && digits[1]) digits++;
    size_t nd = mp_strlen(digits);
    uint64_t v = 0;
    bool overflow = false;
    for (size_t i = 0; i < nd; i++) {
        char c = digits[i];
        uint64_t d = c <= '9' ? (uint64_t)(c - '0') : (uint64_t)((c | 0x20) - 'a' + 10);
        if (v > (UINT64_MAX - d) / base) {
            overflow = true;
            break;
        }
        v = v * base + d;
    }
    if (!overflow && v <= (uint64_t)INT64_MAX) {
        out->kind = MP_CONST_INT;
        out->u.i = (int64_t)v;
        return true;
    }
    if (base == 10 && nd > MAX_INT_DIGITS) {
        mp_diag_error(p->diag, line, col,
                      "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                      "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                      "huge integer literals to avoid decimal conversion limits.",
                      MAX_INT_DIGITS, (int)nd);
        return false;
    }
    if (nd > MAX_POW2_DIGITS) {
        mp_diag_error(p->diag, line, col, "integer literal too large");
        return false;
    }
    out->kind = MP_CONST_BIGINT;
    const char *dec = base == 10 ? mp_arena_strndup(p->arena, digits, nd) : to_decimal(p, digits, nd, base);
    if (!dec) {
        mp_diag_error(p->diag, line, col, "out of memory");
        return false;
    }
    out->u.s.data = dec;
    out->u.s.len = mp_strlen(dec);
    return true;
}

/* ---- strings ---- */

typedef struct strbuf {
    char *data;
    size_t len, cap;
} strbuf;

static bool sb_reserve(mp_parser *p, strbuf *b, size_t more) {
    if (b->len + more <= b->cap) return true;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + more) cap *= 2;
    char *d = mp_arena_alloc(p->arena, cap);
    if (!d) {
        mp_diag_error(p->diag, 0, -1, "out of memory");
        return false;
    }
    if (b->len) mp_memcpy(d, b->data, b->len);
    b->data = d;
    b->cap = cap;
    return true;
}

static bool sb_add(mp_parser *p, strbuf *b, const char *s, size_t n) {
    if (!sb_reserve(p, b, n)) return false;
    mp_memcpy(b->data + b->len, s, n);
    b->len += n;
    return true;
}

static bool sb_cp(mp_parser *p, strbuf *b, uint32_t cp) {
    char tmp[4];
    return sb_add(p, b, tmp, (size_t)mp_utf8_encode(cp, tmp));
}

typedef struct str_info {
    bool bytes, raw, fmt, u;
    const char *body;   /* between the quotes */
    size_t len;
    int quote_len;
} str_info;

static str_info classify(const mp_token *t) {
    str_info si = {0};
    const char *s = t->s;
    size_t i = 0;
    for (; s[i] != '\'' && s[i] != '"'; i++) {
        char c = (char)(s[i] | 0x20);
        if (c == 'b') si.bytes = true;
        else if (c == 'r') si.raw = true;
        else if (c == 'f') si.fmt = true;
        else if (c == 'u') si.u = s[i] == 'u';
    }
    char q = s[i];
    si.quote_len = (t->len >= i + 6 && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
    si.body = s + i + si.quote_len;
    si.len = t->len - i - 2 * (size_t)si.quote_len;
    return si;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Line and column of position `at` inside string piece pc; resumes from the
 * previous answer so scanning a long f-string stays linear. */
static void piece_pos_p(mp_parser *p, const mp_str_piece *pc, const char *at, int *line, int *col) {
    const char *q = pc->tok.s, *ls = NULL;
    int l = pc->line;
    if (p->str_pos.piece == pc && p->str_pos.pos <= at) {
        q = p->str_pos.pos;
        ls = p->str_pos.line_start;
        l = p->str_pos.line;
    }
    for (; q < at; q++)
        if (*q == '\n') {
            l++;
            ls = q + 1;
        }
    p->str_pos.piece = pc;
    p->str_pos.pos = at;
    p->str_pos.line_start = ls;
    p->str_pos.line = l;
    *line = l;
    *col = ls ? (int)(at - ls) : pc->col + (int)(at - pc->tok.s);
}

#define piece_pos(pc, at, line, col) piece_pos_p(p, pc, at, line, col)

/* Escape decoding errors: CPython reports them at the token after the strings,
 * with a byte column. */
static bool escape_error(mp_parser *p, const mp_str_piece *pc, const char *fmt, ...) {
    int line = p->after_strings.line, col = p->after_strings.col;
    if (line <= 0)
        piece_pos(pc, pc->tok.s + pc->tok.len, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    bool first = !p->diag->has_error;
    mp_diag_verror(p->diag, line, col, fmt, ap);
    va_end(ap);
    if (first)
        p->diag->col_in_bytes = true;
    return false;
}

/* Decodes escapes of s[0..n) into b. Positions in errors refer to the piece. */
static bool decode_escapes(mp_parser *p, strbuf *b, const char *s, size_t n, bool bytes, bool raw,
                           const mp_str_piece *pc) {
    if (!sb_reserve(p, b, n)) return false;
    if (!bytes) {
        for (size_t k = 0; k < n;) {
            const char *why = "";
            int len = mp_utf8_check((const unsigned char *)s + k, (const unsigned char *)s + n, &why);
            if (!len) {
                unsigned char c = (unsigned char)s[k];
                return escape_error(p, pc, "(unicode error) 'utf-8' codec can't decode byte 0x%c%c in position %d: %s",
                                    "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15], (int)k, why);
            }
            k += (size_t)len;
        }
    }
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (bytes && c >= 0x80)
            return escape_error(p, pc, "bytes can only contain ASCII literal characters");
        if (c != '\\' || raw) {
            size_t j = i + 1;
            while (j < n && s[j] != '\\' && (!bytes || (unsigned char)s[j] < 0x80)) j++;
            if (raw) {
                while (j < n && (!bytes || (unsigned char)s[j] < 0x80)) j++;
            }
            if (!sb_add(p, b, s + i, j - i)) return false;
            i = j;
            continue;
        }
        i++;
        if (i >= n) {
            if (!sb_add(p, b, "\\", 1)) return false;
            break;
        }
        char e = s[i++];
        uint32_t cp;
        switch (e) {
        case '\n': continue;
        case '\\': cp = '\\'; break;
        case '\'': cp = '\''; break;
        case '"': cp = '"'; break;
        case 'a': cp = 7; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'v': cp = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            cp = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) cp = cp * 8 + (uint32_t)(s[i++] - '0');
            if (bytes) cp &= 0xFF;
            break;
        }
        case 'x': case 'u': case 'U': {
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                if (!sb_add(p, b, s + i - 2, 2)) return false;
                continue;
            }
            cp = 0;
            int k = 0;
            for (; k < want && i < n && hexval(s[i]) >= 0; k++) cp = cp * 16 + (uint32_t)hexval(s[i++]);
            int at = (int)(i - (size_t)k - 2);
            if (k < want) {
                if (bytes)
                    return escape_error(p, pc, "(value error) invalid \\x escape at position %d", at);
                return escape_error(p, pc, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape",
                                    at, (int)i - 1, e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
            }
            if (cp > 0x10FFFF)
                return escape_error(p, pc, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                                    at, (int)i - 1);
            break;
        }
        case 'N':
            if (!bytes) {
                int at = (int)(i - 2);
                size_t close = i;
                if (i < n && s[i] == '{') {
                    close = i + 1;
                    while (close < n && s[close] != '}')
                        close++;
                }
                if (i >= n || s[i] != '{' || close >= n || close == i + 1)
                    return escape_error(p, pc, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape",
                                        at, (int)(close < n ? close : n - 1));
                bool (*lookup)(const char *, size_t, uint32_t *) = p->options ? p->options->lookup_unicode_name : NULL;
                if (!lookup || !lookup(s + i + 1, close - i - 1, &cp))
                    return escape_error(p, pc, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name",
                                        at, (int)close);
                i = close + 1;
                break;
            }
            /* fall through */
        default:
            /* unknown escape: kept as written */
            if (!sb_add(p, b, s + i - 2, 1)) return false;
            i--;
            continue;
        }
        if (bytes) {
            char ch = (char)cp;
            if (!sb_add(p, b, &ch, 1)) return false;
        } else if (!sb_cp(p, b, cp)) {
            return false;
        }
    }
    return true;
}

typedef struct fparts {
    mp_vec *values;
    strbuf lit;
    const char *kind;
    mp_loc loc;
} fparts;

static bool flush_literal(mp_parser *p, fparts *f) {
    if (f->lit.len == 0) return true;
    mp_expr *c = mp_new_expr(p, MP_EXPR_CONSTANT, f->loc);
    if (!c) return false;
    c->v.Constant.value.kind = MP_CONST_STR;
    c->v.Constant.value.u.s.data = f->lit.data;
    c->v.Constant.value.u.s.len = f->lit.len;
    c->v.Constant.kind = f->kind;
    f->lit = (strbuf){0};
    return mp_push(p, f->values, c) != NULL;
}

/* CPython 3.11 reports f-string scanning errors just after the string token. */
static bool fstring_error(mp_parser *p, const mp_str_piece *pc, const char *at, const char *msg) {
    int line, col;
    (void)at;
    piece_pos(pc, pc->tok.s + pc->tok.len, &line, &col);
    mp_diag_error(p->diag, line, col, "%s", msg);
    return false;
}

static bool parse_fstring(mp_parser *p, fparts *f, const mp_str_piece *pc, const char **pos, const char *end,
                          bool raw, int nesting, bool in_spec);

/* Parses one replacement field starting after its '{'; *pos ends after the '}'. */
static bool parse_field(mp_parser *p, fparts *f, const mp_str_piece *pc, const char **pos, const char *end,
                        bool raw, int nesting) {
    const char *s = *pos, *start = s;
    if (nesting >= 2)
        return fstring_error(p, pc, s, "f-string: expressions nested too deeply");
    char stack[MP_MAX_PAREN];
    int depth = 0;
    char quote = 0;
    int quote_len = 0;
    const char *expr_end = NULL;
    for (; s < end; s++) {
        char c = *s;
        if (c == '\\')
            return fstring_error(p, pc, s, "f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote) {
                if (quote_len == 1) {
                    quote = 0;
                } else if (s + 2 < end && s[1] == quote && s[2] == quote) {
                    quote = 0;
                    s += 2;
                }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            quote_len = (s + 2 < end && s[1] == c && s[2] == c) ? 3 : 1;
            if (quote_len == 3) s += 2;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (depth >= MP_MAX_PAREN)
                return fstring_error(p, pc, s, "f-string: too many nested parenthesis");
            stack[depth++] = c;
            continue;
        }
        if (c == '#')
            return fstring_error(p, pc, s, "f-string expression part cannot include '#'");
        if (depth == 0 && (c == '}' || c == ':'))
            break;
        if (depth == 0 && c == '!' && !(s + 1 < end && s[1] == '='))
            break;
        if (depth == 0 && c == '=' && !(s + 1 < end && s[1] == '=') && s > start && s[-1] != '=' &&
            s[-1] != '!' && s[-1] != '<' && s[-1] != '>')
            break;
        if (c == ']' || c == ')' || c == '}') {
            if (depth == 0) {
                char msg[64];
                mp_format(msg, sizeof msg, "f-string: unmatched '%c'", c);
                return fstring_error(p, pc, s, msg);
            }
            char open = stack[--depth];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
                char msg[96];
                mp_format(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                          c, open);
                return fstring_error(p, pc, s, msg);
            }
        }
    }
    if (quote)
        return fstring_error(p, pc, s, "f-string: unterminated string");
    if (s >= end)
        return fstring_error(p, pc, s, depth ? "f-string: unmatched '('" : "f-string: expecting '}'");
    expr_end = s;
    bool blank = true;
    for (const char *q = start; q < expr_end; q++)
        if (*q != ' ' && *q != '\t' && *q != '\n' && *q != '\f' && *q != '\r') blank = false;
    if (blank)
        return fstring_error(p, pc, s, "f-string: empty expression not allowed");
    int line, col;
    piece_pos(pc, start, &line, &col);
    mp_expr *value = mp_parse_fstring_field(p, start, (size_t)(expr_end - start), line, col);
    if (!value) return false;
    bool debug = false;
    if (*s == '=') {
        debug = true;
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) s++;
        if (!sb_add(p, &f->lit, start, (size_t)(s - start))) return false;
    }
    int conversion = -1;
    if (s < end && *s == '!') {
        s++;
        if (s >= end || (*s != 's' && *s != 'r' && *s != 'a'))
            return fstring_error(p, pc, s, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = *s++;
        if (s >= end || (*s != ':' && *s != '}'))
            return fstring_error(p, pc, s, "f-string: expecting '}'");
    }
    mp_expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        fparts sf = {mp_vec_new(p->arena), {0}, NULL, f->loc};
        if (!sf.values) return false;
        if (!parse_fstring(p, &sf, pc, &s, end, raw, nesting + 1, true)) return false;
        if (!flush_literal(p, &sf)) return false;
        spec = mp_new_expr(p, MP_EXPR_JOINEDSTR, f->loc);
        if (!spec) return false;
        spec->v.JoinedStr.values = MP_SEQ_OF(mp_expr_seq, sf.values);
        if (!mp_done(p, spec)) return false;
    }
    if (s >= end || *s != '}')
        return fstring_error(p, pc, s, "f-string: expecting '}'");
    s++;
    if (debug && conversion == -1 && !spec) conversion = 'r';
    if (!flush_literal(p, f)) return false;
    mp_expr *fv = mp_new_expr(p, MP_EXPR_FORMATTEDVALUE, f->loc);
    if (!fv) return false;
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    if (!mp_push(p, f->values, mp_done(p, fv))) return false;
    *pos = s;
    return true;
}

/* Literal text and fields; in a format spec, stops before the closing '}'. */
static bool parse_fstring(mp_parser *p, fparts *f, const mp_str_piece *pc, const char **pos, const char *end,
                          bool raw, int nesting, bool in_spec) {
    const char *s = *pos;
    while (s < end) {
        const char *lit = s;
        while (s < end && *s != '{' && *s != '}') {
            if (!raw && *s == '\\' && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    while (s < end && *s != '}') s++;
                    if (s < end) s++;
                    continue;
                }
                s += 2;
                continue;
            }
            s++;
        }
        if (s > lit && !decode_escapes(p, &f->lit, lit, (size_t)(s - lit), false, raw, pc)) return false;
        if (s >= end) break;
        if (*s == '{') {
            if (!in_spec && s + 1 < end && s[1] == '{') {
                if (!sb_add(p, &f->lit, "{", 1)) return false;
                s += 2;
                continue;
            }
            s++;
            if (!parse_field(p, f, pc, &s, end, raw, nesting)) return false;
            continue;
        }
        /* '}' */
        if (in_spec) break;
        if (s + 1 < end && s[1] == '}') {
            if (!sb_add(p, &f->lit, "}", 1)) return false;
            s += 2;
            continue;
        }
        return fstring_error(p, pc, s, "f-string: single '}' is not allowed");
    }
    *pos = s;
    return true;
}

mp_expr *mp_decode_strings(mp_parser *p, mp_vec *pieces, mp_loc loc) {
    if (!pieces) return NULL;
    bool any_bytes = false, any_str = false, any_fmt = false;
    for (int i = 0; i < pieces->count; i++) {
        mp_str_piece *pc = pieces->items[i];
        str_info si = classify(&pc->tok);
        if (si.bytes) any_bytes = true;
        else any_str = true;
        if (si.fmt) any_fmt = true;
        if (any_bytes && any_str) {
            /* CPython points at the token after the strings */
            mp_loc at = p->after_strings.line > 0 ? p->after_strings : (mp_loc){loc.end_line, loc.end_col, 0, 0, NULL};
            mp_diag_error(p->diag, at.line, at.col, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
    }
    mp_str_piece *first = pieces->items[0];
    str_info first_si = classify(&first->tok);
    const char *kind = first_si.u ? "u" : NULL;
    if (!any_fmt) {
        strbuf b = {0};
        for (int i = 0; i < pieces->count; i++) {
            mp_str_piece *pc = pieces->items[i];
            str_info si = classify(&pc->tok);
            if (!decode_escapes(p, &b, si.body, si.len, si.bytes, si.raw, pc)) return NULL;
        }
        mp_expr *c = mp_new_expr(p, MP_EXPR_CONSTANT, loc);
        if (!c) return NULL;
        c->v.Constant.value.kind = any_bytes ? MP_CONST_BYTES : MP_CONST_STR;
        c->v.Constant.value.u.s.data = b.data ? b.data : "";
        c->v.Constant.value.u.s.len = b.len;
        c->v.Constant.kind = kind;
        return c;
    }
    fparts f = {mp_vec_new(p->arena), {0}, kind, loc};
    if (!f.values) return NULL;
    for (int i = 0; i < pieces->count; i++) {
        mp_str_piece *pc = pieces->items[i];
        str_info si = classify(&pc->tok);
        if (!si.fmt) {
            if (!decode_escapes(p, &f.lit, si.body, si.len, false, si.raw, pc)) return NULL;
            continue;
        }
        const char *s = si.body;
        if (!parse_fstring(p, &f, pc, &s, si.body + si.len, si.raw, 0, false)) return NULL;
    }
    if (!flush_literal(p, &f)) return NULL;
    mp_expr *j = mp_new_expr(p, MP_EXPR_JOINEDSTR, loc);
    if (!j) return NULL;
    j->v.JoinedStr.values = MP_SEQ_OF(mp_expr_seq, f.values);
    return j;
}
