/* bytes: construction (int count, iterable of ints, buffer, str with an
 * encoding), repr, the buffer protocol, decode / hex / fromhex. The other
 * methods are str's (str.c), working on bytes. */
#include "datatypes.h"
#include "hooks.h"

Obj rt_str_unary_op(UnaryOp op, Obj self);                 /* str_core.c */
Obj rt_str_full_binary_op(BinaryOp op, Obj lhs, Obj rhs);  /* str.c */

Obj rt_bytes_new(const void *data, size_t len) {
    Obj s = rt_str_new(data, len);
    if (s)
        ((Str *)s)->type = &type_bytes;
    return s;
}

int rt_get_buffer(Obj o, BufferInfo *info, int flags) {
    const Type *t = type_of(o);
    if (t->buffer && t->buffer(o, info, flags) == 0)
        return 0;
    rt_raise_msg(&type_TypeError, "object with buffer protocol required");
    return -1;
}

static int bytes_buffer(Obj self, BufferInfo *info, int flags) {
    if (flags & RT_BUFFER_WRITE)
        return -1;
    info->buf = (void *)rt_str_data(self);
    info->len = rt_str_len(self);
    info->typecode = 'B';
    return 0;
}

int rt_bytes_print(Stream *s, const uint8_t *data, size_t len) {
    Str tmp = { &type_bytes, 0, (uint32_t)len, 0, 0, 0, (const char *)data };
    return rt_str_print_quoted(s, RT_OBJ(&tmp), true);
}

static int bytes_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    return rt_str_print_quoted(s, self, true);
}

/* One byte value from an int (ValueError outside 0..255). */
static int byte_value(Obj o, uint8_t *out) {
    intptr_t v;
    if (!obj_is_int(o) && !obj_is_type(o, &type_bool)) {
        rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(o)));
        return -1;
    }
    if (rt_small_arg(o, &v) < 0)
        return -1;
    if (v < 0 || v > 255) {
        rt_raise_msg(&type_ValueError, "bytes value out of range");
        return -1;
    }
    *out = (uint8_t)v;
    return 0;
}

static int append_byte(void *buf, Obj item) {
    uint8_t v;
    if (byte_value(item, &v) < 0)
        return -1;
    return rt_stream_write(&((StrBuf *)buf)->stream, (const char *)&v, 1);
}

/* Appends the bytes of an iterable of ints. */
int rt_bytes_from_iterable(StrBuf *b, Obj iterable) {
    return rt_foreach(iterable, append_byte, b);
}

/* bytes(...) / bytearray(...) arguments -> a bytes object. */
Obj rt_bytes_from_args(const Type *type, size_t n_args, const Obj *args) {
    (void)type;
    if (n_args == 0)
        return rt_bytes_new("", 0);
    Obj src = args[0];
    if (obj_is_str(src)) {
        if (n_args < 2)
            return rt_raise_msg(&type_TypeError, "string argument without an encoding");
        return rt_bytes_new(rt_str_data(src), rt_str_len(src));
    }
    if (obj_is_int(src)) {
        intptr_t n;
        if (rt_small_arg(src, &n) < 0)
            return 0;
        if (n < 0)
            return rt_raise_msg(&type_ValueError, "negative count");
        if (n >= (1 << 28))
            return rt_raise_memory_error();
        char *zeros = rt_alloc((size_t)n + 1);
        if (!zeros)
            return 0;
        Obj r = rt_bytes_new(zeros, (size_t)n);
        rt_free(zeros);
        return r;
    }
    BufferInfo info;
    if (type_of(src)->buffer && type_of(src)->buffer(src, &info, RT_BUFFER_READ) == 0)
        return rt_bytes_new(info.buf, info.len);
    StrBuf b;
    rt_strbuf_init(&b, 16);
    if (rt_bytes_from_iterable(&b, src) < 0)
        return 0;
    Obj r = rt_strbuf_to_str(&b);
    if (r)
        ((Str *)r)->type = &type_bytes;
    return r;
}

Obj rt_bytes_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 0, 3, false) < 0)
        return 0;
    if (n_args == 1 && obj_is_bytes(args[0]))
        return args[0];
    return rt_bytes_from_args(type, n_args, args);
}

/* ---- methods -------------------------------------------------------------- */

static bool valid_utf8(const uint8_t *d, size_t n) {
    for (size_t i = 0; i < n;) {
        uint8_t c = d[i];
        size_t k = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : 9;
        if (k == 9 || (k == 1 && c < 0xc2) || i + k >= n + (k == 0))
            return false;
        for (size_t j = 1; j <= k; j++)
            if ((d[i + j] & 0xc0) != 0x80)
                return false;
        i += k + 1;
    }
    return true;
}

/* decode([encoding[, errors]]) on bytes, bytearray, memoryview. */
Obj rt_bytes_decode(size_t n, const Obj *args) {
    (void)n;
    BufferInfo info;
    if (rt_get_buffer(args[0], &info, RT_BUFFER_READ) < 0)
        return 0;
    if (!valid_utf8(info.buf, info.len))
        return rt_raise_msg(&type_UnicodeError, "invalid UTF-8");
    return rt_str_new(info.buf, info.len);
}
RT_METHOD_VAR(rt_bytes_decode_obj, 1, 3, rt_bytes_decode);

/* hex([sep]) */
Obj rt_bytes_hex(size_t n, const Obj *args) {
    BufferInfo info;
    if (rt_get_buffer(args[0], &info, RT_BUFFER_READ) < 0)
        return 0;
    const char *sep = NULL;
    size_t sep_len = 0;
    if (n > 1) {
        if (!obj_is_str(args[1]) && !obj_is_bytes(args[1]))
            return rt_raise_msg(&type_TypeError, "sep must be str or bytes");
        sep = rt_str_data(args[1]);
        sep_len = rt_str_len(args[1]);
    }
    static const char digits[] = "0123456789abcdef";
    StrBuf b;
    rt_strbuf_init(&b, info.len * (2 + sep_len) + 1);
    const uint8_t *d = info.buf;
    for (size_t i = 0; i < info.len; i++) {
        char two[2] = { digits[d[i] >> 4], digits[d[i] & 15] };
        if ((i && sep_len && rt_stream_write(&b.stream, sep, sep_len) < 0) || rt_stream_write(&b.stream, two, 2) < 0)
            return 0;
    }
    return rt_strbuf_to_str(&b);
}
RT_METHOD_VAR(rt_bytes_hex_obj, 1, 2, rt_bytes_hex);

static int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 32);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* bytes.fromhex(s): called on the class (1 argument) or an instance (2). */
static Obj bytes_fromhex(size_t n, const Obj *args) {
    Obj s = args[n - 1];
    if (!obj_is_str(s))
        return rt_raise_fmt(&type_TypeError, "can't convert '%s' object to str implicitly", rt_type_name(type_of(s)));
    const char *d = rt_str_data(s);
    size_t len = rt_str_len(s);
    StrBuf b;
    rt_strbuf_init(&b, len / 2 + 1);
    for (size_t i = 0; i < len;) {
        if (d[i] == ' ') {
            i++;
            continue;
        }
        int hi = hex_digit(d[i]), lo = i + 1 < len ? hex_digit(d[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return rt_raise_msg(&type_ValueError, "non-hex digit found");
        char v = (char)(hi * 16 + lo);
        if (rt_stream_write(&b.stream, &v, 1) < 0)
            return 0;
        i += 2;
    }
    Obj r = rt_strbuf_to_str(&b);
    if (r)
        ((Str *)r)->type = &type_bytes;
    return r;
}
RT_METHOD_VAR(rt_bytes_fromhex_obj, 1, 2, bytes_fromhex);

const Type type_bytes = {
    .type = &type_type,
    .name = NAME(bytes),
    .base = &type_object,
    .attrs = rt_bytes_attrs,
    .n_attrs = RT_BYTES_N_ATTRS,
    .make_new = rt_new_bytes,  /* methods.h: RT_CONSTRUCTORS */
    .print = bytes_print,
    .unary_op = rt_str_unary_op,
    .binary_op = rt_str_full_binary_op,
    .subscr = rt_hook_bytes_subscr,    /* hooks.def */
    .getiter = rt_str_getiter,
    .buffer = bytes_buffer,
};
