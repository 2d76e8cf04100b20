/* str methods, indexing by code point (ASCII fast path), slicing,
 * iteration, repetition and str(); the same methods serve bytes (bytes.c
 * adds decode / hex / fromhex). The core (creation, hashing, printing,
 * comparison, concatenation) is str_core.c. */
#include "datatypes.h"

Obj rt_str_binary_op(BinaryOp op, Obj lhs, Obj rhs);   /* str_core.c */

/* ---- UTF-8 ----------------------------------------------------------------- */

size_t rt_utf8_count(const char *data, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)data[i] & 0xc0) != 0x80;
    return n;
}

size_t rt_utf8_offset(const char *data, size_t len, size_t i) {
    size_t off = 0;
    while (i && off < len) {
        off++;
        while (off < len && ((unsigned char)data[off] & 0xc0) == 0x80)
            off++;
        i--;
    }
    return off;
}

size_t rt_utf8_encode(uint32_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

/* ---- one-character strs for ASCII: ROM, no allocation --------------------- */

/* str_ascii.c: a firmware links the table only when the program can take
 * strings apart (backend-c/reach.c); without it a one-character str is
 * allocated like any other. */
extern const Str rt_ascii_chars[128];
#pragma weak rt_ascii_chars

Obj rt_str_like_new(Obj like, const char *data, size_t len) {
    Obj r;
    if (obj_is_str(like)) {
        if (len == 1 && (unsigned char)data[0] < 0x80 && rt_ascii_chars)
            return RT_OBJ(&rt_ascii_chars[(unsigned char)data[0]]);
        if (len == 0)
            return NAME(empty);
        r = rt_str_new(data, len);
    } else {
        r = rt_bytes_new(data, len);
    }
    rt_keep_alive(like); /* data usually points into it */
    return r;
}

/* ---- argument helpers ---------------------------------------------------- */

static bool is_str(Obj o) { return obj_is_str(o); }
static const Str *S(Obj o) { return (const Str *)o; }
/* Code points are indexed separately from bytes only in non-ASCII strs. */
static bool by_code_point(Obj s) { return is_str(s) && !S(s)->is_ascii; }

static size_t unit_count(Obj s) {
    return by_code_point(s) ? rt_utf8_count(S(s)->data, S(s)->len) : S(s)->len;
}
static size_t unit_to_byte(Obj s, size_t i) {
    return by_code_point(s) ? rt_utf8_offset(S(s)->data, S(s)->len, i) : i;
}
static size_t byte_to_unit(Obj s, size_t off) {
    return by_code_point(s) ? rt_utf8_count(S(s)->data, off) : off;
}

/* The argument must have self's type (str with str, bytes with bytes). */
static int check_same(Obj self, Obj arg) {
    if (rt_str_kind(arg) == rt_str_kind(self))
        return 0;
    rt_raise_fmt(&type_TypeError, "can't convert '%s' object to %s implicitly",
                 rt_type_name(type_of(arg)), rt_type_name(type_of(self)));
    return -1;
}

/* start/end code-point arguments -> byte offsets [lo, hi). Returns 1
 * when the range cannot hold even an empty match (start past the end or
 * past len), as CPython and MicroPython treat it. */
static int byte_range(Obj self, size_t n, const Obj *args, size_t *lo, size_t *hi) {
    size_t units = unit_count(self);
    intptr_t start = 0, end = (intptr_t)units;
    if (n > 0 && args[0] != RT_NONE && rt_small_arg(args[0], &start) < 0)
        return -1;
    if (n > 1 && args[1] != RT_NONE && rt_small_arg(args[1], &end) < 0)
        return -1;
    if (start < 0 && (start += (intptr_t)units) < 0)
        start = 0;
    if (end < 0 && (end += (intptr_t)units) < 0)
        end = 0;
    if (end > (intptr_t)units)
        end = (intptr_t)units;
    if (start > (intptr_t)units || start > end)
        return 1;
    *lo = unit_to_byte(self, (size_t)start);
    *hi = unit_to_byte(self, (size_t)end);
    return 0;
}

static const char *search(const char *hay, size_t n, const char *needle, size_t m, bool reverse) {
    if (m > n)
        return NULL;
    if (reverse) {
        for (size_t i = n - m + 1; i-- > 0;)
            if (rt_memcmp(hay + i, needle, m) == 0)
                return hay + i;
        return NULL;
    }
    for (size_t i = 0; i + m <= n; i++)
        if (rt_memcmp(hay + i, needle, m) == 0)
            return hay + i;
    return NULL;
}

/* ---- find / index / count / startswith / endswith --------------------------- */

static Obj find_common(size_t n, const Obj *args, bool reverse, bool raise) {
    Obj self = args[0];
    if (check_same(self, args[1]) < 0)
        return 0;
    size_t lo = 0, hi = 0;
    int range = byte_range(self, n - 2, args + 2, &lo, &hi);
    if (range < 0)
        return 0;
    const char *p = range == 0 ? search(S(self)->data + lo, hi - lo, S(args[1])->data, S(args[1])->len, reverse) : NULL;
    if (!p) {
        if (raise)
            return rt_raise_msg(&type_ValueError, "substring not found");
        return small_from(-1);
    }
    return small_from((intptr_t)byte_to_unit(self, (size_t)(p - S(self)->data)));
}

static Obj str_find(size_t n, const Obj *a) { return find_common(n, a, false, false); }
static Obj str_rfind(size_t n, const Obj *a) { return find_common(n, a, true, false); }
static Obj str_index(size_t n, const Obj *a) { return find_common(n, a, false, true); }
static Obj str_rindex(size_t n, const Obj *a) { return find_common(n, a, true, true); }
RT_METHOD_VAR(str_find_obj, 2, 4, str_find);
RT_METHOD_VAR(str_rfind_obj, 2, 4, str_rfind);
RT_METHOD_VAR(str_index_obj, 2, 4, str_index);
RT_METHOD_VAR(str_rindex_obj, 2, 4, str_rindex);

static Obj str_count(size_t n, const Obj *args) {
    Obj self = args[0];
    if (check_same(self, args[1]) < 0)
        return 0;
    size_t lo = 0, hi = 0;
    int range = byte_range(self, n - 2, args + 2, &lo, &hi);
    if (range < 0)
        return 0;
    size_t m = S(args[1])->len;
    if (range > 0)
        return small_from(0);
    if (m == 0)
        return small_from((intptr_t)(byte_to_unit(self, hi) - byte_to_unit(self, lo) + 1));
    intptr_t c = 0;
    for (size_t i = lo; i + m <= hi;) {
        if (rt_memcmp(S(self)->data + i, S(args[1])->data, m) == 0) {
            c++;
            i += m;
        } else {
            i++;
        }
    }
    return small_from(c);
}
RT_METHOD_VAR(str_count_obj, 2, 4, str_count);

static Obj affix_common(size_t n, const Obj *args, bool at_end) {
    Obj self = args[0];
    size_t lo = 0, hi = 0;
    int range = byte_range(self, n - 2, args + 2, &lo, &hi);
    if (range < 0)
        return 0;
    Obj one = args[1];
    size_t k = 1;
    const Obj *cands = &one;
    if (obj_is_type(one, &type_tuple)) {
        cands = rt_tuple_items(one);
        k = rt_tuple_len(one);
    }
    for (size_t i = 0; i < k; i++) {
        if (check_same(self, cands[i]) < 0)
            return 0;
        size_t m = S(cands[i])->len;
        if (range > 0 || m > hi - lo)
            continue;
        const char *at = S(self)->data + (at_end ? hi - m : lo);
        if (rt_memcmp(at, S(cands[i])->data, m) == 0)
            return RT_TRUE;
    }
    return RT_FALSE;
}
static Obj str_startswith(size_t n, const Obj *a) { return affix_common(n, a, false); }
static Obj str_endswith(size_t n, const Obj *a) { return affix_common(n, a, true); }
RT_METHOD_VAR(str_startswith_obj, 2, 4, str_startswith);
RT_METHOD_VAR(str_endswith_obj, 2, 4, str_endswith);

/* ---- split family ---------------------------------------------------------- */

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* sep= and maxsplit= keywords after n_args positionals. */
static int split_args(size_t n_args, size_t n_kw, const Obj *args, Obj *sep, intptr_t *maxsplit) {
    *sep = n_args > 1 ? args[1] : RT_NONE;
    *maxsplit = -1;
    if (n_args > 2 && rt_small_arg(args[2], maxsplit) < 0)
        return -1;
    for (size_t i = 0; i < n_kw; i++) {
        Obj name = args[n_args + 2 * i], v = args[n_args + 2 * i + 1];
        if (name == NAME(sep))
            *sep = v;
        else if (name == NAME(maxsplit)) {
            if (rt_small_arg(v, maxsplit) < 0)
                return -1;
        } else {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", name);
            return -1;
        }
    }
    if (*sep != RT_NONE) {
        if (check_same(args[0], *sep) < 0)
            return -1;
        if (S(*sep)->len == 0) {
            rt_raise_msg(&type_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static int push_part(Obj list, Obj like, const char *d, size_t n) {
    Obj part = rt_str_like_new(like, d, n);
    return part ? rt_list_append(list, part) : -1;
}

static Obj split_common(size_t n_args, size_t n_kw, const Obj *args, bool reverse) {
    Obj sep;
    intptr_t maxsplit;
    if (rt_check_args(n_args, n_kw, 1, 3, true) < 0 || split_args(n_args, n_kw, args, &sep, &maxsplit) < 0)
        return 0;
    Obj self = args[0];
    const char *d = S(self)->data;
    size_t len = S(self)->len;
    Obj list = rt_list_new(0, NULL);
    if (!list)
        return 0;
    if (sep == RT_NONE) {
        /* Runs of whitespace separate; leading / trailing ones vanish. */
        size_t lo = 0, hi = len;
        for (;;) {
            if (!reverse) {
                while (lo < hi && is_space((unsigned char)d[lo]))
                    lo++;
            } else {
                while (hi > lo && is_space((unsigned char)d[hi - 1]))
                    hi--;
            }
            if (lo >= hi)
                break;
            if (maxsplit == 0) {
                if (push_part(list, self, d + lo, hi - lo) < 0)
                    return 0;
                break;
            }
            if (!reverse) {
                size_t e = lo;
                while (e < hi && !is_space((unsigned char)d[e]))
                    e++;
                if (push_part(list, self, d + lo, e - lo) < 0)
                    return 0;
                lo = e;
            } else {
                size_t b = hi;
                while (b > lo && !is_space((unsigned char)d[b - 1]))
                    b--;
                if (push_part(list, self, d + b, hi - b) < 0)
                    return 0;
                hi = b;
            }
            if (maxsplit > 0)
                maxsplit--;
        }
    } else {
        const char *sd = S(sep)->data;
        size_t m = S(sep)->len, lo = 0, hi = len;
        for (;;) {
            const char *p = maxsplit == 0 ? NULL : search(d + lo, hi - lo, sd, m, reverse);
            if (!p) {
                if (push_part(list, self, d + lo, hi - lo) < 0)
                    return 0;
                break;
            }
            size_t at = (size_t)(p - d);
            if (!reverse) {
                if (push_part(list, self, d + lo, at - lo) < 0)
                    return 0;
                lo = at + m;
            } else {
                if (push_part(list, self, d + at + m, hi - at - m) < 0)
                    return 0;
                hi = at;
            }
            if (maxsplit > 0)
                maxsplit--;
        }
    }
    if (reverse) {
        List *l = (List *)list;
        for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
            Obj t = l->items[i];
            l->items[i] = l->items[j - 1];
            l->items[j - 1] = t;
        }
    }
    return list;
}
static Obj str_split(size_t n, size_t k, const Obj *a) { return split_common(n, k, a, false); }
static Obj str_rsplit(size_t n, size_t k, const Obj *a) { return split_common(n, k, a, true); }
RT_METHOD_KW(str_split_obj, 1, 3, str_split);
RT_METHOD_KW(str_rsplit_obj, 1, 3, str_rsplit);

static Obj str_splitlines(size_t n_args, size_t n_kw, const Obj *args) {
    Obj keep_obj = n_args > 1 ? args[1] : RT_FALSE;
    for (size_t i = 0; i < n_kw; i++) {
        if (args[n_args + 2 * i] != NAME(keepends))
            return rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", args[n_args + 2 * i]);
        keep_obj = args[n_args + 2 * i + 1];
    }
    int keep = rt_truthy(keep_obj);
    if (keep < 0)
        return 0;
    Obj self = args[0];
    const char *d = S(self)->data;
    size_t len = S(self)->len, lo = 0;
    Obj list = rt_list_new(0, NULL);
    if (!list)
        return 0;
    while (lo < len) {
        size_t e = lo;
        while (e < len && d[e] != '\n' && d[e] != '\r')
            e++;
        size_t next = e;
        if (e < len)
            next += (d[e] == '\r' && e + 1 < len && d[e + 1] == '\n') ? 2 : 1;
        if (push_part(list, self, d + lo, (keep ? next : e) - lo) < 0)
            return 0;
        lo = next;
    }
    return list;
}
RT_METHOD_KW(str_splitlines_obj, 1, 2, str_splitlines);

static Obj partition_common(Obj self, Obj sep, bool reverse) {
    if (check_same(self, sep) < 0)
        return 0;
    if (S(sep)->len == 0)
        return rt_raise_msg(&type_ValueError, "empty separator");
    const char *d = S(self)->data;
    size_t len = S(self)->len, m = S(sep)->len;
    const char *p = search(d, len, S(sep)->data, m, reverse);
    Obj empty = rt_str_like_new(self, "", 0);
    if (!empty)
        return 0;
    Obj parts[3];
    if (!p) {
        parts[0] = reverse ? empty : self;
        parts[1] = empty;
        parts[2] = reverse ? self : empty;
    } else {
        size_t at = (size_t)(p - d);
        parts[0] = rt_str_like_new(self, d, at);
        parts[1] = sep;
        parts[2] = rt_str_like_new(self, d + at + m, len - at - m);
        if (!parts[0] || !parts[2])
            return 0;
    }
    return rt_tuple_new(3, parts);
}
static Obj str_partition(Obj s, Obj sep) { return partition_common(s, sep, false); }
static Obj str_rpartition(Obj s, Obj sep) { return partition_common(s, sep, true); }
RT_METHOD2(str_partition_obj, str_partition);
RT_METHOD2(str_rpartition_obj, str_rpartition);

/* ---- join, strip, replace, case, center --------------------------------- */

static Obj str_join(Obj self, Obj iterable) {
    Obj *items;
    size_t n;
    if (rt_seq_items(iterable, &items, &n) < 0)
        return 0;
    size_t sep_len = S(self)->len, total = 0;
    bool all_same = true;
    for (size_t i = 0; i < n; i++) {
        if (rt_str_kind(items[i]) == rt_str_kind(self)) {
            total += S(items[i])->len + (i ? sep_len : 0);
            continue;
        }
        /* bytes.join takes any buffer (bytearray, memoryview) too. */
        BufferInfo info;
        if (is_str(self) || obj_is_small(items[i]) || !type_of(items[i])->buffer ||
            type_of(items[i])->buffer(items[i], &info, RT_BUFFER_READ) != 0)
            return rt_raise_msg(&type_TypeError, "join expects a list of str/bytes objects consistent with self object");
        total += info.len + (i ? sep_len : 0);
        all_same = false;
    }
    if (n == 1 && all_same)
        return items[0];
    StrBuf b;
    rt_strbuf_init(&b, total + 1);
    for (size_t i = 0; i < n; i++) {
        const char *d;
        size_t len;
        if (rt_str_kind(items[i]) == rt_str_kind(self)) {
            d = S(items[i])->data;
            len = S(items[i])->len;
        } else {
            BufferInfo info;
            type_of(items[i])->buffer(items[i], &info, RT_BUFFER_READ);
            d = info.buf;
            len = info.len;
        }
        if ((i && rt_stream_write(&b.stream, S(self)->data, sep_len) < 0) || rt_stream_write(&b.stream, d, len) < 0)
            return 0;
    }
    Obj r = rt_strbuf_to_str(&b);
    if (r && !is_str(self))
        ((Str *)r)->type = &type_bytes;
    rt_keep_alive(self);
    return r;
}
RT_METHOD2(str_join_obj, str_join);

static bool in_chars(const Str *chars, const char *d, size_t at, size_t *clen) {
    /* Match one (possibly multi-byte) character of chars at d[at]. */
    size_t n = 1;
    if (obj_is_str(RT_OBJ(chars)))
        while (((unsigned char)d[at + n] & 0xc0) == 0x80)
            n++;
    *clen = n;
    if (!chars->data)
        return is_space((unsigned char)d[at]);
    for (size_t i = 0; i + n <= chars->len; i++)
        if (rt_memcmp(chars->data + i, d + at, n) == 0)
            return true;
    return false;
}

static Obj strip_common(size_t n, const Obj *args, int sides) {
    Obj self = args[0];
    Str none = { &type_str, 0, 0, 1, 0, 0, NULL };
    const Str *chars = &none;
    if (n > 1 && args[1] != RT_NONE) {
        if (check_same(self, args[1]) < 0)
            return 0;
        chars = S(args[1]);
    }
    const char *d = S(self)->data;
    size_t lo = 0, hi = S(self)->len, cl;
    if (sides & 1)
        while (lo < hi && in_chars(chars, d, lo, &cl))
            lo += cl;
    if (sides & 2) {
        while (hi > lo) {
            size_t b = hi - 1;
            if (is_str(self))
                while (b > lo && ((unsigned char)d[b] & 0xc0) == 0x80)
                    b--;
            if (!in_chars(chars, d, b, &cl))
                break;
            hi = b;
        }
    }
    if (lo == 0 && hi == S(self)->len)
        return self;
    return rt_str_like_new(self, d + lo, hi - lo);
}
static Obj str_strip(size_t n, const Obj *a) { return strip_common(n, a, 3); }
static Obj str_lstrip(size_t n, const Obj *a) { return strip_common(n, a, 1); }
static Obj str_rstrip(size_t n, const Obj *a) { return strip_common(n, a, 2); }
RT_METHOD_VAR(str_strip_obj, 1, 2, str_strip);
RT_METHOD_VAR(str_lstrip_obj, 1, 2, str_lstrip);
RT_METHOD_VAR(str_rstrip_obj, 1, 2, str_rstrip);

static Obj str_replace(size_t n, const Obj *args) {
    Obj self = args[0], old = args[1], new_ = args[2];
    if (check_same(self, old) < 0 || check_same(self, new_) < 0)
        return 0;
    intptr_t max = -1;
    if (n > 3 && rt_small_arg(args[3], &max) < 0)
        return 0;
    const char *d = S(self)->data;
    size_t len = S(self)->len, m = S(old)->len;
    StrBuf b;
    rt_strbuf_init(&b, len + 1);
    size_t i = 0, done = 0;
    while (i <= len && (max < 0 || done < (size_t)max)) {
        const char *p;
        if (m == 0) {
            p = d + i;
        } else {
            p = search(d + i, len - i, S(old)->data, m, false);
            if (!p)
                break;
        }
        size_t at = (size_t)(p - d);
        if (rt_stream_write(&b.stream, d + i, at - i) < 0 ||
            rt_stream_write(&b.stream, S(new_)->data, S(new_)->len) < 0)
            return 0;
        done++;
        if (m == 0) {
            /* An empty pattern matches before every character. */
            if (at >= len) {
                i = len + 1;
                break;
            }
            size_t cl = 1;
            if (is_str(self))
                while (at + cl < len && ((unsigned char)d[at + cl] & 0xc0) == 0x80)
                    cl++;
            if (rt_stream_write(&b.stream, d + at, cl) < 0)
                return 0;
            i = at + cl;
        } else {
            i = at + m;
        }
    }
    if (done == 0)
        return self;
    if (i < len && rt_stream_write(&b.stream, d + i, len - i) < 0)
        return 0;
    Obj r = rt_strbuf_to_str(&b);
    if (r && !is_str(self))
        ((Str *)r)->type = &type_bytes;
    rt_keep_alive(self);
    rt_keep_alive(old);
    rt_keep_alive(new_);
    return r;
}
RT_METHOD_VAR(str_replace_obj, 3, 4, str_replace);

static Obj case_common(Obj self, bool upper) {
    size_t len = S(self)->len;
    char *tmp = rt_alloc(len + 1);
    if (!tmp)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = S(self)->data[i];
        if (upper && c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        tmp[i] = c;
    }
    Obj r = rt_str_like_new(self, tmp, len);
    rt_free(tmp);
    return r;
}
static Obj str_upper(Obj s) { return case_common(s, true); }
static Obj str_lower(Obj s) { return case_common(s, false); }
RT_METHOD1(str_upper_obj, str_upper);
RT_METHOD1(str_lower_obj, str_lower);

enum { CLASS_DIGIT, CLASS_ALPHA, CLASS_SPACE, CLASS_UPPER, CLASS_LOWER };

static bool char_is(unsigned char c, int cls) {
    switch (cls) {
    case CLASS_DIGIT: return c >= '0' && c <= '9';
    case CLASS_ALPHA: return (c | 32) >= 'a' && (c | 32) <= 'z';
    case CLASS_SPACE: return is_space(c);
    case CLASS_UPPER: return c >= 'A' && c <= 'Z';
    default: return c >= 'a' && c <= 'z';
    }
}

/* isupper / islower: every cased character matches and there is one. */
static Obj class_common(Obj self, int cls) {
    size_t len = S(self)->len;
    if (len == 0)
        return RT_FALSE;
    bool cased = cls == CLASS_UPPER || cls == CLASS_LOWER, seen = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)S(self)->data[i];
        if (cased) {
            if (char_is(c, CLASS_ALPHA)) {
                if (!char_is(c, cls))
                    return RT_FALSE;
                seen = true;
            }
        } else if (!char_is(c, cls)) {
            return RT_FALSE;
        }
    }
    return rt_bool(!cased || seen);
}
static Obj str_isdigit(Obj s) { return class_common(s, CLASS_DIGIT); }
static Obj str_isalpha(Obj s) { return class_common(s, CLASS_ALPHA); }
static Obj str_isspace(Obj s) { return class_common(s, CLASS_SPACE); }
static Obj str_isupper(Obj s) { return class_common(s, CLASS_UPPER); }
static Obj str_islower(Obj s) { return class_common(s, CLASS_LOWER); }
RT_METHOD1(str_isdigit_obj, str_isdigit);
RT_METHOD1(str_isalpha_obj, str_isalpha);
RT_METHOD1(str_isspace_obj, str_isspace);
RT_METHOD1(str_isupper_obj, str_isupper);
RT_METHOD1(str_islower_obj, str_islower);

static Obj str_center(size_t n, const Obj *args) {
    Obj self = args[0];
    intptr_t width;
    if (rt_small_arg(args[1], &width) < 0)
        return 0;
    const char *fill = " ";
    size_t fill_len = 1;
    if (n > 2) {
        if (check_same(self, args[2]) < 0)
            return 0;
        if (unit_count(args[2]) != 1)
            return rt_raise_msg(&type_TypeError, "The fill character must be exactly one character long");
        fill = S(args[2])->data;
        fill_len = S(args[2])->len;
    }
    size_t have = unit_count(self);
    if (width <= 0 || (size_t)width <= have)
        return self;
    size_t pad = (size_t)width - have, left = pad / 2 + (pad & (size_t)width & 1);
    StrBuf b;
    rt_strbuf_init(&b, S(self)->len + pad * fill_len + 1);
    for (size_t i = 0; i < pad; i++) {
        if (i == left && rt_stream_write(&b.stream, S(self)->data, S(self)->len) < 0)
            return 0;
        if (rt_stream_write(&b.stream, fill, fill_len) < 0)
            return 0;
    }
    if (left == pad && rt_stream_write(&b.stream, S(self)->data, S(self)->len) < 0)
        return 0;
    Obj r = rt_strbuf_to_str(&b);
    if (r && !is_str(self))
        ((Str *)r)->type = &type_bytes;
    rt_keep_alive(self);
    return r;
}
RT_METHOD_VAR(str_center_obj, 2, 3, str_center);

static Obj str_encode(size_t n, const Obj *args) {
    (void)n;
    return rt_bytes_new(S(args[0])->data, S(args[0])->len);
}
RT_METHOD_VAR(str_encode_obj, 1, 3, str_encode);

/* str_format.c: the image anchors it when the program names format */
#pragma weak rt_str_format_method
RT_METHOD_KW(str_format_obj, 1, RT_MAX_ARGS, rt_str_format_method);

/* ---- subscripts and iteration ------------------------------------------- */

/* The code point at byte offset off, with its byte length. */
static uint32_t decode_at(const char *d, size_t len, size_t off, size_t *clen) {
    unsigned char c = (unsigned char)d[off];
    size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (off + n > len)
        n = len - off;
    uint32_t v = n == 1 ? c : c & (0x3fu >> (n - 1));
    for (size_t i = 1; i < n; i++)
        v = (v << 6) | ((unsigned char)d[off + i] & 0x3f);
    *clen = n;
    return v;
}

Obj rt_str_subscr(Obj self, Obj index, Obj value) {
    const char *what = is_str(self) ? "str" : "bytes";
    if (value)
        return rt_raise_fmt(&type_TypeError, "'%s' object doesn't support item %s", what, value == RT_DELETE ? "deletion" : "assignment");
    size_t units = unit_count(self);
    if (obj_is_slice(index)) {
        SliceSpan sp;
        if (rt_slice_span(index, units, &sp) < 0)
            return 0;
        if (sp.step != 1)
            return rt_raise_msg(&type_NotImplementedError, "only slices with step=1 (aka None) are supported");
        size_t lo = unit_to_byte(self, (size_t)sp.start);
        size_t hi = by_code_point(self) ? lo + rt_utf8_offset(S(self)->data + lo, S(self)->len - lo, sp.count) : lo + sp.count;
        if (lo == 0 && hi == S(self)->len)
            return self;
        return rt_str_like_new(self, S(self)->data + lo, hi - lo);
    }
    size_t i;
    index = rt_int_unbox(index);
    if (is_str(self) && !obj_is_int(index) && !obj_is_type(index, &type_bool))
        return rt_raise_fmt(&type_TypeError, "str indices must be integers, not %s", rt_type_name(type_of(index)));
    if (rt_seq_index(index, units, is_str(self) ? "string" : "bytes", &i) < 0)
        return 0;
    if (!is_str(self))
        return small_from((unsigned char)S(self)->data[i]);
    size_t off = unit_to_byte(self, i), clen;
    decode_at(S(self)->data, S(self)->len, off, &clen);
    return rt_str_like_new(self, S(self)->data + off, clen);
}

typedef struct StrIter {
    const Type *type;
    Obj str;
    size_t offset;              /* bytes */
} StrIter;

static Obj str_iter_self(Obj self) { return self; }

static Obj str_iter_next(Obj self) {
    StrIter *it = (StrIter *)self;
    const Str *s = S(it->str);
    if (it->offset >= s->len)
        return RT_STOP;
    if (!obj_is_str(it->str))
        return small_from((unsigned char)s->data[it->offset++]);
    size_t clen;
    decode_at(s->data, s->len, it->offset, &clen);
    Obj r = rt_str_like_new(it->str, s->data + it->offset, clen);
    it->offset += clen;
    return r;
}

static const Type type_str_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = str_iter_self, .iternext = str_iter_next,
};

Obj rt_str_getiter(Obj self) {
    StrIter *it = rt_alloc_obj(&type_str_iter, sizeof(StrIter));
    if (!it)
        return 0;
    it->str = self;
    return RT_OBJ(it);
}

/* ---- operators beyond the core: repetition and % ------------------------- */

static Obj repeat(Obj s, Obj count) {
    if (!obj_is_int(count) && !obj_is_type(count, &type_bool))
        return RT_NOT_IMPLEMENTED;
    intptr_t n;
    if (rt_small_arg(count, &n) < 0)
        return 0;
    size_t len = S(s)->len;
    if (n <= 0 || len == 0)
        return rt_str_like_new(s, "", 0);
    if (n == 1)
        return s;
    if ((size_t)n >= ((size_t)1 << 28) / len)
        return rt_raise_memory_error();
    StrBuf b;
    rt_strbuf_init(&b, len * (size_t)n + 1);
    for (intptr_t i = 0; i < n; i++)
        if (rt_stream_write(&b.stream, S(s)->data, len) < 0)
            return 0;
    Obj r = rt_strbuf_to_str(&b);
    if (r && !is_str(s))
        ((Str *)r)->type = &type_bytes;
    rt_keep_alive(s);
    return r;
}

/* printf-style formatting (str_format.c) is linked only when the program
 * can apply % (backend-c/reach.c); without it % is unsupported. */
#pragma weak rt_str_modulo

Obj rt_str_full_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    switch ((int)op) {
    case RT_BINOP_MULTIPLY:
    case RT_BINOP_INPLACE_MULTIPLY:
        return repeat(lhs, rhs);
    case RT_BINOP_MULTIPLY | RT_BINOP_REVERSE:
        return repeat(rhs, lhs);
    case RT_BINOP_MODULO:
    case RT_BINOP_INPLACE_MODULO:
        if (!rt_str_modulo)
            return RT_NOT_IMPLEMENTED;
        return rt_str_modulo(lhs, rhs);
    default:
        if (op & RT_BINOP_REVERSE)
            return RT_NOT_IMPLEMENTED;
        if (op == RT_BINOP_CONTAINS && !is_str(lhs) && obj_is_int(rhs)) {
            intptr_t v;
            if (rt_small_arg(rhs, &v) < 0)
                return 0;
            if (v < 0 || v > 255)
                return rt_raise_msg(&type_ValueError, "byte must be in range(0, 256)");
            for (size_t i = 0; i < S(lhs)->len; i++)
                if ((unsigned char)S(lhs)->data[i] == v)
                    return RT_TRUE;
            return RT_FALSE;
        }
        if (!is_str(lhs) && type_of(rhs) != type_of(lhs) && !obj_is_small(rhs) && type_of(rhs)->buffer &&
            (op < RT_BINOP_FIRST_ARITH || op == RT_BINOP_ADD)) {
            /* bytes against bytearray / memoryview: compare or join the bytes. */
            BufferInfo info;
            if (rt_get_buffer(rhs, &info, RT_BUFFER_READ) < 0)
                return 0;
            Str tmp = { &type_bytes, rt_str_hash(info.buf, info.len), (uint32_t)info.len, 0, 0, 0, info.buf };
            return rt_str_binary_op(op, lhs, RT_OBJ(&tmp));
        }
        return rt_str_binary_op(op, lhs, rhs);
    }
}

/* ---- str(...) ----------------------------------------------------------------- */

static Obj str_value(size_t n_args, const Obj *args) {
    if (n_args == 0)
        return NAME(empty);
    if (n_args == 1)
        return obj_is_type(args[0], &type_str) ? args[0] : rt_str(args[0]);
    /* str(buffer, encoding[, errors]): decode. */
    Obj dargs[3] = { args[0], args[1], n_args > 2 ? args[2] : RT_NONE };
    return rt_bytes_decode(n_args, dargs);
}

Obj rt_str_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 0, 3, false) < 0)
        return 0;
    Obj value = str_value(n_args, args);
    if (!value || type == &type_str)
        return value;
    /* A subclass instance: the same header, sharing the value's text (an
     * interior pointer keeps a heap text alive). */
    const Str *v = (const Str *)value;
    Str *s = (Str *)rt_alloc_instance(type);
    if (!s)
        return 0;
    s->hash = v->hash;
    s->len = v->len;
    s->is_ascii = v->is_ascii;
    s->data = v->data;
    return RT_OBJ(s);
}


/* bytes shares the byte-level methods (bytes.c adds decode, hex, fromhex). */
