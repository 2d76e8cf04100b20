/* Calling: rt_call and its fast paths, f(*args, **kwargs), C builtin
 * functions, argument-count checks with MicroPython's messages. */
#include "rt_internal.h"

Obj rt_call(Obj f, size_t n_args, size_t n_kw, const Obj *args) {
    const Type *t = type_of(f);
    if (t->call)
        return t->call(f, n_args, n_kw, args);
    return rt_raise_fmt(&type_TypeError, "'%s' object isn't callable", rt_type_name(t));
}

Obj rt_call0(Obj f) { return rt_call(f, 0, 0, NULL); }
Obj rt_call1(Obj f, Obj a) { return rt_call(f, 1, 0, &a); }
Obj rt_call2(Obj f, Obj a, Obj b) {
    Obj args[2] = { a, b };
    return rt_call(f, 2, 0, args);
}
Obj rt_call3(Obj f, Obj a, Obj b, Obj c) {
    Obj args[3] = { a, b, c };
    return rt_call(f, 3, 0, args);
}

/* A growable argument array for rt_call_ex. */
typedef struct ArgBuf {
    Obj *items;
    size_t len, alloc;
} ArgBuf;

static int argbuf_push(ArgBuf *b, Obj v) {
    if (b->len == b->alloc) {
        size_t alloc = b->alloc ? 2 * b->alloc : 8;
        Obj *p = rt_realloc(b->items, alloc * sizeof(Obj));
        if (!p)
            return -1;
        b->items = p;
        b->alloc = alloc;
    }
    b->items[b->len++] = v;
    return 0;
}

Obj rt_call_ex(Obj f, size_t n_args, size_t n_kw, const Obj *args, Obj star, Obj dstar) {
    ArgBuf pos = { 0 }, kw = { 0 };
    for (size_t i = 0; i < n_args; i++)
        if (argbuf_push(&pos, args[i]) < 0)
            return 0;
    if (star) {
        if (type_of(star) == &type_tuple) {
            for (size_t i = 0; i < rt_tuple_len(star); i++)
                if (argbuf_push(&pos, rt_tuple_items(star)[i]) < 0)
                    return 0;
        } else {
            Obj it = rt_getiter(star);
            if (!it)
                return 0;
            for (Obj x; (x = rt_iternext(it)) != RT_STOP;)
                if (!x || argbuf_push(&pos, x) < 0)
                    return 0;
        }
    }
    for (size_t i = 0; i < 2 * n_kw; i++)
        if (argbuf_push(&kw, args[n_args + i]) < 0)
            return 0;
    if (dstar) {
        if (!rt_is_subclass(type_of(dstar), &type_dict))
            return rt_raise_msg(&type_TypeError, "argument after ** must be a dict");
        size_t p = 0;
        for (DictEntry *e; (e = rt_dict_next(dstar, &p));) {
            if (!obj_is_str(e->key))
                return rt_raise_msg(&type_TypeError, "keywords must be strings");
            Obj name = rt_str_intern_obj(e->key);
            if (!name || argbuf_push(&kw, name) < 0 || argbuf_push(&kw, e->value) < 0)
                return 0;
        }
    }
    for (size_t i = 0; i < kw.len; i++)
        if (argbuf_push(&pos, kw.items[i]) < 0)
            return 0;
    return rt_call(f, pos.len - kw.len, kw.len / 2, pos.items);
}

int rt_check_args(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool kw_ok) {
    if (n_kw && !kw_ok) {
        rt_raise_msg(&type_TypeError, "function doesn't take keyword arguments");
        return -1;
    }
    if (n_min == n_max && n_args != n_min) {
        rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given", (int)n_min, (int)n_args);
        return -1;
    }
    if (n_args < n_min) {
        rt_raise_fmt(&type_TypeError, "function missing %d required positional arguments", (int)(n_min - n_args));
        return -1;
    }
    if (n_args > n_max) {
        rt_raise_fmt(&type_TypeError, "function expected at most %d arguments, got %d", (int)n_max, (int)n_args);
        return -1;
    }
    return 0;
}

/* ---- C builtin functions ----------------------------------------------- */

static Obj builtin_call(Obj self, size_t n_args, size_t n_kw, const Obj *args) {
    const BuiltinFunction *f = (const BuiltinFunction *)self;
    if (rt_check_args(n_args, n_kw, f->n_min, f->kind == RT_FN_VAR || f->kind == RT_FN_KW ? f->n_max : f->n_min,
                      f->kind == RT_FN_KW) < 0)
        return 0;
    switch (f->kind) {
    case RT_FN_0: return f->fn.f0();
    case RT_FN_1: return f->fn.f1(args[0]);
    case RT_FN_2: return f->fn.f2(args[0], args[1]);
    case RT_FN_3: return f->fn.f3(args[0], args[1], args[2]);
    case RT_FN_VAR: return f->fn.var(n_args, args);
    default: return f->fn.kw(n_args, n_kw, args);
    }
}

static int builtin_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    (void)self;
    return rt_stream_puts(s, "<function>");
}

const Type type_builtin_function = {
    .type = &type_type, .name = NAME(function), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .print = builtin_print, .call = builtin_call,
};

const Type type_builtin_method = {
    .type = &type_type, .name = NAME(function), .flags = RT_TYPE_EQ_BY_IDENTITY | RT_TYPE_BINDS_SELF,
    .base = &type_object, .print = builtin_print, .call = builtin_call,
};
