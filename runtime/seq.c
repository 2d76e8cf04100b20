/* Index and argument helpers shared by the sequence types. */
#include "datatypes.h"

int rt_small_arg(Obj o, intptr_t *out) {
    o = rt_int_unbox(o);
    if (obj_is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    if (obj_is_type(o, &type_bool)) {
        *out = ((const BoolObj *)o)->value;
        return 0;
    }
    if (obj_is_int(o))
        return rt_int_to_intptr(o, out);
    rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(o)));
    return -1;
}

int rt_seq_index(Obj index, size_t len, const char *what, size_t *out) {
    intptr_t i;
    index = rt_int_unbox(index);
    if (obj_is_small(index))
        i = small_value(index);
    else if (obj_is_type(index, &type_bool))
        i = ((const BoolObj *)index)->value;
    else if (obj_is_int(index))
        i = -(intptr_t)len - 1; /* a bigint is out of range either way */
    else {
        rt_raise_fmt(&type_TypeError, "%s indices must be integers, not %s", what, rt_type_name(type_of(index)));
        return -1;
    }
    if (i < 0)
        i += (intptr_t)len;
    if (i < 0 || (size_t)i >= len) {
        rt_raise_fmt(&type_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

void rt_clamp_range(intptr_t *start, intptr_t *end, size_t len) {
    intptr_t n = (intptr_t)len;
    if (*start < 0 && (*start += n) < 0)
        *start = 0;
    if (*start > n)
        *start = n;
    if (*end < 0 && (*end += n) < 0)
        *end = 0;
    if (*end > n)
        *end = n;
}

/* args[0..n): optional start, end (None = default), clamped to len. */
int rt_range_args(size_t n, const Obj *args, size_t len, intptr_t *start, intptr_t *end) {
    *start = 0;
    *end = (intptr_t)len;
    if (n > 0 && args[0] != RT_NONE && rt_small_arg(args[0], start) < 0)
        return -1;
    if (n > 1 && args[1] != RT_NONE && rt_small_arg(args[1], end) < 0)
        return -1;
    rt_clamp_range(start, end, len);
    return 0;
}

void rt_memmove(void *dst, const void *src, size_t n) {
    if (n)
        __builtin_memmove(dst, src, n);
}

/* a, b = seq: exactly n items into out. */
int rt_unpack(Obj seq, size_t n, Obj *out) {
    if (obj_is_type(seq, &type_tuple) || obj_is_type(seq, &type_list)) {
        Obj *items;
        size_t len;
        rt_seq_items(seq, &items, &len);
        if (len < n) {
            rt_raise_fmt(&type_ValueError, "need more than %d values to unpack", (int)len);
            return -1;
        }
        if (len > n) {
            rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %d)", (int)n);
            return -1;
        }
        rt_memcpy(out, items, n * sizeof(Obj));
        return 0;
    }
    Obj it = rt_getiter(seq);
    if (!it)
        return -1;
    for (size_t i = 0; i < n; i++) {
        Obj x = rt_iternext(it);
        if (!x)
            return -1;
        if (x == RT_STOP) {
            rt_raise_fmt(&type_ValueError, "need more than %d values to unpack", (int)i);
            return -1;
        }
        out[i] = x;
    }
    Obj extra = rt_iternext(it);
    if (!extra)
        return -1;
    if (extra != RT_STOP) {
        rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %d)", (int)n);
        return -1;
    }
    return 0;
}

/* a, *b, c = seq: out gets n_before items, the list of the middle, then
 * n_after items (n_before + 1 + n_after slots). */
int rt_unpack_star(Obj seq, size_t n_before, size_t n_after, Obj *out) {
    Obj list = rt_list_from_iterable(seq);
    if (!list)
        return -1;
    List *l = (List *)list;
    if (l->len < n_before + n_after) {
        rt_raise_fmt(&type_ValueError, "need more than %d values to unpack", (int)l->len);
        return -1;
    }
    rt_memcpy(out, l->items, n_before * sizeof(Obj));
    size_t mid = l->len - n_before - n_after;
    Obj middle = rt_list_new(mid, l->items + n_before);
    if (!middle)
        return -1;
    out[n_before] = middle;
    rt_memcpy(out + n_before + 1, l->items + n_before + mid, n_after * sizeof(Obj));
    return 0;
}

/* Concatenation of n strs (f-strings, implicit joins). */
Obj rt_str_concat(size_t n, const Obj *parts) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += rt_str_len(parts[i]);
    StrBuf b;
    rt_strbuf_init(&b, total + 1);
    for (size_t i = 0; i < n; i++)
        if (rt_stream_write(&b.stream, rt_str_data(parts[i]), rt_str_len(parts[i])) < 0)
            return 0;
    return rt_strbuf_to_str(&b);
}

bool rt_subclass_inits_itself(const Type *type, const Type *base) {
    if (type == base || !(type->flags & RT_TYPE_HEAP))
        return false;
    const Tuple *mro = (const Tuple *)type->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const Type *t = (const Type *)mro->items[i];
        if ((t->flags & RT_TYPE_HEAP) && rt_dict_get(t->dict, NAME(__init__)))
            return true;
    }
    return false;
}
