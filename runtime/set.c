/* set and frozenset: the items are the keys of a dict core (values None),
 * so insertion order is kept. All methods and operators; frozenset is
 * hashable (an order-independent mix of the item hashes). */
#include "datatypes.h"

static Obj D(Obj set) { return ((const Set *)set)->dict; }
static bool is_frozen(Obj o) { return rt_is_subclass(type_of(o), &type_frozenset); }

Obj rt_set_new(const Type *type) {
    Set *s = (Set *)rt_alloc_instance(type);
    if (!s || !(s->dict = rt_dict_new(0)))
        return 0;
    return RT_OBJ(s);
}

int rt_set_add(Obj set, Obj item) {
    return rt_dict_set(D(set), item, RT_NONE);
}

int rt_set_contains(Obj set, Obj item) {
    Obj v = rt_dict_get(D(set), item);
    if (!v && rt_exc_pending())
        return -1;
    return v != 0;
}

static int add_item(void *set, Obj item) { return rt_set_add(RT_OBJ(set), item); }

int rt_set_update(Obj set, Obj iterable) {
    if (obj_is_set_like(iterable)) {
        size_t pos = 0;
        for (DictEntry *e; (e = rt_dict_next(D(iterable), &pos));)
            if (rt_set_add(set, e->key) < 0)
                return -1;
        return 0;
    }
    return rt_foreach(iterable, add_item, (void *)set);
}

static Obj set_copy_as(const Type *type, Obj src) {
    Obj s = rt_set_new(type);
    if (!s || rt_set_update(s, src) < 0)
        return 0;
    return s;
}

/* A set view of any iterable (the argument itself when set-like). */
static Obj as_set(Obj o) {
    return obj_is_set_like(o) ? o : set_copy_as(&type_set, o);
}

static Obj set_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_subclass_inits_itself(type, &type_set))
        return rt_set_new(type);
    if (rt_check_args(n_args, n_kw, 0, 1, false) < 0)
        return 0;
    if (type == &type_frozenset && n_args == 1 && obj_is_type(args[0], &type_frozenset))
        return args[0];
    Obj s = rt_set_new(type);
    if (!s || (n_args == 1 && rt_set_update(s, args[0]) < 0))
        return 0;
    return s;
}

static int set_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    bool frozen = is_frozen(self);
    size_t n = rt_dict_len(D(self));
    if (n == 0)
        return rt_stream_puts(s, frozen ? "frozenset()" : "set()");
    if (frozen && rt_stream_puts(s, "frozenset(") < 0)
        return -1;
    if (rt_stream_write(s, "{", 1) < 0)
        return -1;
    size_t pos = 0;
    bool first = true;
    for (DictEntry *e; (e = rt_dict_next(D(self), &pos));) {
        if ((!first && rt_stream_write(s, ", ", 2) < 0) || rt_print(s, e->key, RT_PRINT_REPR) < 0)
            return -1;
        first = false;
    }
    if (rt_stream_write(s, "}", 1) < 0)
        return -1;
    return frozen ? rt_stream_write(s, ")", 1) : 0;
}

static Obj set_unary_op(UnaryOp op, Obj self) {
    size_t n = rt_dict_len(D(self));
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(n != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)n);
    case RT_UNARY_HASH: {
        if (!is_frozen(self))
            return RT_NOT_IMPLEMENTED;
        uintptr_t h = 0x1f2e3d4cu + n;
        size_t pos = 0;
        for (DictEntry *e; (e = rt_dict_next(D(self), &pos));) {
            uintptr_t ih;
            if (rt_hash_key(e->key, &ih) < 0)
                return 0;
            h ^= (ih ^ (ih << 16) ^ 89869747u) * 3644798167u;
        }
        return small_from((intptr_t)(h & (uintptr_t)RT_SMALL_MAX));
    }
    default: return RT_NOT_IMPLEMENTED;
    }
}

/* Is every item of a in b? 1 / 0 / -1. */
static int subset(Obj a, Obj b) {
    if (rt_dict_len(D(a)) > rt_dict_len(D(b)))
        return 0;
    size_t pos = 0;
    for (DictEntry *e; (e = rt_dict_next(D(a), &pos));) {
        int in = rt_set_contains(b, e->key);
        if (in <= 0)
            return in;
    }
    return 1;
}

/* The set algebra. keep_in_other: 1 intersection, 0 difference. */
static Obj filter_into(Obj result, Obj a, Obj b, int keep_in_other) {
    size_t pos = 0;
    for (DictEntry *e; (e = rt_dict_next(D(a), &pos));) {
        int in = rt_set_contains(b, e->key);
        if (in < 0)
            return 0;
        if (in == keep_in_other && rt_set_add(result, e->key) < 0)
            return 0;
    }
    return result;
}

static Obj set_union(const Type *type, Obj a, Obj b) {
    Obj r = set_copy_as(type, a);
    return r && rt_set_update(r, b) == 0 ? r : 0;
}

static Obj set_intersection(const Type *type, Obj a, Obj b) {
    Obj r = rt_set_new(type);
    return r ? filter_into(r, a, b, 1) : 0;
}

static Obj set_difference(const Type *type, Obj a, Obj b) {
    Obj r = rt_set_new(type);
    return r ? filter_into(r, a, b, 0) : 0;
}

static Obj set_symdiff(const Type *type, Obj a, Obj b) {
    Obj r = rt_set_new(type);
    if (!r || !filter_into(r, a, b, 0) || !filter_into(r, b, a, 0))
        return 0;
    return r;
}

/* Replaces the items of self with those of src (in-place operators). */
static Obj replace_items(Obj self, Obj src) {
    if (!src)
        return 0;
    ((Set *)self)->dict = D(src);
    return self;
}

static const Type *result_type(Obj a) {
    return is_frozen(a) ? &type_frozenset : &type_set;
}

static Obj set_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (op == RT_BINOP_CONTAINS) {
        int in = rt_set_contains(lhs, rhs);
        return in < 0 ? 0 : rt_bool(in);
    }
    if ((op & RT_BINOP_REVERSE) || !obj_is_set_like(rhs))
        return op == RT_BINOP_EQUAL ? RT_FALSE : op == RT_BINOP_NOT_EQUAL ? RT_TRUE : RT_NOT_IMPLEMENTED;
    const Type *t = result_type(lhs);
    bool inplace = RT_BINOP_IS_INPLACE(op) && !is_frozen(lhs);
    switch (RT_BINOP_BASE(op)) {
    case RT_BINOP_OR: return inplace ? (rt_set_update(lhs, rhs) < 0 ? 0 : lhs) : set_union(t, lhs, rhs);
    case RT_BINOP_AND: {
        Obj r = set_intersection(t, lhs, rhs);
        return inplace ? replace_items(lhs, r) : r;
    }
    case RT_BINOP_SUBTRACT: {
        Obj r = set_difference(t, lhs, rhs);
        return inplace ? replace_items(lhs, r) : r;
    }
    case RT_BINOP_XOR: {
        Obj r = set_symdiff(t, lhs, rhs);
        return inplace ? replace_items(lhs, r) : r;
    }
    default: break;
    }
    size_t na = rt_dict_len(D(lhs)), nb = rt_dict_len(D(rhs));
    int r;
    switch (op) {
    case RT_BINOP_EQUAL:
    case RT_BINOP_NOT_EQUAL:
        r = na == nb ? subset(lhs, rhs) : 0;
        if (r < 0)
            return 0;
        return rt_bool(op == RT_BINOP_EQUAL ? r : !r);
    case RT_BINOP_LESS_EQUAL: r = subset(lhs, rhs); break;
    case RT_BINOP_LESS: r = na < nb ? subset(lhs, rhs) : 0; break;
    case RT_BINOP_MORE_EQUAL: r = subset(rhs, lhs); break;
    case RT_BINOP_MORE: r = na > nb ? subset(rhs, lhs) : 0; break;
    default: return RT_NOT_IMPLEMENTED;
    }
    return r < 0 ? 0 : rt_bool(r);
}

/* ---- iteration ------------------------------------------------------------ */

typedef struct SetIter {
    const Type *type;
    Obj dict;
    size_t pos;
} SetIter;

static Obj set_iter_self(Obj self) { return self; }

static Obj set_iter_next(Obj self) {
    SetIter *it = (SetIter *)self;
    DictEntry *e = rt_dict_next(it->dict, &it->pos);
    return e ? e->key : RT_STOP;
}

static const Type type_set_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = set_iter_self, .iternext = set_iter_next,
};

static Obj set_getiter(Obj self) {
    SetIter *it = rt_alloc_obj(&type_set_iter, sizeof(SetIter));
    if (!it)
        return 0;
    it->dict = D(self);
    return RT_OBJ(it);
}

/* ---- methods ---------------------------------------------------------------- */

static Obj set_add(Obj self, Obj x) { return rt_set_add(self, x) < 0 ? 0 : RT_NONE; }
static RT_METHOD2(set_add_obj, set_add);

static Obj set_clear(Obj self) {
    rt_dict_clear(D(self));
    return RT_NONE;
}
static RT_METHOD1(set_clear_obj, set_clear);

/* set.__init__([iterable]), for super().__init__ in a subclass. */
static Obj set_init(size_t n, const Obj *args) {
    rt_dict_clear(D(args[0]));
    return n == 2 && rt_set_update(args[0], args[1]) < 0 ? 0 : RT_NONE;
}
static RT_METHOD_VAR(set_init_obj, 1, 2, set_init);

static Obj set_copy(Obj self) { return set_copy_as(type_of(self), self); }
static RT_METHOD1(set_copy_obj, set_copy);

static Obj set_discard(Obj self, Obj x) {
    if (!rt_dict_remove(D(self), x) && rt_exc_pending())
        return 0;
    return RT_NONE;
}
static RT_METHOD2(set_discard_obj, set_discard);

static Obj set_remove(Obj self, Obj x) {
    if (!rt_dict_remove(D(self), x))
        return rt_exc_pending() ? 0 : rt_raise(rt_exc_new(&type_KeyError, 1, &x));
    return RT_NONE;
}
static RT_METHOD2(set_remove_obj, set_remove);

static Obj set_pop(Obj self) {
    size_t pos = 0;
    DictEntry *e = rt_dict_next(D(self), &pos);
    if (!e)
        return rt_raise_msg(&type_KeyError, "pop from an empty set");
    Obj x = e->key;
    rt_dict_remove(D(self), x);
    return x;
}
static RT_METHOD1(set_pop_obj, set_pop);

/* Methods taking any number of iterables: union(*others) etc. */
typedef Obj (*SetAlgebra)(const Type *, Obj, Obj);

static Obj fold(size_t n, const Obj *args, SetAlgebra f, bool update) {
    Obj self = args[0];
    Obj acc = self;
    const Type *t = result_type(self);
    if (n == 1 && !update)
        return set_copy_as(t, self);
    for (size_t i = 1; i < n; i++) {
        Obj other = as_set(args[i]);
        if (!other || !(acc = f(t, acc, other)))
            return 0;
    }
    return update ? (replace_items(self, acc) ? RT_NONE : 0) : acc;
}

static Obj set_union_m(size_t n, const Obj *a) { return fold(n, a, set_union, false); }
static Obj set_update_m(size_t n, const Obj *a) { return fold(n, a, set_union, true); }
static Obj set_intersection_m(size_t n, const Obj *a) { return fold(n, a, set_intersection, false); }
static Obj set_intersection_update_m(size_t n, const Obj *a) { return fold(n, a, set_intersection, true); }
static Obj set_difference_m(size_t n, const Obj *a) { return fold(n, a, set_difference, false); }
static Obj set_difference_update_m(size_t n, const Obj *a) { return fold(n, a, set_difference, true); }
static Obj set_symdiff_m(size_t n, const Obj *a) { return fold(n, a, set_symdiff, false); }
static Obj set_symdiff_update_m(size_t n, const Obj *a) { return fold(n, a, set_symdiff, true); }
static RT_METHOD_VAR(set_union_obj, 1, RT_MAX_ARGS, set_union_m);
static RT_METHOD_VAR(set_update_obj, 1, RT_MAX_ARGS, set_update_m);
static RT_METHOD_VAR(set_intersection_obj, 1, RT_MAX_ARGS, set_intersection_m);
static RT_METHOD_VAR(set_intersection_update_obj, 1, RT_MAX_ARGS, set_intersection_update_m);
static RT_METHOD_VAR(set_difference_obj, 1, RT_MAX_ARGS, set_difference_m);
static RT_METHOD_VAR(set_difference_update_obj, 1, RT_MAX_ARGS, set_difference_update_m);
static RT_METHOD_VAR(set_symdiff_obj, 2, 2, set_symdiff_m);
static RT_METHOD_VAR(set_symdiff_update_obj, 2, 2, set_symdiff_update_m);

static Obj set_isdisjoint(Obj self, Obj other) {
    Obj o = as_set(other);
    Obj r = o ? set_intersection(&type_set, self, o) : 0;
    return r ? rt_bool(rt_dict_len(D(r)) == 0) : 0;
}
static RT_METHOD2(set_isdisjoint_obj, set_isdisjoint);

static Obj set_issubset(Obj self, Obj other) {
    Obj o = as_set(other);
    int r = o ? subset(self, o) : -1;
    return r < 0 ? 0 : rt_bool(r);
}
static RT_METHOD2(set_issubset_obj, set_issubset);

static Obj set_issuperset(Obj self, Obj other) {
    Obj o = as_set(other);
    int r = o ? subset(o, self) : -1;
    return r < 0 ? 0 : rt_bool(r);
}
static RT_METHOD2(set_issuperset_obj, set_issuperset);

static const AttrEntry set_attrs[] = {
    { NAME(__init__), RT_OBJ(&set_init_obj) },
    { NAME(add), RT_OBJ(&set_add_obj) },
    { NAME(clear), RT_OBJ(&set_clear_obj) },
    { NAME(copy), RT_OBJ(&set_copy_obj) },
    { NAME(difference), RT_OBJ(&set_difference_obj) },
    { NAME(difference_update), RT_OBJ(&set_difference_update_obj) },
    { NAME(discard), RT_OBJ(&set_discard_obj) },
    { NAME(intersection), RT_OBJ(&set_intersection_obj) },
    { NAME(intersection_update), RT_OBJ(&set_intersection_update_obj) },
    { NAME(isdisjoint), RT_OBJ(&set_isdisjoint_obj) },
    { NAME(issubset), RT_OBJ(&set_issubset_obj) },
    { NAME(issuperset), RT_OBJ(&set_issuperset_obj) },
    { NAME(pop), RT_OBJ(&set_pop_obj) },
    { NAME(remove), RT_OBJ(&set_remove_obj) },
    { NAME(symmetric_difference), RT_OBJ(&set_symdiff_obj) },
    { NAME(symmetric_difference_update), RT_OBJ(&set_symdiff_update_obj) },
    { NAME(union), RT_OBJ(&set_union_obj) },
    { NAME(update), RT_OBJ(&set_update_obj) },
};

static const AttrEntry frozenset_attrs[] = {
    { NAME(copy), RT_OBJ(&set_copy_obj) },
    { NAME(difference), RT_OBJ(&set_difference_obj) },
    { NAME(intersection), RT_OBJ(&set_intersection_obj) },
    { NAME(isdisjoint), RT_OBJ(&set_isdisjoint_obj) },
    { NAME(issubset), RT_OBJ(&set_issubset_obj) },
    { NAME(issuperset), RT_OBJ(&set_issuperset_obj) },
    { NAME(symmetric_difference), RT_OBJ(&set_symdiff_obj) },
    { NAME(union), RT_OBJ(&set_union_obj) },
};

const Type type_set = {
    .type = &type_type,
    .name = NAME(set),
    .flags = RT_TYPE_BASE_OK,
    .instance_size = sizeof(Set),
    .base = &type_object,
    .attrs = set_attrs,
    .n_attrs = sizeof set_attrs / sizeof set_attrs[0],
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
};

const Type type_frozenset = {
    .type = &type_type,
    .name = NAME(frozenset),
    .flags = RT_TYPE_BASE_OK,
    .instance_size = sizeof(Set),
    .base = &type_object,
    .attrs = frozenset_attrs,
    .n_attrs = sizeof frozenset_attrs / sizeof frozenset_attrs[0],
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
};
