/* The builtins of the data types: len, all, any, chr, ord, dir, format,
 * input, iter (incl. the callable/sentinel form), next, min, max, sorted,
 * sum. builtins.def lists them in the builtins namespace. */
#include "datatypes.h"
#include "hal.h"

static Obj builtin_len(Obj o) {
    if (obj_is_small(o))
        return rt_raise_msg(&type_TypeError, "object of type 'int' has no len()");
    return rt_len_obj(o);
}
RT_FN1(rt_builtin_len_obj, builtin_len);

/* any / all: stop at the first item whose truth is `stop_on`. */
static Obj truth_scan(Obj iterable, bool stop_on) {
    Obj it = rt_getiter(iterable);
    if (!it)
        return 0;
    for (;;) {
        Obj x = rt_iternext(it);
        if (!x)
            return 0;
        if (x == RT_STOP)
            return rt_bool(!stop_on);
        int t = rt_truthy(x);
        if (t < 0)
            return 0;
        if ((bool)t == stop_on)
            return rt_bool(stop_on);
    }
}
static Obj builtin_all(Obj o) { return truth_scan(o, false); }
static Obj builtin_any(Obj o) { return truth_scan(o, true); }
RT_FN1(rt_builtin_all_obj, builtin_all);
RT_FN1(rt_builtin_any_obj, builtin_any);

static Obj builtin_chr(Obj o) {
    intptr_t c;
    if (rt_small_arg(o, &c) < 0)
        return 0;
    if (c < 0 || c >= 0x110000)
        return rt_raise_msg(&type_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    size_t n = rt_utf8_encode((uint32_t)c, buf);
    return rt_str_like_new(NAME(empty), buf, n);
}
RT_FN1(rt_builtin_chr_obj, builtin_chr);

static Obj builtin_ord(Obj o) {
    if (obj_is_str(o)) {
        const unsigned char *d = (const unsigned char *)rt_str_data(o);
        size_t len = rt_str_len(o), n = rt_utf8_count((const char *)d, len);
        if (n != 1)
            return rt_raise_fmt(&type_TypeError, "ord() expected a character, but string of length %d found", (int)n);
        if (len == 1)
            return small_from(d[0]);
        uint32_t c = d[0] & (0x3fu >> (len - 1));
        for (size_t i = 1; i < len; i++)
            c = (c << 6) | (d[i] & 0x3f);
        return small_from((intptr_t)c);
    }
    BufferInfo info;
    if (!obj_is_small(o) && (obj_is_bytes(o) || obj_is_type(o, &type_bytearray)) &&
        rt_get_buffer(o, &info, RT_BUFFER_READ) == 0) {
        if (info.len != 1)
            return rt_raise_fmt(&type_TypeError, "ord() expected a character, but string of length %d found", (int)info.len);
        return small_from(((const uint8_t *)info.buf)[0]);
    }
    return rt_raise_fmt(&type_TypeError, "ord() expected string of length 1, but %s found", rt_type_name(type_of(o)));
}
RT_FN1(rt_builtin_ord_obj, builtin_ord);

/* ---- dir ------------------------------------------------------------------ */

static int add_names_of_type(Obj set, const Type *t) {
    for (; t; t = t->base) {
        if (t->flags & RT_TYPE_HEAP) {
            const Tuple *mro = (const Tuple *)t->mro;
            for (size_t i = 0; i < mro->len; i++) {
                const Type *m = (const Type *)mro->items[i];
                if (m->flags & RT_TYPE_HEAP) {
                    size_t pos = 0;
                    for (DictEntry *e; (e = rt_dict_next(m->dict, &pos));)
                        if (rt_set_add(set, e->key) < 0)
                            return -1;
                } else if (add_names_of_type(set, m) < 0) {
                    return -1;
                }
            }
            return 0;
        }
        for (size_t i = 0; i < t->n_attrs && t->attrs[i].name; i++) /* 0: the end of a pruned table */
            if (rt_set_add(set, t->attrs[i].name) < 0)
                return -1;
    }
    return 0;
}

/* dir() without arguments: the compiler passes the scope's dict here. */
Obj rt_dir_names(Obj dict) {
    Obj list = rt_list_new(0, NULL);
    if (!list)
        return 0;
    size_t pos = 0;
    for (DictEntry *e; (e = rt_dict_next(dict, &pos));)
        if (rt_list_append(list, e->key) < 0)
            return 0;
    return rt_sort_items(((List *)list)->items, ((List *)list)->len, 0, false) < 0 ? 0 : list;
}

static Obj builtin_dir(size_t n, const Obj *args) {
    Obj set = rt_set_new(&type_set);
    if (!set)
        return 0;
    if (n == 0) {
        /* A plain call cannot see the caller's scope: the names of the main
         * module stand in (right at module level; compiled code may call
         * rt_dir_names(locals) inside functions). */
        Obj main = rt_state.modules ? rt_dict_get(rt_state.modules, NAME(__main__)) : 0;
        if (main && obj_is_type(main, &type_module) && ((const Module *)main)->globals)
            return rt_dir_names(((const Module *)main)->globals);
        return rt_list_new(0, NULL);
    }
    Obj o = args[0];
    Obj dict = rt_instance_dict(o);
    if (obj_is_type(o, &type_module))
        dict = ((const Module *)o)->globals;
    if (dict) {
        size_t pos = 0;
        for (DictEntry *e; (e = rt_dict_next(dict, &pos));)
            if (rt_set_add(set, e->key) < 0)
                return 0;
    }
    if (obj_is_type(o, &type_module) && ((const Module *)o)->attrs) {
        const Module *m = (const Module *)o;
        for (size_t i = 0; i < m->n_attrs; i++)
            if (rt_set_add(set, m->attrs[i].name) < 0)
                return 0;
    }
    if (!obj_is_small(o) && rt_is_subclass(type_of(o), &type_type) && add_names_of_type(set, (const Type *)o) < 0)
        return 0;
    if (add_names_of_type(set, type_of(o)) < 0 || rt_set_add(set, NAME(__class__)) < 0)
        return 0;
    Obj list = rt_list_from_iterable(set);
    if (!list || rt_sort_items(((List *)list)->items, ((List *)list)->len, 0, false) < 0)
        return 0;
    return list;
}
RT_FN_VAR(rt_builtin_dir_obj, 0, 1, builtin_dir);

/* str_format.c: the image anchors it when the program names format */
#pragma weak rt_format
static Obj builtin_format(size_t n, const Obj *args) {
    return rt_format(args[0], n > 1 ? args[1] : NAME(empty));
}
RT_FN_VAR(rt_builtin_format_obj, 1, 2, builtin_format);

static Obj builtin_input(size_t n, const Obj *args) {
    if (n == 1 && rt_print(&rt_stdout, args[0], RT_PRINT_STR) < 0)
        return 0;
    StrBuf b;
    rt_strbuf_init(&b, 32);
    bool any = false;
    for (;;) {
        int c = hal_read_byte();
        if (c < 0)
            break;
        any = true;
        if (c == '\n')
            break;
        char ch = (char)c;
        if (rt_stream_write(&b.stream, &ch, 1) < 0)
            return 0;
    }
    if (!any)
        return rt_raise(RT_OBJ(&type_EOFError));
    if (b.len && b.data[b.len - 1] == '\r')
        b.len--;
    return rt_strbuf_to_str(&b);
}
RT_FN_VAR(rt_builtin_input_obj, 0, 1, builtin_input);

/* ---- iter / next ------------------------------------------------------------ */

typedef struct CallIter {
    const Type *type;
    Obj func, sentinel;
} CallIter;

static Obj call_iter_self(Obj self) { return self; }

static Obj call_iter_next(Obj self) {
    CallIter *it = (CallIter *)self;
    if (!it->func)
        return RT_STOP;
    Obj v = rt_call0(it->func);
    if (!v)
        return 0;
    int eq = rt_equal(v, it->sentinel);
    if (eq < 0)
        return 0;
    if (eq) {
        it->func = 0;
        return RT_STOP;
    }
    return v;
}

static const Type type_call_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = call_iter_self, .iternext = call_iter_next,
};

static Obj builtin_iter(size_t n, const Obj *args) {
    if (n == 1)
        return rt_getiter(args[0]);
    CallIter *it = rt_alloc_obj(&type_call_iter, sizeof(CallIter));
    if (!it)
        return 0;
    it->func = args[0];
    it->sentinel = args[1];
    return RT_OBJ(it);
}
RT_FN_VAR(rt_builtin_iter_obj, 1, 2, builtin_iter);

static Obj builtin_next(size_t n, const Obj *args) {
    Obj v = rt_iternext(args[0]);
    if (v != RT_STOP)
        return v;
    if (n > 1)
        return args[1];
    return rt_raise_stop_iteration(rt_iter_stop_value(args[0]));
}
RT_FN_VAR(rt_builtin_next_obj, 1, 2, builtin_next);

/* ---- min / max ----------------------------------------------------------------- */

static Obj extreme(size_t n_args, size_t n_kw, const Obj *args, BinaryOp better) {
    Obj key = 0, deflt = 0;
    for (size_t i = 0; i < n_kw; i++) {
        Obj name = args[n_args + 2 * i], v = args[n_args + 2 * i + 1];
        if (name == NAME(key))
            key = v == RT_NONE ? 0 : v;
        else if (name == NAME(default))
            deflt = v;
        else
            return rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", name);
    }
    if (n_args == 0)
        return rt_raise_msg(&type_TypeError, "function missing 1 required positional arguments");
    Obj it = rt_getiter(n_args == 1 ? args[0] : rt_tuple_new(n_args, args));
    if (!it)
        return 0;
    Obj best = 0, best_key = 0;
    for (;;) {
        Obj x = rt_iternext(it);
        if (!x)
            return 0;
        if (x == RT_STOP)
            break;
        Obj k = key ? rt_call1(key, x) : x;
        if (!k)
            return 0;
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        Obj r = rt_binary_op(better, k, best_key);
        int t = r ? rt_truthy(r) : -1;
        if (t < 0)
            return 0;
        if (t) {
            best = x;
            best_key = k;
        }
    }
    if (best)
        return best;
    if (deflt)
        return deflt;
    return rt_raise_msg(&type_ValueError, "arg is an empty sequence");
}
static Obj builtin_max(size_t n, size_t k, const Obj *a) { return extreme(n, k, a, RT_BINOP_MORE); }
static Obj builtin_min(size_t n, size_t k, const Obj *a) { return extreme(n, k, a, RT_BINOP_LESS); }
RT_FN_KW(rt_builtin_max_obj, 1, RT_MAX_ARGS, builtin_max);
RT_FN_KW(rt_builtin_min_obj, 1, RT_MAX_ARGS, builtin_min);

static Obj builtin_sorted(size_t n_args, size_t n_kw, const Obj *args) {
    Obj key;
    bool reverse;
    if (rt_sort_keywords(n_kw, args + n_args, &key, &reverse) < 0)
        return 0;
    Obj list = rt_list_from_iterable(args[0]);
    if (!list || rt_sort_items(((List *)list)->items, ((List *)list)->len, key, reverse) < 0)
        return 0;
    return list;
}
RT_FN_KW(rt_builtin_sorted_obj, 1, 1, builtin_sorted);

static Obj builtin_sum(size_t n_args, size_t n_kw, const Obj *args) {
    Obj acc = n_args > 1 ? args[1] : small_from(0);
    for (size_t i = 0; i < n_kw; i++) {
        if (args[n_args + 2 * i] != NAME(start) || n_args > 1)
            return rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", args[n_args + 2 * i]);
        acc = args[n_args + 2 * i + 1];
    }
    if (obj_is_str(acc))
        return rt_raise_msg(&type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Obj it = rt_getiter(args[0]);
    if (!it)
        return 0;
    for (;;) {
        Obj x = rt_iternext(it);
        if (!x)
            return 0;
        if (x == RT_STOP)
            return acc;
        if (!(acc = rt_binary_op(RT_BINOP_ADD, acc, x)))
            return 0;
    }
}
RT_FN_KW(rt_builtin_sum_obj, 1, 2, builtin_sum);
