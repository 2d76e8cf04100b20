/* list: growable array of items (kept out of line), slicing with extended
 * slice assignment and deletion, the list methods, and a stable merge
 * sort shared with sorted(). */
#include "datatypes.h"

static List *list_alloc(const Type *type, size_t n) {
    List *l = (List *)rt_alloc_instance(type);
    if (!l)
        return NULL;
    if (n) {
        if (n > SIZE_MAX / sizeof(Obj) / 2) {
            rt_raise_memory_error();
            return NULL;
        }
        l->items = rt_alloc(n * sizeof(Obj));
        if (!l->items)
            return NULL;
        l->alloc = n;
    }
    return l;
}

Obj rt_list_new(size_t n, const Obj *items) {
    List *l = list_alloc(&type_list, n < 4 ? 4 : n);
    if (!l)
        return 0;
    l->len = n;
    if (items)
        rt_memcpy(l->items, items, n * sizeof(Obj));
    return RT_OBJ(l);
}

static int reserve(List *l, size_t extra) {
    if (extra > SIZE_MAX / sizeof(Obj) / 2 - l->len) {
        rt_raise_memory_error();
        return -1;
    }
    size_t need = l->len + extra;
    if (need <= l->alloc)
        return 0;
    size_t alloc = l->alloc + l->alloc / 2 + 4;
    if (alloc < need)
        alloc = need;
    Obj *items = rt_realloc(l->items, alloc * sizeof(Obj));
    if (!items)
        return -1;
    l->items = items;
    l->alloc = alloc;
    return 0;
}

int rt_list_append(Obj list, Obj item) {
    List *l = (List *)list;
    if (l->len == l->alloc && reserve(l, 1) < 0)
        return -1;
    l->items[l->len++] = item;
    return 0;
}

static int append_item(void *list, Obj item) { return rt_list_append(RT_OBJ(list), item); }

int rt_seq_items(Obj iterable, Obj **items, size_t *len) {
    if (obj_is_type(iterable, &type_tuple)) {
        *items = rt_tuple_items(iterable);
        *len = rt_tuple_len(iterable);
        return 0;
    }
    if (!obj_is_list(iterable)) {
        iterable = rt_list_from_iterable(iterable);
        if (!iterable)
            return -1;
    }
    *items = ((List *)iterable)->items;
    *len = ((List *)iterable)->len;
    return 0;
}

int rt_list_extend(Obj list, Obj iterable) {
    List *l = (List *)list;
    if (obj_is_list(iterable) || obj_is_type(iterable, &type_tuple)) {
        Obj *items;
        size_t n;
        rt_seq_items(iterable, &items, &n);
        if (reserve(l, n) < 0)
            return -1;
        /* items may be l->items itself (l.extend(l)): reserve came first. */
        if (iterable == list)
            items = l->items;
        rt_memcpy(l->items + l->len, items, n * sizeof(Obj));
        l->len += n;
        return 0;
    }
    return rt_foreach(iterable, append_item, l);
}

Obj rt_list_from_iterable(Obj iterable) {
    Obj l = rt_list_new(0, NULL);
    if (!l || rt_list_extend(l, iterable) < 0)
        return 0;
    return l;
}

Obj rt_list_pop(Obj list, intptr_t index) {
    List *l = (List *)list;
    if (l->len == 0)
        return rt_raise_msg(&type_IndexError, "pop from empty list");
    size_t i;
    if (rt_seq_index(small_from(index), l->len, "list", &i) < 0)
        return 0;
    Obj v = l->items[i];
    rt_memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Obj));
    l->items[--l->len] = 0;
    if (l->alloc > 16 && l->len < l->alloc / 4) {
        Obj *items = rt_realloc(l->items, (l->alloc / 2) * sizeof(Obj));
        if (items) {
            l->items = items;
            l->alloc /= 2;
        }
    }
    return v;
}

/* ---- printing, with a guard against self-containing lists -------------- */

#define REPR_GUARD_DEPTH 16
static Obj repr_in_progress[REPR_GUARD_DEPTH];
static size_t repr_depth;

static int list_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    for (size_t i = 0; i < repr_depth && i < REPR_GUARD_DEPTH; i++)
        if (repr_in_progress[i] == self)
            return rt_stream_write(s, "[...]", 5);
    if (repr_depth < REPR_GUARD_DEPTH)
        repr_in_progress[repr_depth] = self;
    repr_depth++;
    int r = rt_stream_write(s, "[", 1);
    const List *l = (const List *)self;
    for (size_t i = 0; r == 0 && i < l->len; i++) {
        if (i && rt_stream_write(s, ", ", 2) < 0)
            r = -1;
        else
            r = rt_print(s, l->items[i], RT_PRINT_REPR);
    }
    if (r == 0)
        r = rt_stream_write(s, "]", 1);
    repr_depth--;
    if (repr_depth < REPR_GUARD_DEPTH)
        repr_in_progress[repr_depth] = 0;
    return r;
}

/* ---- operators ---------------------------------------------------------- */

static Obj list_unary_op(UnaryOp op, Obj self) {
    const List *l = (const List *)self;
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(l->len != 0);
    case RT_UNARY_LEN: return small_from((intptr_t)l->len);
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj repeat(Obj list, Obj count) {
    intptr_t n;
    if (!obj_is_int(count) && !obj_is_type(count, &type_bool))
        return RT_NOT_IMPLEMENTED;
    if (rt_small_arg(count, &n) < 0)
        return 0;
    const List *l = (const List *)list;
    if (n <= 0 || l->len == 0)
        return rt_list_new(0, NULL);
    if ((size_t)n > SIZE_MAX / sizeof(Obj) / 2 / l->len)
        return rt_raise_memory_error();
    Obj r = rt_list_new(l->len * (size_t)n, NULL);
    if (!r)
        return 0;
    for (intptr_t i = 0; i < n; i++)
        rt_memcpy(((List *)r)->items + (size_t)i * l->len, l->items, l->len * sizeof(Obj));
    return r;
}

static Obj list_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    if (op & RT_BINOP_REVERSE) {
        if ((op & ~RT_BINOP_REVERSE) == RT_BINOP_MULTIPLY)
            return repeat(rhs, lhs);
        return RT_NOT_IMPLEMENTED;
    }
    const List *a = (const List *)lhs;
    switch (op) {
    case RT_BINOP_CONTAINS:
        for (size_t i = 0; i < a->len; i++) {
            int eq = rt_equal(a->items[i], rhs);
            if (eq)
                return eq < 0 ? 0 : RT_TRUE;
        }
        return RT_FALSE;
    case RT_BINOP_ADD: {
        if (!obj_is_list(rhs))
            return RT_NOT_IMPLEMENTED;
        const List *b = (const List *)rhs;
        Obj r = rt_list_new(a->len + b->len, NULL);
        if (!r)
            return 0;
        rt_memcpy(((List *)r)->items, a->items, a->len * sizeof(Obj));
        rt_memcpy(((List *)r)->items + a->len, b->items, b->len * sizeof(Obj));
        return r;
    }
    case RT_BINOP_INPLACE_ADD:
        return rt_list_extend(lhs, rhs) < 0 ? 0 : lhs;
    case RT_BINOP_MULTIPLY:
        return repeat(lhs, rhs);
    case RT_BINOP_INPLACE_MULTIPLY: {
        Obj r = repeat(lhs, rhs);
        if (!r || r == RT_NOT_IMPLEMENTED)
            return r;
        List *l = (List *)lhs;
        l->items = ((List *)r)->items;
        l->len = ((List *)r)->len;
        l->alloc = ((List *)r)->alloc;
        return lhs;
    }
    default:
        if (op < RT_BINOP_FIRST_ARITH && obj_is_list(rhs)) {
            const List *b = (const List *)rhs;
            return rt_sequence_compare(op, a->items, a->len, b->items, b->len);
        }
        return RT_NOT_IMPLEMENTED;
    }
}

/* ---- subscripts --------------------------------------------------------- */

static Obj slice_load(const List *l, Obj index) {
    SliceSpan sp;
    if (rt_slice_span(index, l->len, &sp) < 0)
        return 0;
    Obj r = rt_list_new(sp.count, NULL);
    if (!r)
        return 0;
    for (size_t i = 0; i < sp.count; i++)
        ((List *)r)->items[i] = l->items[sp.start + (intptr_t)i * sp.step];
    return r;
}

static void delete_span(List *l, const SliceSpan *sp) {
    if (sp->count == 0)
        return;
    size_t lo = (size_t)sp->start, step = (size_t)sp->step;
    if (sp->step < 0) {
        lo = (size_t)(sp->start + (intptr_t)(sp->count - 1) * sp->step);
        step = (size_t)-sp->step;
    }
    /* Compact: keep every item not on the arithmetic progression. */
    size_t w = lo;
    for (size_t r = lo; r < l->len; r++) {
        bool hit = r <= lo + (sp->count - 1) * step && (r - lo) % step == 0;
        if (!hit)
            l->items[w++] = l->items[r];
    }
    for (size_t i = w; i < l->len; i++)
        l->items[i] = 0;
    l->len = w;
}

static Obj slice_store(List *l, Obj index, Obj value) {
    SliceSpan sp;
    if (rt_slice_span(index, l->len, &sp) < 0)
        return 0;
    if (value == RT_DELETE) {
        delete_span(l, &sp);
        return RT_NONE;
    }
    Obj *src;
    size_t n;
    if (value == RT_OBJ(l)) {
        Obj copy = rt_list_new(l->len, l->items);
        if (!copy)
            return 0;
        value = copy;
    }
    if (rt_seq_items(value, &src, &n) < 0)
        return 0;
    if (sp.step != 1) {
        if (n != sp.count)
            return rt_raise_fmt(&type_ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                                (int)n, (int)sp.count);
        for (size_t i = 0; i < n; i++)
            l->items[sp.start + (intptr_t)i * sp.step] = src[i];
        return RT_NONE;
    }
    size_t start = (size_t)sp.start, old = sp.count;
    if (n > old && reserve(l, n - old) < 0)
        return 0;
    rt_memmove(l->items + start + n, l->items + start + old, (l->len - start - old) * sizeof(Obj));
    rt_memcpy(l->items + start, src, n * sizeof(Obj));
    for (size_t i = l->len + n - old; i < l->len; i++)
        l->items[i] = 0;
    l->len = l->len + n - old;
    return RT_NONE;
}

static Obj list_subscr(Obj self, Obj index, Obj value) {
    List *l = (List *)self;
    if (obj_is_slice(index))
        return value ? slice_store(l, index, value) : slice_load(l, index);
    size_t i;
    if (rt_seq_index(index, l->len, "list", &i) < 0)
        return 0;
    if (!value)
        return l->items[i];
    if (value == RT_DELETE) {
        rt_memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Obj));
        l->items[--l->len] = 0;
        return RT_NONE;
    }
    l->items[i] = value;
    return RT_NONE;
}

/* ---- sorting -------------------------------------------------------------- */

typedef struct SortItem {
    Obj key, value;
} SortItem;

/* a < b: 1, 0, or -1 raised. The usual sort keys (small ints, str, tuples
 * of them) are compared here with the operators' semantics (tuples: the
 * first items that are not equal decide, else the lengths); anything else
 * goes through the generic operator. */
static int key_less(Obj a, Obj b) {
    if (obj_is_small(a) && obj_is_small(b))
        return (intptr_t)a < (intptr_t)b; /* the tagging keeps the order */
    if (!obj_is_small(a) && !obj_is_small(b) && type_of(a) == type_of(b)) {
        const Type *t = type_of(a);
        if (t == &type_str) {
            size_t na = rt_str_len(a), nb = rt_str_len(b);
            int c = rt_memcmp(rt_str_data(a), rt_str_data(b), na < nb ? na : nb);
            return c < 0 || (c == 0 && na < nb);
        }
        if (t == &type_tuple) {
            size_t na = rt_tuple_len(a), nb = rt_tuple_len(b), n = na < nb ? na : nb;
            const Obj *x = rt_tuple_items(a), *y = rt_tuple_items(b);
            for (size_t i = 0; i < n; i++) {
                int eq = rt_equal(x[i], y[i]);
                if (eq < 0)
                    return -1;
                if (!eq)
                    return key_less(x[i], y[i]);
            }
            return na < nb;
        }
    }
    Obj r = rt_binary_op(RT_BINOP_LESS, a, b);
    if (!r)
        return -1;
    return rt_truthy(r);
}

/* 1 when a sorts before b, 0 otherwise, -1 raised. */
static int sorts_before(Obj a, Obj b, bool reverse) {
    return reverse ? key_less(b, a) : key_less(a, b);
}

static int merge_sort(SortItem *v, SortItem *tmp, size_t n, bool reverse) {
    /* Insertion sort on runs of 8, then bottom-up merges. Stable. */
    const size_t run = 8;
    for (size_t lo = 0; lo < n; lo += run) {
        size_t hi = lo + run < n ? lo + run : n;
        for (size_t i = lo + 1; i < hi; i++) {
            SortItem x = v[i];
            size_t j = i;
            while (j > lo) {
                int c = sorts_before(x.key, v[j - 1].key, reverse);
                if (c < 0)
                    return -1;
                if (!c)
                    break;
                v[j] = v[j - 1];
                j--;
            }
            v[j] = x;
        }
    }
    for (size_t width = run; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width, hi = mid + width < n ? mid + width : n;
            size_t i = lo, j = mid, k = 0;
            while (i < mid && j < hi) {
                int c = sorts_before(v[j].key, v[i].key, reverse);
                if (c < 0)
                    return -1;
                tmp[k++] = c ? v[j++] : v[i++];
            }
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
            rt_memcpy(v + lo, tmp, k * sizeof(SortItem));
        }
    }
    return 0;
}

int rt_sort_items(Obj *items, size_t n, Obj key, bool reverse) {
    if (n < 2)
        return 0;
    SortItem *v = rt_alloc(2 * n * sizeof(SortItem));
    if (!v)
        return -1;
    for (size_t i = 0; i < n; i++) {
        v[i].value = items[i];
        v[i].key = key && key != RT_NONE ? rt_call1(key, items[i]) : items[i];
        if (!v[i].key)
            return -1;
    }
    if (merge_sort(v, v + n, n, reverse) < 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        items[i] = v[i].value;
    rt_free(v);
    return 0;
}

/* key= and reverse= keyword arguments (kw: n_kw pairs). */
int rt_sort_keywords(size_t n_kw, const Obj *kw, Obj *key, bool *reverse) {
    *key = 0;
    *reverse = false;
    for (size_t i = 0; i < n_kw; i++) {
        Obj name = kw[2 * i], value = kw[2 * i + 1];
        if (name == NAME(key)) {
            *key = value;
        } else if (name == NAME(reverse)) {
            int t = rt_truthy(value);
            if (t < 0)
                return -1;
            *reverse = t;
        } else {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", name);
            return -1;
        }
    }
    return 0;
}

/* ---- methods -------------------------------------------------------------- */

static Obj list_append(Obj self, Obj x) { return rt_list_append(self, x) < 0 ? 0 : RT_NONE; }
RT_METHOD2(list_append_obj, list_append);

static Obj list_extend(Obj self, Obj x) { return rt_list_extend(self, x) < 0 ? 0 : RT_NONE; }
RT_METHOD2(list_extend_obj, list_extend);

static Obj list_insert(Obj self, Obj index, Obj x) {
    List *l = (List *)self;
    intptr_t i;
    if (rt_small_arg(index, &i) < 0)
        return 0;
    if (i < 0 && (i += (intptr_t)l->len) < 0)
        i = 0;
    if ((size_t)i > l->len)
        i = (intptr_t)l->len;
    if (reserve(l, 1) < 0)
        return 0;
    rt_memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(Obj));
    l->items[i] = x;
    l->len++;
    return RT_NONE;
}
RT_METHOD3(list_insert_obj, list_insert);

static Obj list_pop(size_t n, const Obj *args) {
    intptr_t i = -1;
    if (n == 2 && rt_small_arg(args[1], &i) < 0)
        return 0;
    return rt_list_pop(args[0], i);
}
RT_METHOD_VAR(list_pop_obj, 1, 2, list_pop);

/* Position of x in items[start:end], or -1 (not found) / -2 (raised). */
static intptr_t find_item(const Obj *items, intptr_t start, intptr_t end, Obj x) {
    for (intptr_t i = start; i < end; i++) {
        int eq = rt_equal(items[i], x);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

static Obj list_remove(Obj self, Obj x) {
    List *l = (List *)self;
    intptr_t i = find_item(l->items, 0, (intptr_t)l->len, x);
    if (i == -2)
        return 0;
    if (i < 0)
        return rt_raise_msg(&type_ValueError, "object not in sequence");
    return list_subscr(self, small_from(i), RT_DELETE);
}
RT_METHOD2(list_remove_obj, list_remove);

static Obj list_clear(Obj self) {
    List *l = (List *)self;
    l->len = 0;
    l->alloc = 4;
    l->items = rt_alloc(4 * sizeof(Obj));
    if (!l->items) {
        l->alloc = 0;
        return 0;
    }
    return RT_NONE;
}
RT_METHOD1(list_clear_obj, list_clear);

/* list.__init__([iterable]): reached by super().__init__ in a subclass
 * (whose instance make_new left empty). */
static Obj list_init(size_t n, const Obj *args) {
    if (!list_clear(args[0]))
        return 0;
    return n == 2 && rt_list_extend(args[0], args[1]) < 0 ? 0 : RT_NONE;
}
RT_METHOD_VAR(list_init_obj, 1, 2, list_init);

static Obj list_copy(Obj self) {
    const List *l = (const List *)self;
    return rt_list_new(l->len, l->items);
}
RT_METHOD1(list_copy_obj, list_copy);

/* count / index over an item array (shared shape with tuple.c). */
Obj rt_items_count(const Obj *items, size_t n, Obj x) {
    intptr_t c = 0;
    for (size_t i = 0; i < n; i++) {
        int eq = rt_equal(items[i], x);
        if (eq < 0)
            return 0;
        c += eq;
    }
    return small_from(c);
}

Obj rt_items_index(const Obj *items, size_t len, size_t n_args, const Obj *args) {
    intptr_t start, end;
    if (rt_range_args(n_args - 2, args + 2, len, &start, &end) < 0)
        return 0;
    intptr_t i = find_item(items, start, end, args[1]);
    if (i == -2)
        return 0;
    if (i < 0)
        return rt_raise_msg(&type_ValueError, "object not in sequence");
    return small_from(i);
}

static Obj list_count(Obj self, Obj x) {
    const List *l = (const List *)self;
    return rt_items_count(l->items, l->len, x);
}
RT_METHOD2(list_count_obj, list_count);

static Obj list_index(size_t n, const Obj *args) {
    const List *l = (const List *)args[0];
    return rt_items_index(l->items, l->len, n, args);
}
RT_METHOD_VAR(list_index_obj, 2, 4, list_index);

static Obj list_reverse(Obj self) {
    List *l = (List *)self;
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Obj t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return RT_NONE;
}
RT_METHOD1(list_reverse_obj, list_reverse);

static Obj list_sort(size_t n_args, size_t n_kw, const Obj *args) {
    if (n_args != 1)
        return rt_raise_fmt(&type_TypeError, "function takes 1 positional arguments but %d were given", (int)n_args);
    Obj key;
    bool reverse;
    if (rt_sort_keywords(n_kw, args + 1, &key, &reverse) < 0)
        return 0;
    /* The list is empty while it sorts (as in CPython), so a key function
     * that mutates it cannot pull the storage from under the sort. */
    List *l = (List *)args[0];
    Obj *items = l->items;
    size_t len = l->len, alloc = l->alloc;
    l->items = NULL;
    l->len = l->alloc = 0;
    int r = rt_sort_items(items, len, key, reverse);
    bool modified = l->len != 0 || l->items != NULL;
    l->items = items;
    l->len = len;
    l->alloc = alloc;
    if (r < 0)
        return 0;
    if (modified)
        return rt_raise_msg(&type_ValueError, "list modified during sort");
    return RT_NONE;
}
RT_METHOD_KW(list_sort_obj, 1, 1, list_sort);

Obj rt_list_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    if (rt_subclass_inits_itself(type, &type_list))
        return RT_OBJ(list_alloc(type, 4));
    if (rt_check_args(n_args, n_kw, 0, 1, false) < 0)
        return 0;
    List *l = list_alloc(type, 4);
    if (!l)
        return 0;
    if (n_args == 1 && rt_list_extend(RT_OBJ(l), args[0]) < 0)
        return 0;
    return RT_OBJ(l);
}


const Type type_list = {
    .type = &type_type,
    .name = NAME(list),
    .flags = RT_TYPE_BASE_OK | RT_TYPE_LIST,
    .instance_size = sizeof(List),
    .base = &type_object,
    .attrs = rt_list_attrs,
    .n_attrs = RT_LIST_N_ATTRS,
    .make_new = rt_new_list,  /* methods.h: RT_CONSTRUCTORS */
    .print = list_print,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = rt_seq_iter_new,
};
