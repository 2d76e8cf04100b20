/* Index and argument helpers shared by the sequence types. */
#include "datatypes.h"

int rt_small_arg(Obj o, intptr_t *out) {
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
