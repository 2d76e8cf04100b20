/* Text formatting: the format-spec mini-language (format(), f-strings,
 * __format__), str.format with field names, conversions and nested specs,
 * and printf-style `%` for str and bytes. */
#include "datatypes.h"
#include "optional.h"


static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool strchr_c(const char *s, char c) {
    for (; *s; s++)
        if (*s == c)
            return true;
    return false;
}

static int parse_spec(const char *s, size_t n, FormatSpec *f) {
    *f = (FormatSpec){ ' ', 0, 0, 0, 0, false, false, -1, -1 };
    size_t i = 0;
    bool explicit_fill = false;
    /* [[fill]align]: the fill may be any (UTF-8) character. */
    size_t clen = 1;
    if (n > 0 && ((unsigned char)s[0] >= 0x80))
        while (clen < n && ((unsigned char)s[clen] & 0xc0) == 0x80)
            clen++;
    if (n > clen && (s[clen] == '<' || s[clen] == '>' || s[clen] == '^' || s[clen] == '=')) {
        uint32_t c = 0;
        if (clen == 1) {
            c = (unsigned char)s[0];
        } else {
            c = (unsigned char)s[0] & (0x3fu >> (clen - 1));
            for (size_t k = 1; k < clen; k++)
                c = (c << 6) | ((unsigned char)s[k] & 0x3f);
        }
        f->fill = c;
        explicit_fill = true;
        f->align = s[clen];
        i = clen + 1;
    } else if (n > 0 && (s[0] == '<' || s[0] == '>' || s[0] == '^' || s[0] == '=')) {
        f->align = s[0];
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
        f->sign = s[i++];
    if (i < n && s[i] == '#') {
        f->alternate = true;
        i++;
    }
    if (i < n && s[i] == '0') {
        f->zero = true;
        i++;
    }
    if (i < n && is_digit(s[i])) {
        f->width = 0;
        while (i < n && is_digit(s[i]))
            f->width = f->width * 10 + (s[i++] - '0');
    }
    if (i < n && (s[i] == ',' || s[i] == '_'))
        f->grouping = s[i++];
    if (i < n && s[i] == '.') {
        i++;
        if (i >= n || !is_digit(s[i])) {
            rt_raise_msg(&type_ValueError, "format specifier missing precision");
            return -1;
        }
        f->precision = 0;
        while (i < n && is_digit(s[i]))
            f->precision = f->precision * 10 + (s[i++] - '0');
    }
    if (i < n)
        f->type = s[i++];
    if (i < n) {
        rt_raise_msg(&type_ValueError, "invalid format specifier");
        return -1;
    }
    if (f->zero) {
        /* '0' pads with zeros unless a fill was given; '=' unless aligned. */
        if (!f->align)
            f->align = '=';
        if (!explicit_fill)
            f->fill = '0';
    }
    /* MicroPython accepts ',' with any radix (groups of 4 for b/o/x/X),
     * unlike CPython. */
    if (f->grouping == ',' && f->type && strchr_c("cs", f->type)) {
        rt_raise_fmt(&type_ValueError, "Cannot specify ',' with '%c'.", f->type);
        return -1;
    }
    if (f->grouping == '_' && f->type && strchr_c("cs", f->type)) {
        rt_raise_fmt(&type_ValueError, "Cannot specify '_' with '%c'.", f->type);
        return -1;
    }
    return 0;
}

static int write_fill(Stream *out, uint32_t fill, size_t count) {
    char enc[4];
    size_t n = rt_utf8_encode(fill, enc);
    for (size_t i = 0; i < count; i++)
        if (rt_stream_write(out, enc, n) < 0)
            return -1;
    return 0;
}

/* Writes prefix + body padded to the width; `units` counts the code
 * points of prefix + body. '=' pads between prefix and body. */
static int emit_padded(Stream *out, const FormatSpec *f, char default_align, const char *prefix, size_t prefix_len,
                       const char *body, size_t body_len, size_t units) {
    size_t pad = f->width > 0 && (size_t)f->width > units ? (size_t)f->width - units : 0;
    char align = f->align ? f->align : default_align;
    size_t left = 0, right = 0, mid = 0;
    if (align == '<')
        right = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else if (align == '=')
        mid = pad;
    else
        left = pad;
    if (write_fill(out, f->fill, left) < 0 || rt_stream_write(out, prefix, prefix_len) < 0 ||
        write_fill(out, f->fill, mid) < 0 || rt_stream_write(out, body, body_len) < 0 ||
        write_fill(out, f->fill, right) < 0)
        return -1;
    return 0;
}

static int format_text(Stream *out, const FormatSpec *f, const char *d, size_t len) {
    if (f->sign) {
        rt_raise_msg(&type_ValueError, "sign not allowed in string format specifier");
        return -1;
    }
    if (f->align == '=') {
        rt_raise_msg(&type_ValueError, "'=' alignment not allowed in string format specifier");
        return -1;
    }
    size_t units = rt_utf8_count(d, len);
    if (f->precision >= 0 && (size_t)f->precision < units) {
        len = rt_utf8_offset(d, len, (size_t)f->precision);
        units = (size_t)f->precision;
    }
    return emit_padded(out, f, '<', "", 0, d, len, units);
}

/* Inserts the grouping character every `every` digits from the right. */
static size_t group_digits(const char *digits, size_t n, char sep, size_t every, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % every == 0)
            out[o++] = sep;
        out[o++] = digits[i];
    }
    return o;
}

/* digits: an int's digits (any base) or a float's text; only the part
 * before a '.' or exponent of a float is grouped. */
int rt_format_number(Stream *out, const FormatSpec *f, bool negative, const char *prefix_text,
                       const char *digits, size_t n, size_t group_every) {
    bool is_float = group_every == 0;
    if (is_float)
        group_every = 3;
    char prefix[8];
    size_t pl = 0;
    if (negative)
        prefix[pl++] = '-';
    else if (f->sign == '+' || f->sign == ' ')
        prefix[pl++] = f->sign;
    for (const char *p = prefix_text; *p; p++)
        prefix[pl++] = *p;
    char *body = rt_alloc(2 * n + 2 * (size_t)(f->width > 0 ? f->width : 0) + 8);
    if (!body)
        return -1;
    size_t bl;
    if (f->grouping) {
        /* Only the integer part of a float is grouped; zero padding is
         * grouped too (0,001,234). */
        size_t int_len = 0;
        while (int_len < n && (!is_float || is_digit(digits[int_len])))
            int_len++;
        size_t rest = n - int_len, need = int_len;
        if (f->fill == '0' && f->align == '=' && f->width > 0)
            while (pl + need + (need ? (need - 1) / group_every : 0) + rest < (size_t)f->width)
                need++;
        char *src = rt_alloc(need + rest + 1);
        if (!src)
            return -1;
        rt_memset(src, '0', need - int_len);
        rt_memcpy(src + need - int_len, digits, n);
        bl = group_digits(src, need, f->grouping, group_every, body);
        rt_memcpy(body + bl, src + need, rest);
        bl += rest;
        rt_free(src);
    } else {
        rt_memcpy(body, digits, n);
        bl = n;
    }
    int r = emit_padded(out, f, '>', prefix, pl, body, bl, pl + rt_utf8_count(body, bl));
    rt_free(body);
    return r;
}

/* Float presentation types go to float.c (linked only with float support). */
static int format_float(Stream *out, const FormatSpec *f, mp_float v) {
    if (!RT_HAVE_FLOAT) {
        rt_raise_float_not_linked();
        return -1;
    }
    return rt_float_format_spec(out, f, v);
}

static int format_int_value(Stream *out, const FormatSpec *f, Obj v) {
    char type = f->type ? f->type : 'd';
    if (type == 'c') {
        if (f->sign) {
            rt_raise_msg(&type_ValueError, "sign not allowed with integer format specifier 'c'");
            return -1;
        }
        intptr_t c;
        if (rt_small_arg(v, &c) < 0)
            return -1;
        if (c < 0 || c >= 0x110000) {
            rt_raise_msg(&type_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        char enc[4];
        size_t n = rt_utf8_encode((uint32_t)c, enc);
        return emit_padded(out, f, '<', "", 0, enc, n, 1);
    }
    int base = 10;
    const char *prefix = "";
    bool upper = false;
    switch (type) {
    case 'd': case 'n': break;
    case 'b': base = 2; prefix = f->alternate ? "0b" : ""; break;
    case 'o': base = 8; prefix = f->alternate ? "0o" : ""; break;
    case 'x': base = 16; prefix = f->alternate ? "0x" : ""; break;
    case 'X': base = 16; prefix = f->alternate ? "0X" : ""; upper = true; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        mp_float fv;
        if (rt_int_to_float(v, &fv) < 0)
            return -1;
        return format_float(out, f, fv);
    }
    default:
        rt_raise_fmt(&type_ValueError, "unknown format code '%c' for object of type '%s'", type, "int");
        return -1;
    }
    Obj neg = rt_binary_op(RT_BINOP_LESS, v, small_from(0));
    if (!neg)
        return -1;
    Obj mag = neg == RT_TRUE ? rt_unary_op(RT_UNARY_NEGATIVE, v) : v;
    Obj digits = mag ? rt_int_format(mag, base, "", upper) : 0;
    if (!digits)
        return -1;
    int r = rt_format_number(out, f, neg == RT_TRUE, prefix, rt_str_data(digits), rt_str_len(digits), base == 10 ? 3 : 4);
    rt_keep_alive(digits);
    return r;
}

/* format(value, spec) into a stream. */
static int format_into(Stream *out, Obj value, const char *spec, size_t spec_len) {
    const Type *t = type_of(value);
    if ((t->flags & RT_TYPE_HEAP)) {
        Obj hook = rt_lookup_special(value, NAME(__format__));
        if (hook) {
            Obj s = rt_str_new(spec, spec_len);
            Obj r = s ? rt_call2(hook, value, s) : 0;
            if (!r)
                return -1;
            if (!obj_is_str(r)) {
                rt_raise_msg(&type_TypeError, "__format__ must return a str");
                return -1;
            }
            int w = rt_stream_write(out, rt_str_data(r), rt_str_len(r));
            rt_keep_alive(r);
            return w;
        }
    }
    if (spec_len == 0)
        return rt_print(out, value, RT_PRINT_STR);
    FormatSpec f;
    if (parse_spec(spec, spec_len, &f) < 0)
        return -1;
    bool is_bool = t == &type_bool;
    value = rt_int_unbox(value);
    if ((obj_is_int(value) || is_bool) && !(is_bool && f.type == 0)) {
        if (is_bool)
            value = small_from(((const BoolObj *)value)->value);
        return format_int_value(out, &f, value);
    }
    if (obj_is_float(value)) {
        if (f.type && !strchr_c("eEfFgGn%", f.type)) {
            rt_raise_fmt(&type_ValueError, "unknown format code '%c' for object of type '%s'", f.type, "float");
            return -1;
        }
        return rt_float_format_spec(out, &f, rt_float_value(value));
    }
    if (f.type && f.type != 's') {
        rt_raise_fmt(&type_ValueError, "unknown format code '%c' for object of type '%s'", f.type, rt_type_name(t));
        return -1;
    }
    if (obj_is_str(value))
        return format_text(out, &f, rt_str_data(value), rt_str_len(value));
    Obj s = rt_str(value);
    if (!s)
        return -1;
    int r = format_text(out, &f, rt_str_data(s), rt_str_len(s));
    rt_keep_alive(s);
    return r;
}

Obj rt_format(Obj value, Obj spec) {
    if (!obj_is_str(spec))
        return rt_raise_msg(&type_TypeError, "format() argument 2 must be str");
    if (rt_str_len(spec) == 0 && obj_is_str(value))
        return value;
    StrBuf b;
    rt_strbuf_init(&b, 16);
    if (format_into(&b.stream, value, rt_str_data(spec), rt_str_len(spec)) < 0)
        return 0;
    rt_keep_alive(spec);
    return rt_strbuf_to_str(&b);
}

/* ---- str.format ------------------------------------------------------------ */

typedef struct FormatState {
    size_t n_args;              /* positional arguments after the format string */
    const Obj *args;
    size_t n_kw;
    const Obj *kw;              /* name / value pairs */
    intptr_t auto_index;        /* next automatic field; -1 after a manual one */
    bool manual;
} FormatState;

static int format_string(Stream *out, const char *d, size_t n, FormatState *st, int depth);

/* Resolves a field name (index or keyword, then .attr / [key] parts). */
static Obj resolve_field(const char *d, size_t n, FormatState *st) {
    size_t i = 0;
    while (i < n && d[i] != '.' && d[i] != '[')
        i++;
    Obj v;
    if (i == 0) {
        if (st->manual)
            return rt_raise_msg(&type_ValueError, "can't switch from manual field specification to automatic field numbering");
        intptr_t k = st->auto_index++;
        if ((size_t)k >= st->n_args)
            return rt_raise_msg(&type_IndexError, "tuple index out of range");
        v = st->args[k];
    } else if (is_digit(d[0])) {
        if (st->auto_index > 0)
            return rt_raise_msg(&type_ValueError, "can't switch from automatic field numbering to manual field specification");
        st->manual = true;
        size_t k = 0;
        for (size_t j = 0; j < i; j++) {
            if (!is_digit(d[j]))
                return rt_raise_msg(&type_ValueError, "bad format string");
            k = k * 10 + (size_t)(d[j] - '0');
        }
        if (k >= st->n_args)
            return rt_raise_msg(&type_IndexError, "tuple index out of range");
        v = st->args[k];
    } else {
        v = 0;
        for (size_t j = 0; j < st->n_kw; j++) {
            Obj name = st->kw[2 * j];
            if (rt_str_len(name) == i && rt_memcmp(rt_str_data(name), d, i) == 0) {
                v = st->kw[2 * j + 1];
                break;
            }
        }
        if (!v) {
            Obj key = rt_str_new(d, i);
            return key ? rt_raise(rt_exc_new(&type_KeyError, 1, &key)) : 0;
        }
    }
    while (i < n) {
        if (d[i] == '.') {
            size_t s = ++i;
            while (i < n && d[i] != '.' && d[i] != '[')
                i++;
            Obj name = rt_str_intern(d + s, i - s);
            if (!name || !(v = rt_load_attr(v, name)))
                return 0;
        } else {
            size_t s = ++i;
            while (i < n && d[i] != ']')
                i++;
            if (i >= n)
                return rt_raise_msg(&type_ValueError, "expected '}' before end of string");
            bool numeric = i > s;
            for (size_t j = s; j < i; j++)
                numeric &= is_digit(d[j]);
            Obj key = numeric ? rt_int_parse(d + s, i - s, 10) : rt_str_new(d + s, i - s);
            if (!key || !(v = rt_subscr_load(v, key)))
                return 0;
            i++;
        }
    }
    return v;
}

static int format_field(Stream *out, const char *d, size_t n, FormatState *st, int depth) {
    /* field_name [!conv] [:spec] */
    size_t name_end = 0;
    while (name_end < n && d[name_end] != '!' && d[name_end] != ':')
        name_end++;
    char conv = 0;
    size_t spec_start = name_end;
    if (name_end < n && d[name_end] == '!') {
        if (name_end + 1 >= n) {
            rt_raise_msg(&type_ValueError, "end of format while looking for conversion specifier");
            return -1;
        }
        conv = d[name_end + 1];
        spec_start = name_end + 2;
        if (spec_start < n && d[spec_start] != ':') {
            rt_raise_msg(&type_ValueError, "expected ':' after format specifier");
            return -1;
        }
    }
    Obj v = resolve_field(d, name_end, st);
    if (!v)
        return -1;
    if (conv == 'r' || conv == 'a')
        v = rt_repr(v);
    else if (conv == 's')
        v = rt_str(v);
    else if (conv) {
        rt_raise_fmt(&type_ValueError, "unknown conversion specifier %c", conv);
        return -1;
    }
    if (!v)
        return -1;
    const char *spec = "";
    size_t spec_len = 0;
    if (spec_start < n) {
        spec = d + spec_start + 1;
        spec_len = n - spec_start - 1;
    }
    /* Nested fields in the spec ({:{width}}) are expanded first. */
    bool nested = false;
    for (size_t i = 0; i < spec_len; i++)
        nested |= spec[i] == '{';
    if (nested) {
        StrBuf b;
        rt_strbuf_init(&b, spec_len + 8);
        if (format_string(&b.stream, spec, spec_len, st, depth + 1) < 0)
            return -1;
        Obj s = rt_strbuf_to_str(&b);
        if (!s)
            return -1;
        int r = format_into(out, v, rt_str_data(s), rt_str_len(s));
        rt_keep_alive(s);
        return r;
    }
    return format_into(out, v, spec, spec_len);
}

static int format_string(Stream *out, const char *d, size_t n, FormatState *st, int depth) {
    if (depth > 2) {
        rt_raise_msg(&type_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (c != '{' && c != '}') {
            run++;
            continue;
        }
        if (rt_stream_write(out, d + i - run, run) < 0)
            return -1;
        run = 0;
        if (c == '}') {
            if (i + 1 < n && d[i + 1] == '}') {
                if (rt_stream_write(out, "}", 1) < 0)
                    return -1;
                i++;
                continue;
            }
            rt_raise_msg(&type_ValueError, "single '}' encountered in format string");
            return -1;
        }
        if (i + 1 < n && d[i + 1] == '{') {
            if (rt_stream_write(out, "{", 1) < 0)
                return -1;
            i++;
            continue;
        }
        size_t start = i + 1, level = 1, j = start;
        for (; j < n; j++) {
            if (d[j] == '{')
                level++;
            else if (d[j] == '}' && --level == 0)
                break;
        }
        if (j >= n) {
            rt_raise_msg(&type_ValueError, "single '{' encountered in format string");
            return -1;
        }
        if (format_field(out, d + start, j - start, st, depth) < 0)
            return -1;
        i = j;
    }
    return rt_stream_write(out, d + n - run, run);
}

Obj rt_str_format_method(size_t n_args, size_t n_kw, const Obj *args) {
    Obj fmt = args[0];
    if (!obj_is_str(fmt))
        return rt_raise_msg(&type_TypeError, "descriptor 'format' requires a 'str' object");
    FormatState st = { n_args - 1, args + 1, n_kw, args + n_args, 0, false };
    StrBuf b;
    rt_strbuf_init(&b, rt_str_len(fmt) + 16);
    if (format_string(&b.stream, rt_str_data(fmt), rt_str_len(fmt), &st, 0) < 0)
        return 0;
    return rt_strbuf_to_str(&b);
}

/* ---- printf-style % ------------------------------------------------------- */

Obj rt_str_modulo(Obj fmt, Obj args) {
    bool is_bytes = !obj_is_str(fmt);
    const Obj *items = &args;
    size_t n_items = 1;
    Obj mapping = 0;
    if (obj_is_type(args, &type_tuple)) {
        items = rt_tuple_items(args);
        n_items = rt_tuple_len(args);
    } else if (rt_is_subclass(type_of(args), &type_dict)) {
        mapping = args;
    }
    const char *d = rt_str_data(fmt);
    size_t n = rt_str_len(fmt), next = 0, run = 0;
    StrBuf b;
    rt_strbuf_init(&b, n + 16);
    Stream *out = &b.stream;
    for (size_t i = 0; i < n; i++) {
        if (d[i] != '%') {
            run++;
            continue;
        }
        if (rt_stream_write(out, d + i - run, run) < 0)
            return 0;
        run = 0;
        size_t start = i++;
        if (i >= n)
            return rt_raise_msg(&type_ValueError, "incomplete format");
        Obj value = 0;
        if (d[i] == '(') {
            if (!mapping)
                return rt_raise_msg(&type_TypeError, "format requires a dict");
            size_t k = ++i;
            while (i < n && d[i] != ')')
                i++;
            if (i >= n)
                return rt_raise_msg(&type_ValueError, "incomplete format key");
            Obj key = rt_str_new(d + k, i - k);
            if (!key || !(value = rt_subscr_load(mapping, key)))
                return 0;
            i++;
        }
        FormatSpec f = { ' ', '>', 0, 0, 0, false, false, -1, -1 };
        for (; i < n; i++) {
            if (d[i] == '-')
                f.align = '<';
            else if (d[i] == '+')
                f.sign = '+';
            else if (d[i] == ' ')
                f.sign = f.sign == '+' ? '+' : ' ';
            else if (d[i] == '#')
                f.alternate = true;
            else if (d[i] == '0')
                f.zero = true;
            else
                break;
        }
        /* Width and precision, either may be '*' (taken from the args). */
        for (int part = 0; part < 2; part++) {
            intptr_t *dst = part ? &f.precision : &f.width;
            if (part) {
                if (i >= n || d[i] != '.')
                    break;
                i++;
                f.precision = 0;
            }
            if (i < n && d[i] == '*') {
                if (next >= n_items)
                    return rt_raise_msg(&type_TypeError, "not enough arguments for format string");
                if (rt_small_arg(items[next++], dst) < 0)
                    return 0;
                i++;
            } else {
                while (i < n && is_digit(d[i])) {
                    *dst = (*dst < 0 ? 0 : *dst * 10) + (d[i] - '0');
                    i++;
                }
            }
        }
        if (i >= n)
            return rt_raise_msg(&type_ValueError, "incomplete format");
        char conv = d[i];
        if (conv == '%') {
            if (rt_stream_write(out, "%", 1) < 0)
                return 0;
            continue;
        }
        if (!value) {
            if (mapping && n_items == 1 && items[0] == mapping)
                value = mapping;
            else if (next >= n_items)
                return rt_raise_msg(&type_TypeError, "not enough arguments for format string");
            else
                value = items[next++];
        }
        if (f.zero && f.align != '<') {
            f.fill = '0';
            f.align = '=';
        }
        int r;
        switch (conv) {
        case 's': case 'r': case 'a': {
            if (is_bytes && conv == 's' && !obj_is_small(value) && type_of(value)->buffer) {
                BufferInfo info;
                if (rt_get_buffer(value, &info, RT_BUFFER_READ) < 0)
                    return 0;
                Obj bs = rt_str_new(info.buf, info.len);
                f.fill = ' ';
                f.align = f.align == '<' ? '<' : '>';
                r = bs ? emit_padded(out, &f, '>', "", 0, rt_str_data(bs), rt_str_len(bs), info.len) : -1;
                rt_keep_alive(bs);
                break;
            }
            Obj s = conv == 's' ? rt_str(value) : rt_repr(value);
            if (!s)
                return 0;
            size_t len = rt_str_len(s), units = rt_utf8_count(rt_str_data(s), len);
            if (f.precision >= 0 && (size_t)f.precision < units) {
                len = rt_utf8_offset(rt_str_data(s), len, (size_t)f.precision);
                units = (size_t)f.precision;
            }
            f.fill = ' ';
            r = emit_padded(out, &f, '>', "", 0, rt_str_data(s), len, units);
            rt_keep_alive(s);
            break;
        }
        case 'c': {
            value = rt_int_unbox(value);
            if (obj_is_str(value) && rt_utf8_count(rt_str_data(value), rt_str_len(value)) == 1) {
                f.fill = ' ';
                r = emit_padded(out, &f, '>', "", 0, rt_str_data(value), rt_str_len(value), 1);
                break;
            }
            if (!obj_is_int(value))
                return rt_raise_msg(&type_TypeError, "%c requires int or char");
            f.type = 'c';
            f.fill = ' ';
            r = format_int_value(out, &f, value);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            value = rt_int_unbox(value);
            if (obj_is_type(value, &type_bool))
                value = small_from(((const BoolObj *)value)->value);
            if (obj_is_float(value)) {
                if (conv != 'd' && conv != 'i' && conv != 'u')
                    return rt_raise_fmt(&type_TypeError, "%%%c format: an integer is required, not float", conv);
                if (!(value = rt_int_from_float(rt_float_value(value))))
                    return 0;
            }
            if (!obj_is_int(value))
                return rt_raise_fmt(&type_TypeError, "%%%c format: a number is required, not %s", conv, rt_type_name(type_of(value)));
            f.type = conv == 'i' || conv == 'u' ? 'd' : conv;
            if (f.precision >= 0) {
                /* %.3d: at least that many digits. */
                f.zero = false;
            }
            r = format_int_value(out, &f, value);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            mp_float v;
            if (rt_get_float(value, &v) < 0)
                return 0;
            f.type = conv;
            if (f.precision < 0)
                f.precision = 6;
            r = format_float(out, &f, v);
            break;
        }
        default: {
            static const char hex[] = "0123456789abcdef";
            char code[3] = { hex[(unsigned char)conv >> 4], hex[conv & 15], 0 };
            return rt_raise_fmt(&type_ValueError, "unsupported format character '%c' (0x%s) at index %d",
                                conv, code, (int)i);
        }
        }
        (void)start;
        if (r < 0)
            return 0;
    }
    if (rt_stream_write(out, d + n - run, run) < 0)
        return 0;
    if (next < n_items && !mapping)
        return rt_raise_msg(&type_TypeError, "not all arguments converted during string formatting");
    Obj r = rt_strbuf_to_str(&b);
    if (r && is_bytes)
        ((Str *)r)->type = &type_bytes;
    rt_keep_alive(fmt);
    return r;
}
