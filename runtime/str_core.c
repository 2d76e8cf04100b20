/* The str core: creation, interning, hashing, equality, repr/str printing,
 * concatenation and comparison. The data-types engineer adds the methods
 * (str.c) by filling type_str's attribute table. */
#include "datatypes.h"
#include "hooks.h"

static Str *str_alloc(const Type *type, size_t len) {
    Str *s = rt_alloc(sizeof(Str) + len + 1);
    if (!s)
        return NULL;
    s->type = type;
    s->len = (uint32_t)len;
    s->data = (const char *)(s + 1);
    return s;
}

static bool bytes_are_ascii(const char *data, size_t len) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)data[i] >= 0x80)
            return false;
    return true;
}

Obj rt_str_new(const char *data, size_t len) {
    if (len >= (1u << 28))
        return rt_raise_memory_error();
    Str *s = str_alloc(&type_str, len);
    if (!s)
        return 0;
    rt_memcpy((char *)s->data, data, len);
    s->hash = rt_str_hash(data, len);
    s->is_ascii = bytes_are_ascii(data, len);
    return RT_OBJ(s);
}

Obj rt_str_from_cstr(const char *cstr) {
    return rt_str_new(cstr, rt_strlen(cstr));
}

static bool text_equal(const Str *s, const char *data, size_t len, uint32_t hash) {
    return s->hash == hash && s->len == len && rt_memcmp(s->data, data, len) == 0;
}

bool rt_str_equal(Obj a, Obj b) {
    if (a == b)
        return true;
    const Str *x = (const Str *)a, *y = (const Str *)b;
    if ((x->is_interned && y->is_interned) || x->hash != y->hash || x->len != y->len)
        return false;
    return rt_memcmp(x->data, y->data, x->len) == 0;
}

Obj rt_str_find_interned(const char *data, size_t len) {
    uint32_t h = rt_str_hash(data, len);
#ifdef RT_NAMES_GATHERED_BY_LINKER
    extern const Str __rt_names_start[], __rt_names_end[];
    for (const Str *n = __rt_names_start; n < __rt_names_end; n++)
        if (text_equal(n, data, len, h))
            return RT_OBJ(n);
#else
    for (size_t i = 0; i < rt_names_all_count; i++)
        if (text_equal(rt_names_all[i], data, len, h))
            return RT_OBJ(rt_names_all[i]);
#endif
    for (size_t i = 0; i < rt_image_names_count; i++)
        if (text_equal((const Str *)rt_image_names[i], data, len, h))
            return rt_image_names[i];
    if (rt_state.intern_dict) {
        /* Look up via a temporary key on the C stack (never stored). */
        Str key = { &type_str, h, (uint32_t)len, 0, 0, 0, data };
        Obj found = rt_dict_get(rt_state.intern_dict, RT_OBJ(&key));
        if (found)
            return found;
    }
    return 0;
}

Obj rt_str_intern(const char *data, size_t len) {
    Obj found = rt_str_find_interned(data, len);
    if (found)
        return found;
    if (!rt_state.intern_dict && !(rt_state.intern_dict = rt_dict_new(16)))
        return 0;
    Obj s = rt_str_new(data, len);
    if (!s)
        return 0;
    ((Str *)s)->is_interned = 1;
    if (rt_dict_set(rt_state.intern_dict, s, s) < 0)
        return 0;
    return s;
}

Obj rt_str_intern_obj(Obj str) {
    if (((const Str *)str)->is_interned)
        return str;
    return rt_str_intern(rt_str_data(str), rt_str_len(str));
}

/* ---- printing ------------------------------------------------------------ */

static int print_quoted(Stream *s, const Str *str, bool is_bytes) {
    const char *d = str->data;
    size_t n = str->len;
    bool has_single = false, has_double = false;
    for (size_t i = 0; i < n; i++) {
        has_single |= d[i] == '\'';
        has_double |= d[i] == '"';
    }
    char quote = has_single && !has_double ? '"' : '\'';
    if (is_bytes && rt_stream_write(s, "b", 1) < 0)
        return -1;
    if (rt_stream_write(s, &quote, 1) < 0)
        return -1;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        char esc[4] = { '\\', 0, 0, 0 };
        size_t esc_len = 2;
        if (c == (unsigned char)quote || c == '\\')
            esc[1] = (char)c;
        else if (c == '\n')
            esc[1] = 'n';
        else if (c == '\r')
            esc[1] = 'r';
        else if (c == '\t')
            esc[1] = 't';
        else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
            static const char hex[] = "0123456789abcdef";
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            esc_len = 4;
        } else {
            run++;
            continue;
        }
        if (rt_stream_write(s, d + i - run, run) < 0 || rt_stream_write(s, esc, esc_len) < 0)
            return -1;
        run = 0;
    }
    if (rt_stream_write(s, d + n - run, run) < 0)
        return -1;
    return rt_stream_write(s, &quote, 1);
}

/* Shared with bytes.c: repr with quotes and escapes (b'' when is_bytes). */
int rt_str_print_quoted(Stream *s, Obj o, bool is_bytes) {
    return print_quoted(s, (const Str *)o, is_bytes);
}

static int str_print(Stream *s, Obj self, PrintKind kind) {
    const Str *str = (const Str *)self;
    if (kind == RT_PRINT_STR)
        return rt_stream_write(s, str->data, str->len);
    return print_quoted(s, str, false);
}

/* ---- operators ---------------------------------------------------------- */

static int compare_bytes(const Str *a, const Str *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    int c = rt_memcmp(a->data, b->data, n);
    if (c)
        return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

static Obj str_contains(const Str *hay, const Str *needle) {
    if (needle->len > hay->len)
        return RT_FALSE;
    for (size_t i = 0; i + needle->len <= hay->len; i++)
        if (rt_memcmp(hay->data + i, needle->data, needle->len) == 0)
            return RT_TRUE;
    return RT_FALSE;
}

Obj rt_str_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    const Type *t = rt_str_kind(lhs);
    if (rt_str_kind(rhs) != t) {
        if (op == RT_BINOP_EQUAL)
            return RT_FALSE;
        if (op == RT_BINOP_NOT_EQUAL)
            return RT_TRUE;
        if ((op == RT_BINOP_ADD || op == RT_BINOP_INPLACE_ADD || op == RT_BINOP_CONTAINS) && t == &type_str)
            return rt_raise_fmt(&type_TypeError, "can't convert '%s' object to str implicitly", rt_type_name(type_of(rhs)));
        return RT_NOT_IMPLEMENTED;
    }
    const Str *a = (const Str *)lhs, *b = (const Str *)rhs;
    switch (op) {
    case RT_BINOP_EQUAL: return rt_bool(rt_str_equal(lhs, rhs));
    case RT_BINOP_NOT_EQUAL: return rt_bool(!rt_str_equal(lhs, rhs));
    case RT_BINOP_LESS: return rt_bool(compare_bytes(a, b) < 0);
    case RT_BINOP_LESS_EQUAL: return rt_bool(compare_bytes(a, b) <= 0);
    case RT_BINOP_MORE: return rt_bool(compare_bytes(a, b) > 0);
    case RT_BINOP_MORE_EQUAL: return rt_bool(compare_bytes(a, b) >= 0);
    case RT_BINOP_CONTAINS: return str_contains(a, b);
    case RT_BINOP_ADD:
    case RT_BINOP_INPLACE_ADD: {
        if (a->len == 0)
            return rhs;
        if (b->len == 0)
            return lhs;
        size_t n = (size_t)a->len + b->len;
        if (n >= (1u << 28))
            return rt_raise_memory_error();
        Str *s = str_alloc(t, n);
        if (!s)
            return 0;
        rt_memcpy((char *)s->data, a->data, a->len);
        rt_memcpy((char *)s->data + a->len, b->data, b->len);
        s->hash = rt_str_hash(s->data, n);
        s->is_ascii = a->is_ascii && b->is_ascii;
        return RT_OBJ(s);
    }
    default:
        return RT_NOT_IMPLEMENTED;
    }
}

static size_t utf8_char_count(const Str *s) {
    if (s->is_ascii)
        return s->len;
    size_t n = 0;
    for (size_t i = 0; i < s->len; i++)
        n += ((unsigned char)s->data[i] & 0xc0) != 0x80;
    return n;
}

Obj rt_str_unary_op(UnaryOp op, Obj self) {
    const Str *s = (const Str *)self;
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(s->len != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)(obj_is_str(self) ? utf8_char_count(s) : s->len));
    case RT_UNARY_HASH: return small_from((intptr_t)(s->hash & (uint32_t)RT_SMALL_MAX));
    default: return RT_NOT_IMPLEMENTED;
    }
}

const Type type_str = {
    .type = &type_type,
    .name = NAME(str),
    .flags = RT_TYPE_BASE_OK | RT_TYPE_STR_LIKE,
    .instance_size = sizeof(Str),       /* subclasses add their dict after it */
    .base = &type_object,
    .print = str_print,
    .unary_op = rt_str_unary_op,
    /* str.c: methods, str(), indexing, iteration, repetition, % */
    .make_new = rt_new_str,  /* methods.h: RT_CONSTRUCTORS */
    .binary_op = rt_str_full_binary_op,
    .subscr = rt_hook_str_subscr,      /* hooks.def */
    .getiter = rt_str_getiter,
    .attrs = rt_str_attrs,
    .n_attrs = RT_STR_N_ATTRS,
};
