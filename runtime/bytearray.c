/* bytearray: a mutable, growable byte buffer (data out of line so the
 * object never moves); item and slice assignment, append / extend, the
 * buffer protocol for memoryview. */
#include "datatypes.h"

static ByteArray *BA(Obj o) { return (ByteArray *)o; }

int rt_bytearray_resize(Obj ba, size_t len) {
    ByteArray *b = BA(ba);
    if (len > b->alloc) {
        size_t alloc = b->alloc + b->alloc / 2 + 8;
        if (alloc < len)
            alloc = len;
        uint8_t *data = rt_realloc(b->data, alloc);
        if (!data)
            return -1;
        b->data = data;
        b->alloc = alloc;
    }
    if (len > b->len)
        rt_memset(b->data + b->len, 0, len - b->len);
    b->len = len;
    return 0;
}

static Obj bytearray_alloc(const Type *type, const void *data, size_t len) {
    ByteArray *b = (ByteArray *)rt_alloc_instance(type);
    if (!b || rt_bytearray_resize(RT_OBJ(b), len) < 0)
        return 0;
    if (len && data)
        rt_memcpy(b->data, data, len);
    return RT_OBJ(b);
}

Obj rt_bytearray_new(const void *data, size_t len) {
    return bytearray_alloc(&type_bytearray, data, len);
}

static Obj bytearray_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_subclass_inits_itself(type, &type_bytearray))
        return bytearray_alloc(type, NULL, 0);
    if (rt_check_args(n_args, n_kw, 0, 3, false) < 0)
        return 0;
    Obj bytes = rt_bytes_from_args(type, n_args, args);
    Obj r = bytes ? bytearray_alloc(type, rt_str_data(bytes), rt_str_len(bytes)) : 0;
    rt_keep_alive(bytes);
    return r;
}

static int bytearray_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    if (rt_stream_write(s, "bytearray(", 10) < 0 || rt_bytes_print(s, BA(self)->data, BA(self)->len) < 0)
        return -1;
    return rt_stream_write(s, ")", 1);
}

static int bytearray_buffer(Obj self, BufferInfo *info, int flags) {
    (void)flags;
    info->buf = BA(self)->data;
    info->len = BA(self)->len;
    info->typecode = 'B';
    return 0;
}

static Obj bytearray_unary_op(UnaryOp op, Obj self) {
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(BA(self)->len != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)BA(self)->len);
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj as_bytes(Obj self) {
    return rt_bytes_new(BA(self)->data, BA(self)->len);
}

static Obj bytearray_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (op & RT_BINOP_REVERSE) {
        if ((op & ~RT_BINOP_REVERSE) != RT_BINOP_MULTIPLY)
            return RT_NOT_IMPLEMENTED;
        Obj t = lhs;
        lhs = rhs;
        rhs = t;
        op = RT_BINOP_MULTIPLY;
    }
    if (op == RT_BINOP_INPLACE_ADD) {
        BufferInfo info;
        if (rt_get_buffer(rhs, &info, RT_BUFFER_READ) < 0)
            return 0;
        size_t old = BA(lhs)->len;
        /* Copy first: rhs may be lhs itself. */
        Obj src = rt_bytes_new(info.buf, info.len);
        if (!src || rt_bytearray_resize(lhs, old + info.len) < 0)
            return 0;
        rt_memcpy(BA(lhs)->data + old, rt_str_data(src), info.len);
        return lhs;
    }
    if (op == RT_BINOP_CONTAINS && !obj_is_int(rhs)) {
        BufferInfo info;
        if (rt_get_buffer(rhs, &info, RT_BUFFER_READ) < 0)
            return 0;
        Obj needle = rt_bytes_new(info.buf, info.len);
        Obj hay = needle ? as_bytes(lhs) : 0;
        return hay ? rt_str_full_binary_op(op, hay, needle) : 0;
    }
    Obj a = as_bytes(lhs);
    if (!a)
        return 0;
    Obj b = rhs;
    if (!obj_is_small(rhs) && type_of(rhs)->buffer && !obj_is_bytes(rhs)) {
        BufferInfo info;
        if (rt_get_buffer(rhs, &info, RT_BUFFER_READ) < 0 || !(b = rt_bytes_new(info.buf, info.len)))
            return 0;
    } else if (obj_is_bytes(rhs) && op >= RT_BINOP_FIRST_ARITH && op != RT_BINOP_ADD) {
        return RT_NOT_IMPLEMENTED;
    }
    Obj r = rt_str_full_binary_op(op, a, b);
    if (r && obj_is_bytes(r) && (op == RT_BINOP_ADD || op == RT_BINOP_MULTIPLY || op == RT_BINOP_INPLACE_MULTIPLY)) {
        Obj ba = rt_bytearray_new(rt_str_data(r), rt_str_len(r));
        rt_keep_alive(r);
        return ba;
    }
    return r;
}

/* The bytes of a slice assignment's value (buffer or iterable of ints). */
static Obj value_bytes(Obj value) {
    BufferInfo info;
    if (!obj_is_small(value) && type_of(value)->buffer && type_of(value)->buffer(value, &info, RT_BUFFER_READ) == 0)
        return rt_bytes_new(info.buf, info.len);
    StrBuf b;
    rt_strbuf_init(&b, 16);
    if (rt_bytes_from_iterable(&b, value) < 0)
        return 0;
    return rt_strbuf_to_str(&b);
}

static Obj bytearray_subscr(Obj self, Obj index, Obj value) {
    ByteArray *ba = BA(self);
    if (obj_is_slice(index)) {
        SliceSpan sp;
        if (rt_slice_span(index, ba->len, &sp) < 0)
            return 0;
        if (!value) {
            Obj r = rt_bytearray_new(NULL, sp.count);
            if (!r)
                return 0;
            for (size_t i = 0; i < sp.count; i++)
                BA(r)->data[i] = ba->data[sp.start + (intptr_t)i * sp.step];
            return r;
        }
        Obj src = value == RT_DELETE ? rt_bytes_new("", 0) : value_bytes(value);
        if (!src)
            return 0;
        size_t n = rt_str_len(src);
        const uint8_t *d = (const uint8_t *)rt_str_data(src);
        if (sp.step != 1) {
            if (value == RT_DELETE) {
                size_t w = 0;
                for (size_t r = 0; r < ba->len; r++) {
                    intptr_t off = (intptr_t)r - sp.start;
                    bool hit = off % sp.step == 0 && off / sp.step >= 0 && (size_t)(off / sp.step) < sp.count;
                    if (!hit)
                        ba->data[w++] = ba->data[r];
                }
                ba->len = w;
                return RT_NONE;
            }
            if (n != sp.count)
                return rt_raise_fmt(&type_ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                                    (int)n, (int)sp.count);
            for (size_t i = 0; i < n; i++)
                ba->data[sp.start + (intptr_t)i * sp.step] = d[i];
            return RT_NONE;
        }
        size_t start = (size_t)sp.start, old = sp.count, len = ba->len;
        if (n > old && rt_bytearray_resize(self, len + n - old) < 0)
            return 0;
        rt_memmove(ba->data + start + n, ba->data + start + old, len - start - old);
        rt_memcpy(ba->data + start, d, n);
        ba->len = len + n - old;
        rt_keep_alive(src);
        return RT_NONE;
    }
    size_t i;
    if (rt_seq_index(index, ba->len, "bytearray", &i) < 0)
        return 0;
    if (!value)
        return small_from(ba->data[i]);
    if (value == RT_DELETE) {
        rt_memmove(ba->data + i, ba->data + i + 1, ba->len - i - 1);
        ba->len--;
        return RT_NONE;
    }
    intptr_t v;
    if (rt_small_arg(value, &v) < 0)
        return 0;
    if (v < 0 || v > 255)
        return rt_raise_msg(&type_ValueError, "bytes value out of range");
    ba->data[i] = (uint8_t)v;
    return RT_NONE;
}

static Obj bytearray_append(Obj self, Obj x) {
    intptr_t v;
    if (rt_small_arg(x, &v) < 0)
        return 0;
    if (v < 0 || v > 255)
        return rt_raise_msg(&type_ValueError, "bytes value out of range");
    size_t n = BA(self)->len;
    if (rt_bytearray_resize(self, n + 1) < 0)
        return 0;
    BA(self)->data[n] = (uint8_t)v;
    return RT_NONE;
}
static RT_METHOD2(bytearray_append_obj, bytearray_append);

static Obj bytearray_extend(Obj self, Obj x) {
    Obj src = value_bytes(x);
    if (!src)
        return 0;
    size_t n = BA(self)->len;
    if (rt_bytearray_resize(self, n + rt_str_len(src)) < 0)
        return 0;
    rt_memcpy(BA(self)->data + n, rt_str_data(src), rt_str_len(src));
    return RT_NONE;
}
static RT_METHOD2(bytearray_extend_obj, bytearray_extend);

static const AttrEntry bytearray_attrs[] = {
    { NAME(append), RT_OBJ(&bytearray_append_obj) },
    { NAME(decode), RT_OBJ(&rt_bytes_decode_obj) },
    { NAME(extend), RT_OBJ(&bytearray_extend_obj) },
    { NAME(hex), RT_OBJ(&rt_bytes_hex_obj) },
};

const Type type_bytearray = {
    .type = &type_type,
    .name = NAME(bytearray),
    .flags = RT_TYPE_BASE_OK,
    .instance_size = sizeof(ByteArray),
    .base = &type_object,
    .attrs = bytearray_attrs,
    .n_attrs = sizeof bytearray_attrs / sizeof bytearray_attrs[0],
    .make_new = bytearray_make_new,
    .print = bytearray_print,
    .unary_op = bytearray_unary_op,
    .binary_op = bytearray_binary_op,
    .subscr = bytearray_subscr,
    .getiter = rt_seq_iter_new,
    .buffer = bytearray_buffer,
};
