/* memoryview: a window on another object's buffer, re-read at every access
 * so it follows a bytearray that moved its data. Slicing makes a new view
 * without copying; item and slice assignment write through. */
#include "datatypes.h"

static MemoryView *MV(Obj o) { return (MemoryView *)o; }

static size_t item_size(char typecode) {
    switch (typecode) {
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 1;
    }
}

/* The viewed bytes now; the view is clipped if the owner shrank. */
static int view_bytes(Obj self, uint8_t **data, size_t *len, int flags) {
    MemoryView *mv = MV(self);
    BufferInfo info;
    if (rt_get_buffer(mv->owner, &info, flags) < 0)
        return -1;
    size_t isz = item_size(mv->typecode), total = info.len / isz;
    size_t start = mv->start < total ? mv->start : total;
    size_t n = mv->len < total - start ? mv->len : total - start;
    *data = (uint8_t *)info.buf + start * isz;
    *len = n;
    return 0;
}

static Obj memoryview_new(Obj owner, size_t start, size_t len, char typecode, bool readonly) {
    MemoryView *mv = rt_alloc_obj(&type_memoryview, sizeof(MemoryView));
    if (!mv)
        return 0;
    mv->owner = owner;
    mv->start = start;
    mv->len = len;
    mv->typecode = typecode;
    mv->readonly = readonly;
    return RT_OBJ(mv);
}

static Obj memoryview_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 1, 1, false) < 0)
        return 0;
    Obj owner = args[0];
    BufferInfo info;
    if (rt_get_buffer(owner, &info, RT_BUFFER_READ) < 0)
        return 0;
    if (obj_is_type(owner, &type_memoryview)) {
        MemoryView *m = MV(owner);
        return memoryview_new(m->owner, m->start, m->len, m->typecode, m->readonly);
    }
    BufferInfo w;
    bool readonly = !type_of(owner)->buffer || type_of(owner)->buffer(owner, &w, RT_BUFFER_WRITE) != 0;
    return memoryview_new(owner, 0, info.len / item_size(info.typecode), info.typecode, readonly);
}

static int memoryview_buffer(Obj self, BufferInfo *info, int flags) {
    if ((flags & RT_BUFFER_WRITE) && MV(self)->readonly)
        return -1;
    uint8_t *data;
    size_t n;
    if (view_bytes(self, &data, &n, RT_BUFFER_READ) < 0) {
        rt_exc_clear();
        return -1;
    }
    info->buf = data;
    info->len = n * item_size(MV(self)->typecode);
    info->typecode = MV(self)->typecode;
    return 0;
}

static int memoryview_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    (void)self;
    return rt_stream_puts(s, "<memoryview>");
}

static Obj memoryview_unary_op(UnaryOp op, Obj self) {
    uint8_t *data;
    size_t n;
    if (op != RT_UNARY_LEN && op != RT_UNARY_BOOL)
        return RT_NOT_IMPLEMENTED;
    if (view_bytes(self, &data, &n, RT_BUFFER_READ) < 0)
        return 0;
    return op == RT_UNARY_LEN ? small_from((intptr_t)n) : rt_bool(n != 0);
}

static Obj load_item(const uint8_t *p, char typecode) {
    switch (typecode) {
    case 'b': return small_from((int8_t)p[0]);
    case 'h': { int16_t v; rt_memcpy(&v, p, 2); return small_from(v); }
    case 'H': { uint16_t v; rt_memcpy(&v, p, 2); return small_from(v); }
    case 'i': case 'l': { int32_t v; rt_memcpy(&v, p, 4); return rt_int_from_ll(v); }
    case 'I': case 'L': { uint32_t v; rt_memcpy(&v, p, 4); return rt_int_from_ull(v); }
    case 'q': { int64_t v; rt_memcpy(&v, p, 8); return rt_int_from_ll(v); }
    case 'Q': { uint64_t v; rt_memcpy(&v, p, 8); return rt_int_from_ull(v); }
    case 'f': { float v; rt_memcpy(&v, p, 4); return rt_float_new((mp_float)v); }
    case 'd': { double v; rt_memcpy(&v, p, 8); return rt_float_new((mp_float)v); }
    default: return small_from(p[0]);
    }
}

static int store_item(uint8_t *p, char typecode, Obj value) {
    if (typecode == 'f' || typecode == 'd') {
        mp_float f;
        if (rt_get_float(value, &f) < 0)
            return -1;
        if (typecode == 'f') {
            float v = (float)f;
            rt_memcpy(p, &v, 4);
        } else {
            double v = (double)f;
            rt_memcpy(p, &v, 8);
        }
        return 0;
    }
    long long v;
    if (rt_int_to_ll(value, &v) < 0)
        return -1;
    size_t n = item_size(typecode);
    for (size_t i = 0; i < n; i++)
        p[i] = (uint8_t)((unsigned long long)v >> (8 * i)); /* little-endian targets */
    return 0;
}

static Obj memoryview_subscr(Obj self, Obj index, Obj value) {
    MemoryView *mv = MV(self);
    if (value == RT_DELETE)
        return rt_raise_msg(&type_TypeError, "'memoryview' object doesn't support item deletion");
    if (value && mv->readonly)
        return rt_raise_msg(&type_TypeError, "'memoryview' object doesn't support item assignment");
    uint8_t *data;
    size_t n, isz = item_size(mv->typecode);
    if (view_bytes(self, &data, &n, RT_BUFFER_READ) < 0)
        return 0;
    if (obj_is_slice(index)) {
        SliceSpan sp;
        if (rt_slice_span(index, n, &sp) < 0)
            return 0;
        if (sp.step != 1)
            return rt_raise_msg(&type_NotImplementedError, "only slices with step=1 (aka None) are supported");
        if (!value)
            return memoryview_new(mv->owner, mv->start + (size_t)sp.start, sp.count, mv->typecode, mv->readonly);
        BufferInfo src;
        if (rt_get_buffer(value, &src, RT_BUFFER_READ) < 0)
            return 0;
        if (src.len != sp.count * isz)
            return rt_raise_msg(&type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        /* memmove semantics: source and destination may overlap. */
        uint8_t *dst = data + (size_t)sp.start * isz;
        if (dst < (uint8_t *)src.buf) {
            for (size_t i = 0; i < src.len; i++)
                dst[i] = ((uint8_t *)src.buf)[i];
        } else {
            for (size_t i = src.len; i-- > 0;)
                dst[i] = ((uint8_t *)src.buf)[i];
        }
        return RT_NONE;
    }
    size_t i;
    if (rt_seq_index(index, n, "memoryview", &i) < 0)
        return 0;
    if (!value)
        return load_item(data + i * isz, mv->typecode);
    return store_item(data + i * isz, mv->typecode, value) < 0 ? 0 : RT_NONE;
}

static Obj memoryview_attr(Obj self, Obj name, Obj value) {
    if (!value && name == NAME(itemsize))
        return small_from((intptr_t)item_size(MV(self)->typecode));
    return RT_NO_ATTR;
}

static Obj memoryview_tobytes(Obj self) {
    BufferInfo info;
    if (rt_get_buffer(self, &info, RT_BUFFER_READ) < 0)
        return 0;
    return rt_bytes_new(info.buf, info.len);
}
static RT_METHOD1(memoryview_tobytes_obj, memoryview_tobytes);

static const AttrEntry memoryview_attrs[] = {
    { NAME(decode), RT_OBJ(&rt_bytes_decode_obj) },
    { NAME(hex), RT_OBJ(&rt_bytes_hex_obj) },
    { NAME(tobytes), RT_OBJ(&memoryview_tobytes_obj) },
};

const Type type_memoryview = {
    .type = &type_type,
    .name = NAME(memoryview),
    .base = &type_object,
    .attrs = memoryview_attrs,
    .n_attrs = sizeof memoryview_attrs / sizeof memoryview_attrs[0],
    .make_new = memoryview_make_new,
    .print = memoryview_print,
    .unary_op = memoryview_unary_op,
    .attr = memoryview_attr,
    .subscr = memoryview_subscr,
    .getiter = rt_seq_iter_new,
    .buffer = memoryview_buffer,
};
