/* CircuitPython's memorymap module: AddressRange(*, start, length) presents
 * a range of the address space as a bytearray. The range must pass
 * hal_address_range_ok (ValueError otherwise). Int indices read/write one
 * byte; slices (step 1) read into a new bytearray and write from any
 * bytes-like object of the same length. An access of 1, 2, 4 (and on
 * 64-bit hosts 8) bytes at an address aligned to its size is one load or
 * store of that width, as the CircuitPython documentation specifies;
 * other accesses go byte by byte. */
#include "hal.h"
#include "stdlib_modules.h"

typedef struct AddressRange {
    const Type *type;
    uintptr_t start;
    size_t length;
} AddressRange;

static const StdlibParam range_params[] = {
    { NAME(start), true, true }, { NAME(length), true, true },
};

static int uint_arg(Obj o, uintptr_t *out) {
    long long v;
    if (rt_int_to_ll(o, &v) < 0)
        return -1;
    if (v < 0 || (unsigned long long)v > (uintptr_t)-1) {
        rt_raise_value_error("Address range not allowed");
        return -1;
    }
    *out = (uintptr_t)v;
    return 0;
}

static Obj range_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    Obj a[2];
    uintptr_t start, length;
    if (stdlib_bind("AddressRange", n_args, n_kw, args, range_params, 2, a) < 0
        || uint_arg(a[0], &start) < 0 || uint_arg(a[1], &length) < 0)
        return 0;
    if (length == 0 || !hal_address_range_ok(start, length))
        return rt_raise_value_error("Address range not allowed");
    AddressRange *r = rt_alloc_obj(&stdlib_type_address_range, sizeof(AddressRange));
    if (!r)
        return 0;
    r->start = start;
    r->length = length;
    return RT_OBJ(r);
}

/* One transaction when n is a natural width and addr is aligned to it. */
static void copy_in(uint8_t *dst, uintptr_t addr, size_t n) {
    if ((n == 1 || n == 2 || n == 4 || (n == 8 && sizeof(uintptr_t) == 8)) && addr % n == 0) {
        uint64_t v;
        switch (n) {
        case 1: v = *(volatile uint8_t *)addr; break;
        case 2: v = *(volatile uint16_t *)addr; break;
        case 4: v = *(volatile uint32_t *)addr; break;
        default: v = *(volatile uint64_t *)addr; break;
        }
        for (size_t i = 0; i < n; i++)
            dst[i] = (uint8_t)(v >> (8 * i)); /* every target is little-endian */
        return;
    }
    for (size_t i = 0; i < n; i++)
        dst[i] = *(volatile uint8_t *)(addr + i);
}

static void copy_out(uintptr_t addr, const uint8_t *src, size_t n) {
    if ((n == 1 || n == 2 || n == 4 || (n == 8 && sizeof(uintptr_t) == 8)) && addr % n == 0) {
        uint64_t v = 0;
        for (size_t i = 0; i < n; i++)
            v |= (uint64_t)src[i] << (8 * i);
        switch (n) {
        case 1: *(volatile uint8_t *)addr = (uint8_t)v; break;
        case 2: *(volatile uint16_t *)addr = (uint16_t)v; break;
        case 4: *(volatile uint32_t *)addr = (uint32_t)v; break;
        default: *(volatile uint64_t *)addr = v; break;
        }
        return;
    }
    for (size_t i = 0; i < n; i++)
        *(volatile uint8_t *)(addr + i) = src[i];
}

static Obj range_slice(const AddressRange *r, Obj slice, Obj value) {
    SliceSpan span;
    if (rt_slice_span(slice, r->length, &span) < 0)
        return 0;
    if (span.step != 1)
        return rt_raise_msg(&type_NotImplementedError, "only slices with step=1 (aka None) are supported");
    uintptr_t addr = r->start + (uintptr_t)span.start;
    if (!value) {
        Obj out = rt_bytearray_new("", 0);
        if (!out || rt_bytearray_resize(out, span.count) < 0)
            return 0;
        copy_in(((ByteArray *)out)->data, addr, span.count);
        return out;
    }
    BufferInfo buf;
    if (rt_get_buffer(value, &buf, RT_BUFFER_READ) < 0)
        return 0;
    if (buf.len != span.count)
        return rt_raise_value_error("Slice and value different lengths.");
    copy_out(addr, buf.buf, buf.len);
    return RT_NONE;
}

static Obj range_subscr(Obj self, Obj index, Obj value) {
    const AddressRange *r = (const AddressRange *)self;
    if (value == RT_DELETE)
        return rt_raise_type_error("'AddressRange' object doesn't support item deletion");
    if (obj_is_slice(index))
        return range_slice(r, index, value);
    size_t i;
    if (rt_seq_index(index, r->length, "AddressRange", &i) < 0)
        return 0;
    if (!value) {
        uint8_t b;
        copy_in(&b, r->start + i, 1);
        return small_from(b);
    }
    intptr_t v;
    if (rt_get_int(value, &v) < 0)
        return 0;
    if (v < 0 || v > 255)
        return rt_raise_value_error("bytes value out of range");
    uint8_t b = (uint8_t)v;
    copy_out(r->start + i, &b, 1);
    return RT_NONE;
}

static Obj range_unary_op(UnaryOp op, Obj self) {
    const AddressRange *r = (const AddressRange *)self;
    if (op == RT_UNARY_LEN)
        return rt_int_from_uintptr(r->length);
    if (op == RT_UNARY_BOOL)
        return rt_bool(r->length != 0);
    return RT_NOT_IMPLEMENTED;
}

const Type stdlib_type_address_range = {
    .type = &type_type, .name = NAME(AddressRange), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = range_make_new, .unary_op = range_unary_op,
    .subscr = range_subscr,
};
