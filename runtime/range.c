/* range: machine-word start / stop / step, len, indexing and slicing,
 * `in`, equality by the sequence produced, and its iterator. */
#include "datatypes.h"

Obj rt_range_new(intptr_t start, intptr_t stop, intptr_t step) {
    Range *r = rt_alloc_obj(&type_range, sizeof(Range));
    if (!r)
        return 0;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return RT_OBJ(r);
}

size_t rt_range_len(const Range *r) {
    /* Unsigned differences: a span wider than INTPTR_MAX still counts. */
    if (r->step > 0 && r->stop > r->start)
        return (size_t)(((uintptr_t)r->stop - (uintptr_t)r->start - 1) / (uintptr_t)r->step + 1);
    if (r->step < 0 && r->start > r->stop)
        return (size_t)(((uintptr_t)r->start - (uintptr_t)r->stop - 1) / (0 - (uintptr_t)r->step) + 1);
    return 0;
}

static Obj range_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 1, 3, false) < 0)
        return 0;
    intptr_t v[3] = { 0, 0, 1 };
    for (size_t i = 0; i < n_args; i++)
        if (rt_small_arg(args[i], &v[n_args == 1 ? 1 : i]) < 0)
            return 0;
    if (v[2] == 0)
        return rt_raise_msg(&type_ValueError, "zero step");
    return rt_range_new(v[0], v[1], v[2]);
}

static int range_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    const Range *r = (const Range *)self;
    if (r->step == 1)
        return rt_stream_printf(s, "range(%ld, %ld)", (long)r->start, (long)r->stop);
    return rt_stream_printf(s, "range(%ld, %ld, %ld)", (long)r->start, (long)r->stop, (long)r->step);
}

static Obj range_unary_op(UnaryOp op, Obj self) {
    size_t n = rt_range_len((const Range *)self);
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(n != 0);
    case RT_UNARY_LEN: return rt_int_from_uintptr(n);
    case RT_UNARY_HASH: {
        /* Equal ranges (same items) hash alike. */
        const Range *r = (const Range *)self;
        uintptr_t h = n * 1000003u;
        if (n)
            h ^= (uintptr_t)r->start * 31u;
        if (n > 1)
            h ^= (uintptr_t)r->step * 7919u;
        return small_from((intptr_t)(h & (uintptr_t)RT_SMALL_MAX));
    }
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj range_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    const Range *a = (const Range *)lhs;
    if (op == RT_BINOP_CONTAINS) {
        intptr_t x;
        if (obj_is_small(rhs))
            x = small_value(rhs);
        else if (obj_is_type(rhs, &type_bool))
            x = ((const BoolObj *)rhs)->value;
        else
            return RT_NOT_IMPLEMENTED; /* generic iteration with == */
        size_t n = rt_range_len(a);
        if (n == 0)
            return RT_FALSE;
        bool in = a->step > 0 ? x >= a->start && x < a->stop : x <= a->start && x > a->stop;
        return rt_bool(in && (x - a->start) % a->step == 0);
    }
    if ((op != RT_BINOP_EQUAL && op != RT_BINOP_NOT_EQUAL) || !obj_is_type(rhs, &type_range))
        return RT_NOT_IMPLEMENTED;
    const Range *b = (const Range *)rhs;
    size_t na = rt_range_len(a), nb = rt_range_len(b);
    bool eq = na == nb && (na == 0 || (a->start == b->start && (na == 1 || a->step == b->step)));
    return rt_bool(op == RT_BINOP_EQUAL ? eq : !eq);
}

static Obj range_subscr(Obj self, Obj index, Obj value) {
    const Range *r = (const Range *)self;
    if (value)
        return rt_raise_fmt(&type_TypeError, "'range' object doesn't support item %s", value == RT_DELETE ? "deletion" : "assignment");
    size_t n = rt_range_len(r);
    if (obj_is_slice(index)) {
        SliceSpan sp;
        if (rt_slice_span(index, n, &sp) < 0)
            return 0;
        /* Wrapping arithmetic: the bounds stay within the original's. */
        intptr_t start = (intptr_t)((uintptr_t)r->start + (uintptr_t)sp.start * (uintptr_t)r->step);
        intptr_t step = (intptr_t)((uintptr_t)sp.step * (uintptr_t)r->step);
        return rt_range_new(start, (intptr_t)((uintptr_t)start + (uintptr_t)sp.count * (uintptr_t)step), step);
    }
    size_t i;
    if (rt_seq_index(index, n, "range", &i) < 0)
        return 0;
    return rt_int_from_intptr((intptr_t)((uintptr_t)r->start + (uintptr_t)i * (uintptr_t)r->step));
}

static Obj range_attr(Obj self, Obj name, Obj value) {
    const Range *r = (const Range *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(start))
        return rt_int_from_intptr(r->start);
    if (name == NAME(stop))
        return rt_int_from_intptr(r->stop);
    if (name == NAME(step))
        return rt_int_from_intptr(r->step);
    return RT_NO_ATTR;
}

/* The iterator: the next value and how many remain. */
typedef struct RangeIter {
    const Type *type;
    intptr_t next, step;
    size_t remaining;
} RangeIter;

static Obj range_iter_self(Obj self) { return self; }

static Obj range_iter_next(Obj self) {
    RangeIter *it = (RangeIter *)self;
    if (it->remaining == 0)
        return RT_STOP;
    it->remaining--;
    intptr_t v = it->next;
    it->next = (intptr_t)((uintptr_t)it->next + (it->remaining ? (uintptr_t)it->step : 0));
    return rt_int_from_intptr(v);
}

static const Type type_range_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = range_iter_self, .iternext = range_iter_next,
};

static Obj range_getiter(Obj self) {
    const Range *r = (const Range *)self;
    RangeIter *it = rt_alloc_obj(&type_range_iter, sizeof(RangeIter));
    if (!it)
        return 0;
    it->next = r->start;
    it->step = r->step;
    it->remaining = rt_range_len(r);
    return RT_OBJ(it);
}

const Type type_range = {
    .type = &type_type,
    .name = NAME(range),
    .base = &type_object,
    .make_new = range_make_new,
    .print = range_print,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
};
