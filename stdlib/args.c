/* Argument binding for stdlib builtins that take keywords. */
#include "stdlib_modules.h"

int stdlib_bind(const char *fn, size_t n_args, size_t n_kw, const Obj *args,
                const StdlibParam *params, size_t n, Obj *out) {
    size_t n_pos_ok = 0;
    while (n_pos_ok < n && !params[n_pos_ok].kw_only)
        n_pos_ok++;
    if (n_args > n_pos_ok) {
        rt_raise_fmt(&type_TypeError, "function takes %d positional arguments but %d were given",
                     (int)n_pos_ok, (int)n_args);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        out[i] = i < n_args ? args[i] : 0;
    for (size_t k = 0; k < n_kw; k++) {
        Obj name = args[n_args + 2 * k];
        size_t i = 0;
        while (i < n && params[i].name != name)
            i++;
        if (i == n) {
            rt_raise_fmt(&type_TypeError, "unexpected keyword argument '%q'", name);
            return -1;
        }
        if (out[i]) {
            rt_raise_fmt(&type_TypeError, "%s() got multiple values for argument '%q'", fn, name);
            return -1;
        }
        out[i] = args[n_args + 2 * k + 1];
    }
    for (size_t i = 0; i < n; i++)
        if (params[i].required && !out[i]) {
            rt_raise_fmt(&type_TypeError, "'%q' argument required", params[i].name);
            return -1;
        }
    return 0;
}

int stdlib_int_low32(Obj o, uint32_t *out) {
    if (obj_is_small(o)) {
        *out = (uint32_t)(uintptr_t)small_value(o);
        return 0;
    }
    if (obj_is_type(o, &type_bool)) {
        *out = o == RT_TRUE;
        return 0;
    }
    if (!obj_is_int(o)) {
        rt_raise_fmt(&type_TypeError, "can't convert %T to int", o);
        return -1;
    }
    Obj mask = rt_int_from_ull(0xFFFFFFFFu);
    Obj low = mask ? rt_int_binary_op(RT_BINOP_AND, o, mask) : 0;
    long long v;
    if (!low || rt_int_to_ll(low, &v) < 0)
        return -1;
    *out = (uint32_t)v;
    return 0;
}
