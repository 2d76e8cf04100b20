/* dict iteration and the keys / values / items views: live views with
 * len, `in`, iteration, repr, and set operations on keys and items. */
#include "datatypes.h"

typedef struct DictView {
    const Type *type;
    Obj dict;
    DictViewKind kind;
} DictView;

typedef struct DictIter {
    const Type *type;
    Obj dict;
    size_t pos;
    DictViewKind kind;
} DictIter;

static Obj iter_self(Obj self) { return self; }

static Obj dict_iter_next(Obj self) {
    DictIter *it = (DictIter *)self;
    DictEntry *e = rt_dict_next(it->dict, &it->pos);
    if (!e)
        return RT_STOP;
    switch (it->kind) {
    case RT_DICT_VIEW_KEYS: return e->key;
    case RT_DICT_VIEW_VALUES: return e->value;
    default: {
        Obj pair[2] = { e->key, e->value };
        return rt_tuple_new(2, pair);
    }
    }
}

static const Type type_dict_iter = {
    .type = &type_type, .name = NAME(iterator), .flags = RT_TYPE_EQ_BY_IDENTITY,
    .base = &type_object, .getiter = iter_self, .iternext = dict_iter_next,
};

static Obj dict_iter_new(Obj dict, DictViewKind kind) {
    DictIter *it = rt_alloc_obj(&type_dict_iter, sizeof(DictIter));
    if (!it)
        return 0;
    it->dict = dict;
    it->kind = kind;
    return RT_OBJ(it);
}

Obj rt_dict_getiter(Obj self) { return dict_iter_new(self, RT_DICT_VIEW_KEYS); }

static const DictView *V(Obj o) { return (const DictView *)o; }

static Obj view_getiter(Obj self) { return dict_iter_new(V(self)->dict, V(self)->kind); }

static int view_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    if (rt_print(s, RT_OBJ(type_of(self)->name), RT_PRINT_STR) < 0 || rt_stream_write(s, "([", 2) < 0)
        return -1;
    Obj it = view_getiter(self);
    if (!it)
        return -1;
    bool first = true;
    for (Obj x; (x = rt_iternext(it)) != RT_STOP; first = false) {
        if (!x || (!first && rt_stream_write(s, ", ", 2) < 0) || rt_print(s, x, RT_PRINT_REPR) < 0)
            return -1;
    }
    return rt_stream_write(s, "])", 2);
}

static Obj view_unary_op(UnaryOp op, Obj self) {
    size_t n = rt_dict_len(V(self)->dict);
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(n != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)n);
    default: return RT_NOT_IMPLEMENTED;
    }
}

/* The view's items as a new set (for set operations). */
static Obj view_as_set(Obj view) {
    Obj s = rt_set_new(&type_set);
    Obj it = s ? view_getiter(view) : 0;
    if (!it)
        return 0;
    for (Obj x; (x = rt_iternext(it)) != RT_STOP;)
        if (!x || rt_set_add(s, x) < 0)
            return 0;
    return s;
}

static bool is_view(Obj o) {
    const Type *t = type_of(o);
    return t == &rt_type_dict_keys || t == &rt_type_dict_values || t == &rt_type_dict_items;
}

static Obj view_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (op & RT_BINOP_REVERSE) {
        /* other OP view: only set operations, with the view as a set. */
        BinaryOp base = (BinaryOp)(op & ~RT_BINOP_REVERSE);
        if (V(rhs)->kind == RT_DICT_VIEW_VALUES || (base != RT_BINOP_OR && base != RT_BINOP_AND &&
                                                     base != RT_BINOP_SUBTRACT && base != RT_BINOP_XOR))
            return RT_NOT_IMPLEMENTED;
        Obj b = view_as_set(rhs);
        Obj a = b ? rt_set_new(&type_set) : 0;
        if (!a)
            return 0;
        Obj list = rt_list_from_iterable(lhs);
        if (!list)
            return 0;
        for (size_t i = 0; i < ((List *)list)->len; i++)
            if (rt_set_add(a, ((List *)list)->items[i]) < 0)
                return 0;
        return rt_binary_op(base, a, b);
    }
    const DictView *v = V(lhs);
    if (op == RT_BINOP_CONTAINS) {
        if (v->kind == RT_DICT_VIEW_KEYS)
            return rt_binary_op(RT_BINOP_CONTAINS, rhs, v->dict);
        if (v->kind == RT_DICT_VIEW_ITEMS) {
            if (!obj_is_type(rhs, &type_tuple) || rt_tuple_len(rhs) != 2)
                return RT_FALSE;
            Obj value = rt_dict_get(v->dict, rt_tuple_items(rhs)[0]);
            if (!value)
                return rt_exc_pending() ? 0 : RT_FALSE;
            int eq = rt_equal(value, rt_tuple_items(rhs)[1]);
            return eq < 0 ? 0 : rt_bool(eq);
        }
        return RT_NOT_IMPLEMENTED; /* values: generic iteration */
    }
    if (v->kind == RT_DICT_VIEW_VALUES)
        return RT_NOT_IMPLEMENTED;
    Obj a = view_as_set(lhs);
    if (!a)
        return 0;
    Obj b = rhs;
    if (is_view(rhs)) {
        if (!(b = view_as_set(rhs)))
            return 0;
    } else if (!obj_is_set_like(rhs)) {
        if (op == RT_BINOP_EQUAL || op == RT_BINOP_NOT_EQUAL)
            return rt_bool(op == RT_BINOP_NOT_EQUAL);
        if (op < RT_BINOP_FIRST_ARITH)
            return RT_NOT_IMPLEMENTED;
        Obj s = rt_set_new(&type_set);
        Obj list = s ? rt_list_from_iterable(rhs) : 0;
        if (!list)
            return 0;
        for (size_t i = 0; i < ((List *)list)->len; i++)
            if (rt_set_add(s, ((List *)list)->items[i]) < 0)
                return 0;
        b = s;
    }
    return rt_binary_op(RT_BINOP_BASE(op), a, b);
}

Obj rt_dict_view_new(Obj dict, DictViewKind kind) {
    static const Type *const types[] = { &rt_type_dict_keys, &rt_type_dict_values, &rt_type_dict_items };
    DictView *v = rt_alloc_obj(types[kind], sizeof(DictView));
    if (!v)
        return 0;
    v->dict = dict;
    v->kind = kind;
    return RT_OBJ(v);
}

#define VIEW_TYPE(id, type_name) \
    const Type id = { \
        .type = &type_type, .name = NAME(type_name), .base = &type_object, \
        .print = view_print, .unary_op = view_unary_op, .binary_op = view_binary_op, \
        .getiter = view_getiter, \
    };
VIEW_TYPE(rt_type_dict_keys, dict_keys)
VIEW_TYPE(rt_type_dict_values, dict_values)
VIEW_TYPE(rt_type_dict_items, dict_items)
