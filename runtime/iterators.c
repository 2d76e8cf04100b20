/* Iterator objects: the generic sequence iterator (len + integer
 * subscripts), enumerate, zip, map, filter and reversed. */
#include "datatypes.h"

static Obj iter_self(Obj self) { return self; }

/* ---- sequence iterator -------------------------------------------------- */

typedef struct SeqIter {
    const Type *type;
    Obj seq;
    size_t index;
} SeqIter;

Obj rt_seq_iter_new(Obj seq) {
    SeqIter *it = rt_alloc_obj(&type_seq_iter, sizeof(SeqIter));
    if (!it)
        return 0;
    it->seq = seq;
    return RT_OBJ(it);
}

static Obj seq_iter_next(Obj self) {
    SeqIter *it = (SeqIter *)self;
    const Type *t = type_of(it->seq);
    if (t->flags & RT_TYPE_LIST) {
        const List *l = (const List *)it->seq;
        return it->index < l->len ? l->items[it->index++] : RT_STOP;
    }
    if (t == &type_tuple) {
        const Tuple *tu = (const Tuple *)it->seq;
        return it->index < tu->len ? tu->items[it->index++] : RT_STOP;
    }
    intptr_t n = rt_len(it->seq);
    if (n < 0)
        return 0;
    if (it->index >= (size_t)n)
        return RT_STOP;
    return rt_subscr_load(it->seq, small_from((intptr_t)it->index++));
}

const Type type_seq_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = iter_self, .iternext = seq_iter_next,
};

/* ---- enumerate -------------------------------------------------------------- */

typedef struct Enumerate {
    const Type *type;
    Obj iter;
    Obj count;                  /* int (may grow past small ints) */
} Enumerate;

static Obj enumerate_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 1, 2, true) < 0)
        return 0;
    Obj start = n_args > 1 ? args[1] : small_from(0);
    for (size_t i = 0; i < n_kw; i++) {
        if (args[n_args + 2 * i] != NAME(start) || n_args > 1)
            return rt_raise_msg(&type_TypeError, "unexpected keyword argument");
        start = args[n_args + 2 * i + 1];
    }
    if (!obj_is_int(start))
        return rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(start)));
    Obj it = rt_getiter(args[0]);
    if (!it)
        return 0;
    Enumerate *e = rt_alloc_obj(&type_enumerate, sizeof(Enumerate));
    if (!e)
        return 0;
    e->iter = it;
    e->count = start;
    return RT_OBJ(e);
}

static Obj enumerate_next(Obj self) {
    Enumerate *e = (Enumerate *)self;
    Obj x = rt_iternext(e->iter);
    if (!x || x == RT_STOP)
        return x;
    Obj pair[2] = { e->count, x };
    Obj next = rt_binary_op(RT_BINOP_ADD, e->count, small_from(1));
    if (!next)
        return 0;
    e->count = next;
    return rt_tuple_new(2, pair);
}

const Type type_enumerate = {
    .type = &type_type, .name = NAME(enumerate), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = enumerate_make_new, .getiter = iter_self,
    .iternext = enumerate_next,
};

/* ---- zip and map: a function over parallel iterators -------------------- */

typedef struct MultiIter {
    const Type *type;
    Obj func;                   /* map: the function; zip: 0 */
    Obj iters;                  /* tuple of iterators */
} MultiIter;

static Obj multi_new(const Type *type, Obj func, size_t n, const Obj *iterables) {
    Obj iters = rt_tuple_new(n, NULL);
    if (!iters)
        return 0;
    for (size_t i = 0; i < n; i++) {
        Obj it = rt_getiter(iterables[i]);
        if (!it)
            return 0;
        rt_tuple_items(iters)[i] = it;
    }
    MultiIter *m = rt_alloc_obj(type, sizeof(MultiIter));
    if (!m)
        return 0;
    m->func = func;
    m->iters = iters;
    return RT_OBJ(m);
}

static Obj zip_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 0, RT_MAX_ARGS, false) < 0)
        return 0;
    return multi_new(type, 0, n_args, args);
}

static Obj map_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 2, RT_MAX_ARGS, false) < 0)
        return 0;
    return multi_new(type, args[0], n_args - 1, args + 1);
}

/* Next item of every iterator into a new tuple; RT_STOP when one ends. */
static Obj multi_next(MultiIter *m) {
    size_t n = rt_tuple_len(m->iters);
    if (n == 0)
        return RT_STOP;
    Obj items = rt_tuple_new(n, NULL);
    if (!items)
        return 0;
    for (size_t i = 0; i < n; i++) {
        Obj x = rt_iternext(rt_tuple_items(m->iters)[i]);
        if (!x || x == RT_STOP)
            return x;
        rt_tuple_items(items)[i] = x;
    }
    return items;
}

static Obj zip_next(Obj self) { return multi_next((MultiIter *)self); }

static Obj map_next(Obj self) {
    MultiIter *m = (MultiIter *)self;
    Obj args = multi_next(m);
    if (!args || args == RT_STOP)
        return args;
    return rt_call(m->func, rt_tuple_len(args), 0, rt_tuple_items(args));
}

const Type type_zip = {
    .type = &type_type, .name = NAME(zip), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = zip_make_new, .getiter = iter_self, .iternext = zip_next,
};

const Type type_map = {
    .type = &type_type, .name = NAME(map), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = map_make_new, .getiter = iter_self, .iternext = map_next,
};

/* ---- filter ---------------------------------------------------------------- */

typedef struct Filter {
    const Type *type;
    Obj func;                   /* RT_NONE: truth of the item */
    Obj iter;
} Filter;

static Obj filter_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 2, 2, false) < 0)
        return 0;
    Obj it = rt_getiter(args[1]);
    if (!it)
        return 0;
    Filter *f = rt_alloc_obj(type, sizeof(Filter));
    if (!f)
        return 0;
    f->func = args[0];
    f->iter = it;
    return RT_OBJ(f);
}

static Obj filter_next(Obj self) {
    Filter *f = (Filter *)self;
    for (;;) {
        Obj x = rt_iternext(f->iter);
        if (!x || x == RT_STOP)
            return x;
        Obj test = f->func == RT_NONE ? x : rt_call1(f->func, x);
        if (!test)
            return 0;
        int t = rt_truthy(test);
        if (t < 0)
            return 0;
        if (t)
            return x;
    }
}

const Type type_filter = {
    .type = &type_type, .name = NAME(filter), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = filter_make_new, .getiter = iter_self, .iternext = filter_next,
};

/* ---- reversed ------------------------------------------------------------ */

typedef struct Reversed {
    const Type *type;
    Obj seq;
    size_t remaining;           /* items not yet produced */
} Reversed;

static Obj reversed_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_check_args(n_args, n_kw, 1, 1, false) < 0)
        return 0;
    Obj seq = args[0];
    Obj hook = rt_lookup_special(seq, NAME(__reversed__));
    if (hook)
        return rt_call1(hook, seq);
    if (obj_is_type(seq, &type_range)) {
        const Range *r = (const Range *)seq;
        size_t n = rt_range_len(r);
        uintptr_t step = (uintptr_t)r->step, last = (uintptr_t)r->start + (n ? n - 1 : 0) * step;
        Obj rr = rt_range_new((intptr_t)last, (intptr_t)(last - n * step), (intptr_t)(0 - step));
        return rr ? rt_getiter(rr) : 0;
    }
    const Type *t = type_of(seq);
    if (!t->subscr || rt_is_subclass(t, &type_dict))
        return rt_raise_fmt(&type_TypeError, "'%s' object isn't reversible", rt_type_name(t));
    intptr_t n = rt_len(seq);
    if (n < 0)
        return 0;
    Reversed *r = rt_alloc_obj(type, sizeof(Reversed));
    if (!r)
        return 0;
    r->seq = seq;
    r->remaining = (size_t)n;
    return RT_OBJ(r);
}

static Obj reversed_next(Obj self) {
    Reversed *r = (Reversed *)self;
    if (r->remaining == 0)
        return RT_STOP;
    r->remaining--;
    if (obj_is_type(r->seq, &type_list)) {
        const List *l = (const List *)r->seq;
        if (r->remaining >= l->len) {
            r->remaining = 0;
            return RT_STOP;
        }
        return l->items[r->remaining];
    }
    return rt_subscr_load(r->seq, small_from((intptr_t)r->remaining));
}

const Type type_reversed = {
    .type = &type_type, .name = NAME(reversed), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .make_new = reversed_make_new, .getiter = iter_self,
    .iternext = reversed_next,
};

/* ---- the __getitem__ protocol: seq[0], seq[1], ... until IndexError ---- */

typedef struct GetItemIter {
    const Type *type;
    Obj seq;                    /* 0 once exhausted */
    intptr_t index;
} GetItemIter;

static Obj getitem_iter_next(Obj self) {
    GetItemIter *it = (GetItemIter *)self;
    if (!it->seq)
        return RT_STOP;
    Obj v = rt_subscr_load(it->seq, small_from(it->index));
    if (!v) {
        if (rt_exc_pending_matches(&type_IndexError) || rt_exc_pending_matches(&type_StopIteration)) {
            rt_exc_clear();
            it->seq = 0;
            return RT_STOP;
        }
        return 0;
    }
    it->index++;
    return v;
}

static const Type type_getitem_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = iter_self, .iternext = getitem_iter_next,
};

Obj rt_getitem_iter_new(Obj seq) {
    GetItemIter *it = rt_alloc_obj(&type_getitem_iter, sizeof(GetItemIter));
    if (!it)
        return 0;
    it->seq = seq;
    return RT_OBJ(it);
}
