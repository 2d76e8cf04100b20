/* tuple: construction from iterables, slicing, iteration, repetition and
 * the count / index methods (the core is in tuple_core.c). */
#include "datatypes.h"

Obj rt_tuple_from_iterable(Obj iterable) {
    if (obj_is_type(iterable, &type_tuple))
        return iterable;
    Obj *items;
    size_t n;
    if (rt_seq_items(iterable, &items, &n) < 0)
        return 0;
    return rt_tuple_new(n, items);
}

Obj rt_tuple_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 0, 1, false) < 0)
        return 0;
    Obj t = n_args ? rt_tuple_from_iterable(args[0]) : RT_EMPTY_TUPLE;
    if (!t || type == &type_tuple)
        return t;
    /* A subclass instance: the items, then the instance dict (found by
     * rt_instance_dict after the items). */
    size_t n = rt_tuple_len(t);
    Tuple *r = rt_alloc_obj(type, sizeof(Tuple) + (n + 1) * sizeof(Obj));
    if (!r)
        return 0;
    r->len = n;
    rt_memcpy(r->items, rt_tuple_items(t), n * sizeof(Obj));
    if (!(r->items[n] = rt_dict_new(0)))
        return 0;
    return RT_OBJ(r);
}

Obj rt_tuple_getiter(Obj self) { return rt_seq_iter_new(self); }

Obj rt_tuple_subscr(Obj self, Obj index, Obj value) {
    const Tuple *t = (const Tuple *)self;
    if (value)
        return rt_raise_fmt(&type_TypeError, "'tuple' object doesn't support item %s", value == RT_DELETE ? "deletion" : "assignment");
    if (obj_is_slice(index)) {
        SliceSpan sp;
        if (rt_slice_span(index, t->len, &sp) < 0)
            return 0;
        if (sp.step == 1 && sp.count == t->len && type_of(self) == &type_tuple)
            return self;
        Obj r = rt_tuple_new(sp.count, NULL);
        if (!r)
            return 0;
        for (size_t i = 0; i < sp.count; i++)
            rt_tuple_items(r)[i] = t->items[sp.start + (intptr_t)i * sp.step];
        return r;
    }
    size_t i;
    if (rt_seq_index(index, t->len, "tuple", &i) < 0)
        return 0;
    return t->items[i];
}

/* tuple * n and n * tuple (called from the core's binary_op). */
Obj rt_tuple_repeat(Obj tuple, Obj count) {
    intptr_t n;
    if (!obj_is_int(count) && !obj_is_type(count, &type_bool))
        return RT_NOT_IMPLEMENTED;
    if (rt_small_arg(count, &n) < 0)
        return 0;
    size_t len = rt_tuple_len(tuple);
    if (n <= 0 || len == 0)
        return RT_EMPTY_TUPLE;
    if (n == 1)
        return tuple;
    if ((size_t)n > SIZE_MAX / sizeof(Obj) / 2 / len)
        return rt_raise_memory_error();
    Obj r = rt_tuple_new(len * (size_t)n, NULL);
    if (!r)
        return 0;
    for (intptr_t i = 0; i < n; i++)
        rt_memcpy(rt_tuple_items(r) + (size_t)i * len, rt_tuple_items(tuple), len * sizeof(Obj));
    return r;
}

static Obj tuple_count(Obj self, Obj x) {
    return rt_items_count(rt_tuple_items(self), rt_tuple_len(self), x);
}
RT_METHOD2(tuple_count_obj, tuple_count);

static Obj tuple_index(size_t n, const Obj *args) {
    return rt_items_index(rt_tuple_items(args[0]), rt_tuple_len(args[0]), n, args);
}
RT_METHOD_VAR(tuple_index_obj, 2, 4, tuple_index);

