/* The tuple core: creation, printing, hashing, comparison, len and integer
 * indexing. The data-types engineer adds slicing, iteration and methods. */
#include "datatypes.h"
#include "hooks.h"

const Tuple rt_empty_tuple = { &type_tuple, 0 };

Obj rt_tuple_new(size_t n, const Obj *items) {
    if (n == 0)
        return RT_EMPTY_TUPLE;
    if (n > (SIZE_MAX - sizeof(Tuple)) / sizeof(Obj))
        return rt_raise_memory_error();
    Tuple *t = rt_alloc_obj(&type_tuple, sizeof(Tuple) + n * sizeof(Obj));
    if (!t)
        return 0;
    t->len = n;
    if (items)
        rt_memcpy(t->items, items, n * sizeof(Obj));
    return RT_OBJ(t);
}

static int tuple_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    const Tuple *t = (const Tuple *)self;
    if (rt_stream_write(s, "(", 1) < 0)
        return -1;
    for (size_t i = 0; i < t->len; i++) {
        if (i && rt_stream_write(s, ", ", 2) < 0)
            return -1;
        if (rt_print(s, t->items[i], RT_PRINT_REPR) < 0)
            return -1;
    }
    if (t->len == 1 && rt_stream_write(s, ",", 1) < 0)
        return -1;
    return rt_stream_write(s, ")", 1);
}

Obj rt_tuple_unary_op(UnaryOp op, Obj self) {
    const Tuple *t = (const Tuple *)self;
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(t->len != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)t->len);
    case RT_UNARY_HASH: {
        uintptr_t h = 0x345678u + t->len;
        for (size_t i = 0; i < t->len; i++) {
            Obj ih = rt_hash(t->items[i]);
            if (!ih)
                return 0;
            h = (h ^ (uintptr_t)small_value(ih)) * 1000003u;
        }
        return small_from((intptr_t)(h & (uintptr_t)RT_SMALL_MAX));
    }
    default: return RT_NOT_IMPLEMENTED;
    }
}

/* Lexicographic comparison of two item arrays, shared with list.c. */
Obj rt_sequence_compare(BinaryOp op, const Obj *a, size_t na, const Obj *b, size_t nb) {
    size_t n = na < nb ? na : nb;
    size_t i = 0;
    for (; i < n; i++) {
        int eq = rt_equal(a[i], b[i]);
        if (eq < 0)
            return 0;
        if (!eq)
            break;
    }
    if (i < n) {
        if (op == RT_BINOP_EQUAL)
            return RT_FALSE;
        if (op == RT_BINOP_NOT_EQUAL)
            return RT_TRUE;
        return rt_binary_op(op, a[i], b[i]);
    }
    switch (op) {
    case RT_BINOP_EQUAL: return rt_bool(na == nb);
    case RT_BINOP_NOT_EQUAL: return rt_bool(na != nb);
    case RT_BINOP_LESS: return rt_bool(na < nb);
    case RT_BINOP_LESS_EQUAL: return rt_bool(na <= nb);
    case RT_BINOP_MORE: return rt_bool(na > nb);
    case RT_BINOP_MORE_EQUAL: return rt_bool(na >= nb);
    default: return RT_NOT_IMPLEMENTED;
    }
}

Obj rt_tuple_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    const Tuple *a = (const Tuple *)lhs;
    if (op == RT_BINOP_MULTIPLY || op == RT_BINOP_INPLACE_MULTIPLY)
        return rt_tuple_repeat(lhs, rhs);
    if (op == (RT_BINOP_MULTIPLY | RT_BINOP_REVERSE))
        return rt_tuple_repeat(rhs, lhs);
    if (op == RT_BINOP_CONTAINS) {
        for (size_t i = 0; i < a->len; i++) {
            int eq = rt_equal(a->items[i], rhs);
            if (eq)
                return eq < 0 ? 0 : RT_TRUE;
        }
        return RT_FALSE;
    }
    if (!rt_is_subclass(type_of(rhs), &type_tuple))
        return RT_NOT_IMPLEMENTED;
    const Tuple *b = (const Tuple *)rhs;
    if (op == RT_BINOP_ADD || op == RT_BINOP_INPLACE_ADD) {
        Obj r = rt_tuple_new(a->len + b->len, NULL);
        if (!r)
            return 0;
        rt_memcpy(rt_tuple_items(r), a->items, a->len * sizeof(Obj));
        rt_memcpy(rt_tuple_items(r) + a->len, b->items, b->len * sizeof(Obj));
        return r;
    }
    if (op < RT_BINOP_FIRST_ARITH && op != RT_BINOP_CONTAINS)
        return rt_sequence_compare(op, a->items, a->len, b->items, b->len);
    return RT_NOT_IMPLEMENTED;
}

const Type type_tuple = {
    .type = &type_type,
    .name = NAME(tuple),
    .flags = RT_TYPE_BASE_OK | RT_TYPE_TUPLE_LIKE,
    .instance_size = sizeof(Tuple),     /* subclasses: dict after the items (rt_instance_dict) */
    .base = &type_object,
    .print = tuple_print,
    .unary_op = rt_tuple_unary_op,
    .binary_op = rt_tuple_binary_op,
    .subscr = rt_hook_tuple_subscr,     /* tuple.c (with slicing), through hooks.def */
    .make_new = rt_new_tuple,  /* methods.h: RT_CONSTRUCTORS */
    .getiter = rt_tuple_getiter,
    .attrs = rt_tuple_attrs,
    .n_attrs = RT_TUPLE_N_ATTRS,
};
