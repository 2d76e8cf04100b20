/* The object protocol: operator dispatch through the type slots,
 * truthiness, hashing, isinstance, subscripts and iteration. */
#include "rt_internal.h"

static const Obj unary_dunders[] = {
#define UNARY_OP(e, sym, d) NAME(d),
#include "ops.def"
#undef UNARY_OP
};
static const Obj binary_dunders[] = {
#define COMPARE_OP(e, sym, d, r) NAME(d),
#define BINARY_OP(e, sym, d, r, i) NAME(d),
#include "ops.def"
#undef COMPARE_OP
#undef BINARY_OP
#define BINARY_OP(e, sym, d, r, i) NAME(i),
#include "ops.def"
#undef BINARY_OP
};
static const Obj reflected_dunders[] = {
#define COMPARE_OP(e, sym, d, r) NAME(r),
#define BINARY_OP(e, sym, d, r, i) NAME(r),
#include "ops.def"
#undef COMPARE_OP
#undef BINARY_OP
};
static const uint8_t reflected_compare[] = {
#define COMPARE_OP(e, sym, d, r) 0,
#include "ops.def"
#undef COMPARE_OP
};

/* The same names as C text, for error messages: a firmware that links no
 * user classes then needs none of the interned names above. */
static const char unary_dunder_text[][11] = {
#define UNARY_OP(e, sym, d) #d,
#include "ops.def"
#undef UNARY_OP
};
static const char binary_dunder_text[][14] = {
#define COMPARE_OP(e, sym, d, r) #d,
#define BINARY_OP(e, sym, d, r, i) #d,
#include "ops.def"
#undef COMPARE_OP
#undef BINARY_OP
#define BINARY_OP(e, sym, d, r, i) #i,
#include "ops.def"
#undef BINARY_OP
};

Obj rt_unary_dunder(UnaryOp op) { return unary_dunders[op]; }
Obj rt_binary_dunder(BinaryOp op) { return binary_dunders[op & ~RT_BINOP_REVERSE]; }
Obj rt_binary_reflected_dunder(BinaryOp op) { return reflected_dunders[RT_BINOP_BASE(op & ~RT_BINOP_REVERSE)]; }

static BinaryOp swapped_compare(BinaryOp op) {
    (void)reflected_compare;
    switch (op) {
    case RT_BINOP_LESS: return RT_BINOP_MORE;
    case RT_BINOP_MORE: return RT_BINOP_LESS;
    case RT_BINOP_LESS_EQUAL: return RT_BINOP_MORE_EQUAL;
    case RT_BINOP_MORE_EQUAL: return RT_BINOP_LESS_EQUAL;
    default: return op;
    }
}

/* ---- subclass checks ----------------------------------------------------- */

bool rt_is_subclass(const Type *cls, const Type *base) {
    if (cls == base || base == &type_object)
        return true;
    if (cls->flags & RT_TYPE_HEAP) {
        const Tuple *mro = (const Tuple *)cls->mro;
        for (size_t i = 0; i < mro->len; i++)
            if ((const Type *)mro->items[i] == base)
                return true;
        return false;
    }
    for (const Type *t = cls->base; t; t = t->base)
        if (t == base)
            return true;
    return false;
}

static bool is_type_obj(Obj o) {
    return !obj_is_small(o) && rt_is_subclass(type_of(o), &type_type);
}

static int check_classinfo(Obj classinfo, const Type *cls, const char *fn) {
    if (type_of(classinfo) == &type_tuple) {
        for (size_t i = 0; i < rt_tuple_len(classinfo); i++) {
            int r = check_classinfo(rt_tuple_items(classinfo)[i], cls, fn);
            if (r)
                return r;
        }
        return 0;
    }
    if (!is_type_obj(classinfo)) {
        rt_raise_fmt(&type_TypeError, "%s() arg 2 must be a class or a tuple of classes", fn);
        return -1;
    }
    return rt_is_subclass(cls, (const Type *)classinfo);
}

int rt_isinstance(Obj obj, Obj classinfo) {
    return check_classinfo(classinfo, type_of(obj), "isinstance");
}

int rt_issubclass(Obj cls, Obj classinfo) {
    if (!is_type_obj(cls)) {
        rt_raise_msg(&type_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return check_classinfo(classinfo, (const Type *)cls, "issubclass");
}

/* ---- unary operators ------------------------------------------------------- */

Obj rt_unary_op(UnaryOp op, Obj o) {
    if (obj_is_small(o))
        return rt_int_unary_op(op, o);
    const Type *t = type_of(o);
    if (t->unary_op) {
        Obj r = t->unary_op(op, o);
        if (r != RT_NOT_IMPLEMENTED)
            return r;
    }
    switch (op) {
    case RT_UNARY_BOOL: {
        if (t->unary_op) {
            Obj n = t->unary_op(RT_UNARY_LEN, o);
            if (n != RT_NOT_IMPLEMENTED)
                return n ? rt_bool(small_value(n) != 0) : 0;
        }
        return RT_TRUE;
    }
    case RT_UNARY_HASH:
        /* Types that define equality without a hash are unhashable. */
        if (t->binary_op && !(t->flags & RT_TYPE_EQ_BY_IDENTITY) && t != &type_type && t->unary_op)
            return rt_raise_fmt(&type_TypeError, "unsupported type for __hash__: '%s'", rt_type_name(t));
        return small_from((intptr_t)((o >> 2) & (uintptr_t)RT_SMALL_MAX));
    case RT_UNARY_LEN:
        return rt_raise_fmt(&type_TypeError, "object of type '%s' has no len()", rt_type_name(t));
    default:
        return rt_raise_fmt(&type_TypeError, "unsupported type for %s: '%s'", unary_dunder_text[op], rt_type_name(t));
    }
}

int rt_truthy(Obj o) { return rt_truthy_inline(o); }

int rt_truthy_object(Obj o) {
    Obj r = rt_unary_op(RT_UNARY_BOOL, o);
    if (!r)
        return -1;
    return r == RT_TRUE;
}

Obj rt_not(Obj o) {
    int t = rt_truthy(o);
    return t < 0 ? 0 : rt_bool(!t);
}

Obj rt_hash(Obj o) {
    if (obj_is_small(o))
        return o;
    return rt_unary_op(RT_UNARY_HASH, o);
}

intptr_t rt_len(Obj o) {
    Obj n = rt_len_obj(o);
    return n ? small_value(n) : -1;
}

Obj rt_len_obj(Obj o) {
    Obj n = rt_unary_op(RT_UNARY_LEN, o);
    if (n && !obj_is_small(n))
        return rt_raise_msg(&type_TypeError, "object cannot be interpreted as an integer");
    return n;
}

/* ---- binary operators ------------------------------------------------------ */

static Obj unsupported(BinaryOp op, Obj lhs, Obj rhs) {
    return rt_raise_fmt(&type_TypeError, "unsupported types for %s: '%s', '%s'",
                        binary_dunder_text[RT_BINOP_BASE(op)], rt_type_name(type_of(lhs)), rt_type_name(type_of(rhs)));
}

Obj rt_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (obj_is_small(lhs) && obj_is_small(rhs))
        return rt_int_binary_op(op, lhs, rhs);
    if (op == RT_BINOP_CONTAINS)
        return rt_contains(rhs, lhs);
    const Type *lt = type_of(lhs), *rt = type_of(rhs);
    if (lt->binary_op) {
        Obj r = lt->binary_op(op, lhs, rhs);
        if (r != RT_NOT_IMPLEMENTED)
            return r;
    }
    if (RT_BINOP_IS_INPLACE(op))
        return rt_binary_op(RT_BINOP_BASE(op), lhs, rhs);
    if (op < RT_BINOP_FIRST_ARITH) {
        if (rt != lt && rt->binary_op) {
            Obj r = rt->binary_op(swapped_compare(op), rhs, lhs);
            if (r != RT_NOT_IMPLEMENTED)
                return r;
        }
        if (op == RT_BINOP_EQUAL)
            return rt_bool(lhs == rhs);
        if (op == RT_BINOP_NOT_EQUAL)
            return rt_bool(lhs != rhs);
        return unsupported(op, lhs, rhs);
    }
    if (rt != lt && rt->binary_op) {
        Obj r = rt->binary_op((BinaryOp)(op | RT_BINOP_REVERSE), lhs, rhs);
        if (r != RT_NOT_IMPLEMENTED)
            return r;
    }
    return unsupported(op, lhs, rhs);
}

Obj rt_inplace_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (!RT_BINOP_IS_INPLACE(op) && op >= RT_BINOP_FIRST_ARITH)
        op = (BinaryOp)(op - RT_BINOP_FIRST_ARITH + RT_BINOP_FIRST_INPLACE);
    return rt_binary_op(op, lhs, rhs);
}

int rt_equal(Obj a, Obj b) {
    if (a == b)
        return 1;
    if (obj_is_small(a) && obj_is_small(b))
        return 0;
    if (obj_is_str(a) && obj_is_str(b))
        return rt_str_equal(a, b);
    Obj r = rt_binary_op(RT_BINOP_EQUAL, a, b);
    if (!r)
        return -1;
    return rt_truthy(r);
}

Obj rt_contains(Obj container, Obj item) {
    const Type *t = type_of(container);
    if (t->binary_op) {
        Obj r = t->binary_op(RT_BINOP_CONTAINS, container, item);
        if (r != RT_NOT_IMPLEMENTED)
            return r;
    }
    if (!t->getiter)
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't iterable", rt_type_name(t));
    Obj it = rt_getiter(container);
    if (!it)
        return 0;
    for (;;) {
        Obj x = rt_iternext(it);
        if (!x)
            return 0;
        if (x == RT_STOP)
            return RT_FALSE;
        int eq = rt_equal(x, item);
        if (eq)
            return eq < 0 ? 0 : RT_TRUE;
    }
}

/* ---- subscripts and iteration ------------------------------------------- */

static Obj subscr(Obj obj, Obj index, Obj value) {
    const Type *t = type_of(obj);
    if (t->subscr)
        return t->subscr(obj, index, value);
    if (!value)
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't subscriptable", rt_type_name(t));
    return rt_raise_fmt(&type_TypeError, "'%s' object doesn't support item %s", rt_type_name(t),
                        value == RT_DELETE ? "deletion" : "assignment");
}

Obj rt_subscr_load(Obj obj, Obj index) { return subscr(obj, index, 0); }
int rt_subscr_store(Obj obj, Obj index, Obj value) { return subscr(obj, index, value) ? 0 : -1; }
int rt_subscr_delete(Obj obj, Obj index) { return subscr(obj, index, RT_DELETE) ? 0 : -1; }

Obj rt_getiter(Obj o) {
    const Type *t = type_of(o);
    if (t->getiter)
        return t->getiter(o);
    return rt_raise_fmt(&type_TypeError, "'%s' object isn't iterable", rt_type_name(t));
}

Obj rt_iternext(Obj it) {
    const Type *t = type_of(it);
    if (t->iternext)
        return t->iternext(it);
    return rt_raise_fmt(&type_TypeError, "'%s' object isn't an iterator", rt_type_name(t));
}

int rt_foreach(Obj iterable, RtItemFn fn, void *ctx) {
    Obj it = rt_getiter(iterable);
    if (!it)
        return -1;
    for (;;) {
        Obj x = rt_iternext(it);
        if (!x)
            return -1;
        if (x == RT_STOP)
            return 0;
        if (fn(ctx, x) < 0)
            return -1;
    }
}
