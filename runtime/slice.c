/* slice objects: slice(start, stop, step), indices(), and resolving a
 * slice against a sequence length. */
#include "datatypes.h"

Obj rt_slice_new(Obj start, Obj stop, Obj step) {
    Slice *s = rt_alloc_obj(&type_slice, sizeof(Slice));
    if (!s)
        return 0;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return RT_OBJ(s);
}

/* One bound: None gives the default, else clamped like CPython. */
static int bound(Obj v, intptr_t len, intptr_t step, bool is_start, intptr_t *out) {
    if (v == RT_NONE) {
        *out = step > 0 ? (is_start ? 0 : len) : (is_start ? len - 1 : -1);
        return 0;
    }
    v = rt_int_unbox(v);
    intptr_t i;
    if (!obj_is_small(v) && obj_is_int(v)) {
        /* A bigint bound is beyond either end. */
        Obj neg = rt_binary_op(RT_BINOP_LESS, v, small_from(0));
        if (!neg)
            return -1;
        i = neg == RT_TRUE ? -len - 1 : len + 1;
    } else if (rt_small_arg(v, &i) < 0) {
        rt_exc_clear();
        rt_raise_msg(&type_TypeError, "slice indices must be integers or None");
        return -1;
    }
    if (i < 0) {
        i += len;
        if (i < 0)
            i = step < 0 ? -1 : 0;
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    *out = i;
    return 0;
}

int rt_slice_span(Obj slice, size_t len, SliceSpan *out) {
    const Slice *s = (const Slice *)slice;
    intptr_t step = 1;
    if (s->step != RT_NONE) {
        if (rt_small_arg(s->step, &step) < 0) {
            rt_exc_clear();
            rt_raise_msg(&type_TypeError, "slice indices must be integers or None");
            return -1;
        }
        if (step == 0) {
            rt_raise_msg(&type_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    intptr_t start, stop, n = (intptr_t)len;
    if (bound(s->start, n, step, true, &start) < 0 || bound(s->stop, n, step, false, &stop) < 0)
        return -1;
    size_t count = 0;
    if (step > 0 && stop > start)
        count = (size_t)((stop - start - 1) / step + 1);
    else if (step < 0 && start > stop)
        count = (size_t)((start - stop - 1) / (-step) + 1);
    out->start = start;
    out->step = step;
    out->count = count;
    return 0;
}

static int slice_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    const Slice *sl = (const Slice *)self;
    return rt_stream_printf(s, "slice(%r, %r, %r)", sl->start, sl->stop, sl->step);
}

static Obj slice_indices(Obj self, Obj length) {
    intptr_t len;
    if (rt_small_arg(length, &len) < 0)
        return 0;
    if (len < 0)
        return rt_raise_msg(&type_ValueError, "length should not be negative");
    const Slice *sl = (const Slice *)self;
    intptr_t step = 1;
    if (sl->step != RT_NONE && rt_small_arg(sl->step, &step) < 0)
        return 0;
    if (step == 0)
        return rt_raise_msg(&type_ValueError, "slice step cannot be zero");
    intptr_t start, stop;
    if (bound(sl->start, len, step, true, &start) < 0 || bound(sl->stop, len, step, false, &stop) < 0)
        return 0;
    Obj items[3] = { small_from(start), small_from(stop), small_from(step) };
    return rt_tuple_new(3, items);
}
static RT_METHOD2(slice_indices_obj, slice_indices);

static Obj slice_attr(Obj self, Obj name, Obj value) {
    const Slice *sl = (const Slice *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(start))
        return sl->start;
    if (name == NAME(stop))
        return sl->stop;
    if (name == NAME(step))
        return sl->step;
    return RT_NO_ATTR;
}

static Obj slice_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if ((op != RT_BINOP_EQUAL && op != RT_BINOP_NOT_EQUAL) || !obj_is_slice(rhs))
        return RT_NOT_IMPLEMENTED;
    const Slice *a = (const Slice *)lhs, *b = (const Slice *)rhs;
    Obj x[3] = { a->start, a->stop, a->step }, y[3] = { b->start, b->stop, b->step };
    return rt_sequence_compare(op, x, 3, y, 3);
}

static Obj slice_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 1, 3, false) < 0)
        return 0;
    if (n_args == 1)
        return rt_slice_new(RT_NONE, args[0], RT_NONE);
    return rt_slice_new(args[0], args[1], n_args == 3 ? args[2] : RT_NONE);
}

static const AttrEntry slice_attrs[] = {
    { NAME(indices), RT_OBJ(&slice_indices_obj) },
};

const Type type_slice = {
    .type = &type_type,
    .name = NAME(slice),
    .base = &type_object,
    .attrs = slice_attrs,
    .n_attrs = 1,
    .make_new = slice_make_new,
    .print = slice_print,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
};
