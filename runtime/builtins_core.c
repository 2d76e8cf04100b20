/* The builtin functions of the core (object protocol and numbers) and the
 * builtins module; builtins.def lists the namespace. */
#include "datatypes.h"
#include "codegen_support.h"
#include "optional.h"

Obj rt_builtin_isinstance(Obj obj, Obj classinfo) {
    int r = rt_isinstance(obj, classinfo);
    return r < 0 ? 0 : rt_bool(r);
}
RT_FN2(rt_builtin_isinstance_obj, rt_builtin_isinstance);

Obj rt_builtin_issubclass(Obj cls, Obj classinfo) {
    int r = rt_issubclass(cls, classinfo);
    return r < 0 ? 0 : rt_bool(r);
}
RT_FN2(rt_builtin_issubclass_obj, rt_builtin_issubclass);

static Obj check_name(Obj name) {
    if (!obj_is_str(name))
        return rt_raise_msg(&type_TypeError, "attribute name must be string");
    return rt_str_intern_obj(name);
}

Obj rt_builtin_getattr(size_t n, const Obj *args) {
    Obj name = check_name(args[1]);
    if (!name)
        return 0;
    if (n == 3)
        return rt_load_attr_default(args[0], name, args[2]);
    return rt_load_attr(args[0], name);
}
RT_FN_VAR(rt_builtin_getattr_obj, 2, 3, rt_builtin_getattr);

Obj rt_builtin_setattr(Obj obj, Obj name, Obj value) {
    if (!(name = check_name(name)))
        return 0;
    return rt_store_attr(obj, name, value) < 0 ? 0 : RT_NONE;
}
RT_FN3(rt_builtin_setattr_obj, rt_builtin_setattr);

Obj rt_builtin_hasattr(Obj obj, Obj name) {
    if (!(name = check_name(name)))
        return 0;
    Obj v = rt_load_attr_default(obj, name, 0);
    if (!v && rt_exc_pending())
        return 0;
    return rt_bool(v != 0);
}
RT_FN2(rt_builtin_hasattr_obj, rt_builtin_hasattr);

Obj rt_builtin_delattr(Obj obj, Obj name) {
    if (!(name = check_name(name)))
        return 0;
    return rt_delete_attr(obj, name) < 0 ? 0 : RT_NONE;
}
RT_FN2(rt_builtin_delattr_obj, rt_builtin_delattr);

Obj rt_builtin_id(Obj o) {
    return rt_int_from_uintptr(o);
}
RT_FN1(rt_builtin_id_obj, rt_builtin_id);

Obj rt_builtin_hash(Obj o) { return rt_hash(o); }
RT_FN1(rt_builtin_hash_obj, rt_builtin_hash);

Obj rt_builtin_callable(Obj o) {
    const Type *t = type_of(o);
    if (t->flags & RT_TYPE_HEAP)
        return rt_bool(rt_type_lookup(t, NAME(__call__)) != 0);
    return rt_bool(t->call != NULL);
}
RT_FN1(rt_builtin_callable_obj, rt_builtin_callable);

Obj rt_builtin_repr(Obj o) { return rt_repr(o); }
RT_FN1(rt_builtin_repr_obj, rt_builtin_repr);

RT_FN_KW(rt_builtin_print_obj, 0, RT_MAX_ARGS, rt_builtin_print);

static Obj builtin_abs(Obj o) { return rt_unary_op(RT_UNARY_ABS, o); }
RT_FN1(rt_builtin_abs_obj, builtin_abs);

static Obj builtin_divmod(Obj a, Obj b) { return rt_binary_op(RT_BINOP_DIVMOD, a, b); }
RT_FN2(rt_builtin_divmod_obj, builtin_divmod);

static Obj builtin_pow(size_t n, const Obj *args) {
    if (n == 3)
        return rt_int_pow3(args[0], args[1], args[2]);
    return rt_binary_op(RT_BINOP_POWER, args[0], args[1]);
}
RT_FN_VAR(rt_builtin_pow_obj, 2, 3, builtin_pow);

static Obj number_format(Obj o, int base, const char *prefix) {
    if (!obj_is_int(o) && type_of(o) != &type_bool)
        return rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(o)));
    if (type_of(o) == &type_bool)
        o = small_from(((const BoolObj *)o)->value);
    return rt_int_format(o, base, prefix, false);
}
static Obj builtin_hex(Obj o) { return number_format(o, 16, "0x"); }
static Obj builtin_oct(Obj o) { return number_format(o, 8, "0o"); }
static Obj builtin_bin(Obj o) { return number_format(o, 2, "0b"); }
RT_FN1(rt_builtin_hex_obj, builtin_hex);
RT_FN1(rt_builtin_oct_obj, builtin_oct);
RT_FN1(rt_builtin_bin_obj, builtin_bin);

/* round(x[, n]): halves to even, as Python 3. */
static Obj builtin_round(size_t n, const Obj *args) {
    Obj x = args[0];
    bool has_digits = n == 2 && args[1] != RT_NONE;
    intptr_t digits = 0;
    if (has_digits && rt_get_int(args[1], &digits) < 0)
        return 0;
    if (obj_is_int(x) || type_of(x) == &type_bool) {
        if (type_of(x) == &type_bool)
            x = small_from(((const BoolObj *)x)->value);
        if (digits >= 0)
            return x;
        Obj p = rt_binary_op(RT_BINOP_POWER, small_from(10), small_from(-digits));
        if (!p)
            return 0;
        Obj qr = rt_binary_op(RT_BINOP_DIVMOD, x, p);
        if (!qr)
            return 0;
        Obj q = rt_tuple_items(qr)[0], r = rt_tuple_items(qr)[1];
        Obj twice = rt_binary_op(RT_BINOP_ADD, r, r);
        int c = rt_int_compare(twice, p);
        if (c > 0 || (c == 0 && rt_binary_op(RT_BINOP_AND, q, small_from(1)) == small_from(1)))
            q = rt_binary_op(RT_BINOP_ADD, q, small_from(1));
        return q ? rt_binary_op(RT_BINOP_MULTIPLY, q, p) : 0;
    }
    if (!obj_is_float(x))
        return rt_raise_fmt(&type_TypeError, "can't convert %s to float", rt_type_name(type_of(x)));
    mp_float v = rt_float_value(x);
    if (!has_digits) {
        if (v != v)
            return rt_raise_msg(&type_ValueError, "can't convert NaN to int");
        if (v - v != 0)
            return rt_raise_msg(&type_OverflowError, "can't convert inf to int");
        mp_float f = (mp_float)__builtin_floor((double)v);
        mp_float diff = v - f;
        if (diff > (mp_float)0.5 || (diff == (mp_float)0.5 && __builtin_fmod((double)f, 2.0) != 0))
            f += 1;
        return rt_int_from_float(f);
    }
    if (v != v || v - v != 0 || digits > 300)
        return x;
    /* Decimal rounding through the exact formatter. */
    char buf[400];
    if (digits >= 0) {
        rt_float_format(v, 'f', (int)digits, buf, sizeof buf);
        return rt_float_parse(buf, rt_strlen(buf));
    }
    mp_float p = (mp_float)__builtin_pow(10.0, (double)-digits);
    mp_float y = v / p;
    mp_float f = (mp_float)__builtin_floor((double)y);
    mp_float diff = y - f;
    if (diff > (mp_float)0.5 || (diff == (mp_float)0.5 && __builtin_fmod((double)f, 2.0) != 0))
        f += 1;
    return rt_float_new(f * p);
}
RT_FN_VAR(rt_builtin_round_obj, 1, 2, builtin_round);

/* the image anchors class_build.c when the program names __build_class__ */
#pragma weak rt_build_class
static Obj builtin_build_class(size_t n, const Obj *args) {
    /* __build_class__(body_fn, name, *bases): body fills a new dict. */
    Obj ns = rt_dict_new(8);
    if (!ns || !rt_call1(args[0], ns))
        return 0;
    Obj bases = rt_tuple_new(n - 2, args + 2);
    return bases ? rt_build_class(args[1], bases, ns, 0) : 0;
}
RT_FN_VAR(rt_builtin_build_class_obj, 2, RT_MAX_ARGS, builtin_build_class);

/* The package a relative __import__ starts from: the importing module
 * itself when it is a package (some compiled-in module lies below it),
 * else its parent. NULL when there is none (a top-level plain module). */
static bool is_package_name(const char *s, size_t n) {
    for (size_t i = 0; i < rt_image_modules_count; i++) {
        Obj m = rt_image_modules[i].name;
        if (rt_str_len(m) > n && rt_str_data(m)[n] == '.' && !rt_memcmp(rt_str_data(m), s, n))
            return true;
    }
    return false;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0):
 * imports modules compiled into the program, builtin and stdlib ones; the
 * top-level package unless fromlist is non-empty. */
static Obj builtin_import(size_t n, const Obj *args) {
    Obj name = args[0];
    if (!obj_is_str(name))
        return rt_raise_fmt(&type_TypeError, "__import__() argument 1 must be str");
    intptr_t level = 0;
    if (n > 4 && rt_get_int(args[4], &level) < 0)
        return 0;
    if (level < 0)
        return rt_raise_fmt(&type_ValueError, "level must be >= 0");
    int leaf = 0;
    if (n > 3 && args[3] != RT_NONE && (leaf = rt_truthy(args[3])) < 0)
        return 0;
    if (level > 0) {
        Obj globals = n > 1 ? args[1] : RT_NONE;
        Obj base = globals != RT_NONE && obj_is_type(globals, &type_dict) ? rt_dict_get(globals, NAME(__name__)) : 0;
        if (!base || !obj_is_str(base))
            return rt_raise_fmt(&type_ImportError, "can't perform relative import");
        const char *s = rt_str_data(base);
        size_t len = rt_str_len(base);
        for (intptr_t drop = is_package_name(s, len) ? level - 1 : level; drop > 0; drop--) {
            while (len > 0 && s[len - 1] != '.')
                len--;
            if (len == 0)
                return rt_raise_fmt(&type_ImportError, "can't perform relative import");
            len--;
        }
        StrBuf b;
        rt_strbuf_init(&b, len + rt_str_len(name) + 1);
        rt_stream_write(&b.stream, s, len);
        if (rt_str_len(name)) {
            rt_stream_write(&b.stream, ".", 1);
            rt_stream_write(&b.stream, rt_str_data(name), rt_str_len(name));
        }
        if (!(name = rt_strbuf_to_str(&b)))
            return 0;
    } else if (rt_str_len(name) == 0) {
        return rt_raise_fmt(&type_ValueError, "Empty module name");
    }
    if (!(name = rt_str_intern_obj(name)))
        return 0;
    return mpyc_import(name, leaf);
}
RT_FN_VAR(rt_builtin_import_obj, 1, 5, builtin_import);

/* eval/exec/compile need code compiled at run time: the bytecode VM, which
 * does not exist yet. A clear error rather than a NameError. */
static Obj builtin_no_vm(const char *what) {
    return rt_raise_fmt(&type_NotImplementedError, "%s() needs the bytecode VM, not available in this build", what);
}
static Obj builtin_eval(size_t n, const Obj *args) { (void)n; (void)args; return builtin_no_vm("eval"); }
static Obj builtin_exec(size_t n, const Obj *args) { (void)n; (void)args; return builtin_no_vm("exec"); }
static Obj builtin_compile(size_t n, const Obj *args) { (void)n; (void)args; return builtin_no_vm("compile"); }
RT_FN_VAR(rt_builtin_eval_obj, 1, 3, builtin_eval);
RT_FN_VAR(rt_builtin_exec_obj, 1, 3, builtin_exec);
RT_FN_VAR(rt_builtin_compile_obj, 3, 6, builtin_compile);
