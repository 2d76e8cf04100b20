/* dict methods (get, pop, popitem LIFO, setdefault, update with kwargs and
 * iterables of pairs, fromkeys, copy, clear, keys / values / items),
 * dict(...) construction, `|` / `|=` and iteration over the keys. The
 * storage core is dict.c. */
#include "datatypes.h"

static Obj missing_key(Obj key) { return rt_raise(rt_exc_new(&type_KeyError, 1, &key)); }

/* Adds the pairs of one positional source: a dict, an object with keys(),
 * or an iterable of 2-item iterables. */
/* One (key, value) pair of an iterable given to dict() / update(). */
static int set_pair(void *dict, Obj pair) {
    Obj *kv;
    size_t n;
    if (rt_seq_items(pair, &kv, &n) < 0)
        return -1;
    if (n != 2) {
        rt_raise_msg(&type_ValueError, "dict update sequence has wrong length");
        return -1;
    }
    return rt_dict_set(RT_OBJ(dict), kv[0], kv[1]);
}

static int update_from(Obj dict, Obj src) {
    if (rt_is_subclass(type_of(src), &type_dict)) {
        size_t pos = 0;
        for (DictEntry *e; (e = rt_dict_next(src, &pos));)
            if (rt_dict_set(dict, e->key, e->value) < 0)
                return -1;
        return 0;
    }
    Obj keys_fn = rt_load_attr_default(src, NAME(keys), 0);
    if (!keys_fn && rt_exc_pending())
        return -1;
    if (keys_fn) {
        Obj keys = rt_call0(keys_fn);
        Obj it = keys ? rt_getiter(keys) : 0;
        if (!it)
            return -1;
        for (Obj k; (k = rt_iternext(it)) != RT_STOP;) {
            Obj v = k ? rt_subscr_load(src, k) : 0;
            if (!v || rt_dict_set(dict, k, v) < 0)
                return -1;
        }
        return 0;
    }
    return rt_foreach(src, set_pair, (void *)dict);
}

Obj rt_dict_update(Obj dict, size_t n_args, size_t n_kw, const Obj *args) {
    if (n_args > 1)
        return rt_raise_fmt(&type_TypeError, "function expected at most %d arguments, got %d", 1, (int)n_args);
    if (n_args == 1 && update_from(dict, args[0]) < 0)
        return 0;
    for (size_t i = 0; i < n_kw; i++)
        if (rt_dict_set(dict, args[n_args + 2 * i], args[n_args + 2 * i + 1]) < 0)
            return 0;
    return RT_NONE;
}

Obj rt_dict_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_subclass_inits_itself(type, &type_dict))
        return rt_alloc_instance(type);
    if (rt_check_args(n_args, n_kw, 0, 1, true) < 0)
        return 0;
    Obj d = rt_alloc_instance(type);
    if (!d || !rt_dict_update(d, n_args, n_kw, args))
        return 0;
    return d;
}

static Obj dict_update(size_t n_args, size_t n_kw, const Obj *args) {
    return rt_dict_update(args[0], n_args - 1, n_kw, args + 1);
}
RT_METHOD_KW(dict_update_obj, 1, 2, dict_update);

static Obj dict_get(size_t n, const Obj *args) {
    Obj v = rt_dict_get(args[0], args[1]);
    if (v)
        return v;
    if (rt_exc_pending())
        return 0;
    return n > 2 ? args[2] : RT_NONE;
}
RT_METHOD_VAR(dict_get_obj, 2, 3, dict_get);

static Obj dict_pop(size_t n, const Obj *args) {
    Obj v = rt_dict_remove(args[0], args[1]);
    if (v)
        return v;
    if (rt_exc_pending())
        return 0;
    return n > 2 ? args[2] : missing_key(args[1]);
}
RT_METHOD_VAR(dict_pop_obj, 2, 3, dict_pop);

static Obj dict_popitem(Obj self) {
    Dict *d = (Dict *)self;
    for (size_t i = d->filled; i-- > 0;) {
        DictEntry e = d->entries[i];
        if (!e.key)
            continue;
        Obj pair[2] = { e.key, e.value };
        Obj t = rt_tuple_new(2, pair);
        if (!t || !rt_dict_remove(self, e.key))
            return 0;
        return t;
    }
    return rt_raise_msg(&type_KeyError, "popitem(): dictionary is empty");
}
RT_METHOD1(dict_popitem_obj, dict_popitem);

static Obj dict_setdefault(size_t n, const Obj *args) {
    Obj v = rt_dict_get(args[0], args[1]);
    if (v)
        return v;
    if (rt_exc_pending())
        return 0;
    v = n > 2 ? args[2] : RT_NONE;
    return rt_dict_set(args[0], args[1], v) < 0 ? 0 : v;
}
RT_METHOD_VAR(dict_setdefault_obj, 2, 3, dict_setdefault);

static Obj dict_copy(Obj self) {
    Obj d = rt_dict_new(rt_dict_len(self));
    if (!d || !rt_dict_update(d, 1, 0, &self))
        return 0;
    return d;
}
RT_METHOD1(dict_copy_obj, dict_copy);

static Obj dict_clear(Obj self) {
    rt_dict_clear(self);
    return RT_NONE;
}
RT_METHOD1(dict_clear_obj, dict_clear);

/* dict.fromkeys(iterable[, value]): a classmethod. */
static Obj dict_fromkeys(size_t n, const Obj *args) {
    const Type *cls = (const Type *)args[0];
    Obj d = rt_alloc_instance(cls);
    Obj it = d ? rt_getiter(args[1]) : 0;
    if (!it)
        return 0;
    Obj value = n > 2 ? args[2] : RT_NONE;
    for (Obj k; (k = rt_iternext(it)) != RT_STOP;)
        if (!k || rt_dict_set(d, k, value) < 0)
            return 0;
    return d;
}
static RT_FN_VAR(dict_fromkeys_fn, 2, 3, dict_fromkeys);
const Wrapper dict_fromkeys_obj = { &type_classmethod, RT_OBJ(&dict_fromkeys_fn) };

static Obj dict_keys(Obj self) { return rt_dict_view_new(self, RT_DICT_VIEW_KEYS); }
static Obj dict_values(Obj self) { return rt_dict_view_new(self, RT_DICT_VIEW_VALUES); }
static Obj dict_items(Obj self) { return rt_dict_view_new(self, RT_DICT_VIEW_ITEMS); }
RT_METHOD1(dict_keys_obj, dict_keys);
RT_METHOD1(dict_values_obj, dict_values);
RT_METHOD1(dict_items_obj, dict_items);

/* dict.__init__(...), for super().__init__ in a subclass. */
static Obj dict_init(size_t n_args, size_t n_kw, const Obj *args) {
    return rt_dict_update(args[0], n_args - 1, n_kw, args + 1);
}
RT_METHOD_KW(dict_init_obj, 1, 2, dict_init);


/* d | other and d |= other (other: a dict). */
Obj rt_dict_merge_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (!rt_is_subclass(type_of(rhs), &type_dict) || (op & RT_BINOP_REVERSE))
        return RT_NOT_IMPLEMENTED;
    if (op == RT_BINOP_INPLACE_OR)
        return rt_dict_update(lhs, 1, 0, &rhs) ? lhs : 0;
    Obj d = dict_copy(lhs);
    return d && rt_dict_update(d, 1, 0, &rhs) ? d : 0;
}
