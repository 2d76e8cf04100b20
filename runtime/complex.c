/* complex: both parts mp_float; arithmetic, equality, abs, repr. */
#include "rt_internal.h"

Obj rt_complex_new(mp_float real, mp_float imag) {
    Complex *c = rt_alloc_obj(&type_complex, sizeof(Complex));
    if (!c)
        return 0;
    c->real = real;
    c->imag = imag;
    return RT_OBJ(c);
}

static int get_complex(Obj o, mp_float *re, mp_float *im) {
    if (type_of(o) == &type_complex) {
        *re = ((const Complex *)o)->real;
        *im = ((const Complex *)o)->imag;
        return 0;
    }
    *im = 0;
    return rt_get_float(o, re);
}

static int print_part(Stream *s, mp_float v) {
    char buf[40];
    size_t n = rt_float_repr(v, buf, sizeof buf);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0')
        n -= 2;
    return rt_stream_write(s, buf, n);
}

static int complex_print(Stream *s, Obj self, PrintKind kind) {
    (void)kind;
    const Complex *c = (const Complex *)self;
    if (c->real == 0 && 1 / c->real > 0) {
        if (print_part(s, c->imag) < 0)
            return -1;
        return rt_stream_write(s, "j", 1);
    }
    if (rt_stream_write(s, "(", 1) < 0 || print_part(s, c->real) < 0)
        return -1;
    if (!(c->imag < 0 || (c->imag == 0 && 1 / c->imag < 0)) && rt_stream_write(s, "+", 1) < 0)
        return -1;
    if (print_part(s, c->imag) < 0)
        return -1;
    return rt_stream_write(s, "j)", 2);
}

static Obj complex_binary_op(BinaryOp op, Obj lhs, Obj rhs) {
    mp_float ar, ai, br, bi;
    bool reversed = (op & RT_BINOP_REVERSE) != 0;
    op = RT_BINOP_BASE((BinaryOp)(op & ~RT_BINOP_REVERSE));
    if (get_complex(lhs, &ar, &ai) < 0 || get_complex(rhs, &br, &bi) < 0) {
        rt_exc_clear();
        return RT_NOT_IMPLEMENTED;
    }
    (void)reversed;
    switch (op) {
    case RT_BINOP_ADD: return rt_complex_new(ar + br, ai + bi);
    case RT_BINOP_SUBTRACT: return rt_complex_new(ar - br, ai - bi);
    case RT_BINOP_MULTIPLY: return rt_complex_new(ar * br - ai * bi, ar * bi + ai * br);
    case RT_BINOP_TRUE_DIVIDE: {
        mp_float d = br * br + bi * bi;
        if (d == 0)
            return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
        return rt_complex_new((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
    }
    case RT_BINOP_POWER: {
        if (br == 0 && bi == 0)
            return rt_complex_new(1, 0);
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0)
                return rt_raise_msg(&type_ZeroDivisionError, "0.0 to a complex power");
            return rt_complex_new(0, 0);
        }
        double mag = __builtin_hypot((double)ar, (double)ai), arg = __builtin_atan2((double)ai, (double)ar);
        double lm = __builtin_log(mag);
        double nm = __builtin_exp((double)br * lm - (double)bi * arg);
        double na = (double)bi * lm + (double)br * arg;
        return rt_complex_new((mp_float)(nm * __builtin_cos(na)), (mp_float)(nm * __builtin_sin(na)));
    }
    case RT_BINOP_EQUAL: return rt_bool(ar == br && ai == bi);
    case RT_BINOP_NOT_EQUAL: return rt_bool(ar != br || ai != bi);
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj complex_unary_op(UnaryOp op, Obj self) {
    const Complex *c = (const Complex *)self;
    switch (op) {
    case RT_UNARY_BOOL: return rt_bool(c->real != 0 || c->imag != 0);
    case RT_UNARY_POSITIVE: return self;
    case RT_UNARY_NEGATIVE: return rt_complex_new(-c->real, -c->imag);
    case RT_UNARY_ABS: return rt_float_new((mp_float)__builtin_hypot((double)c->real, (double)c->imag));
    case RT_UNARY_HASH: {
        Obj h = rt_hash(rt_float_new(c->real));
        return h ? small_from((small_value(h) + 1000003 * (intptr_t)(c->imag * 1000)) & RT_SMALL_MAX) : 0;
    }
    default: return RT_NOT_IMPLEMENTED;
    }
}

static Obj complex_attr(Obj self, Obj name, Obj value) {
    const Complex *c = (const Complex *)self;
    if (value)
        return RT_NO_ATTR;
    if (name == NAME(real))
        return rt_float_new(c->real);
    if (name == NAME(imag))
        return rt_float_new(c->imag);
    return RT_NO_ATTR;
}

static Obj complex_conjugate(Obj self) {
    const Complex *c = (const Complex *)self;
    return rt_complex_new(c->real, -c->imag);
}
static RT_METHOD1(complex_conjugate_obj, complex_conjugate);

static const AttrEntry complex_attrs[] = {
    { NAME(conjugate), RT_OBJ(&complex_conjugate_obj) },
};

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* One part of a complex literal; "" or a lone sign is the unit imaginary. */
static int parse_part(const char *p, size_t len, bool imaginary, mp_float *out) {
    if (imaginary && (len == 0 || (len == 1 && (*p == '+' || *p == '-')))) {
        *out = len && *p == '-' ? -1 : 1;
        return 0;
    }
    Obj f = rt_float_parse(p, len);
    if (!f)
        return -1;
    *out = rt_float_value(f);
    return 0;
}

/* complex("1+2j"), "2.5", "-j", "(1-2.5e3j)". As in MicroPython, a space
 * without a sign between the parts counts as a plus ("1 1j"). */
static Obj complex_parse(const char *p, size_t len) {
    const char *end = p + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (end - p >= 2 && *p == '(' && end[-1] == ')') {
        p++, end--;
        while (p < end && is_space(*p))
            p++;
        while (end > p && is_space(end[-1]))
            end--;
    }
    mp_float re = 0, im = 0;
    if (p == end)
        return rt_raise_msg(&type_ValueError, "invalid syntax for number");
    if (end[-1] != 'j' && end[-1] != 'J') {
        if (parse_part(p, (size_t)(end - p), false, &re) < 0)
            return 0;
        return rt_complex_new(re, 0);
    }
    end--;
    /* The imaginary part starts at the last sign not opening an exponent. */
    const char *split = p;
    for (const char *q = end; q > p; q--) {
        char c = q[-1];
        if ((c == '+' || c == '-') && q - 1 > p && q[-2] != 'e' && q[-2] != 'E') {
            split = q - 1;
            break;
        }
        if (is_space(c) && q < end && q[0] != '+' && q[0] != '-') {
            split = q;
            break;
        }
    }
    if (split > p && parse_part(p, (size_t)(split - p), false, &re) < 0)
        return 0;
    if (parse_part(split, (size_t)(end - split), true, &im) < 0)
        return 0;
    return rt_complex_new(re, im);
}

static Obj complex_make_new(const Type *type, size_t n_args, size_t n_kw, const Obj *args) {
    (void)type;
    if (rt_check_args(n_args, n_kw, 0, 2, false) < 0)
        return 0;
    if (n_args >= 1 && obj_is_str(args[0])) {
        if (n_args == 2)
            return rt_raise_msg(&type_TypeError, "complex() can't take second arg if first is a string");
        return complex_parse(rt_str_data(args[0]), rt_str_len(args[0]));
    }
    mp_float ar = 0, ai = 0, br = 0, bi = 0;
    if (n_args >= 1 && get_complex(args[0], &ar, &ai) < 0)
        return 0;
    if (n_args == 2 && get_complex(args[1], &br, &bi) < 0)
        return 0;
    return rt_complex_new(ar - bi, ai + br);
}

const Type type_complex = {
    .type = &type_type, .name = NAME(complex), .base = &type_object,
    .n_attrs = sizeof complex_attrs / sizeof complex_attrs[0], .attrs = complex_attrs,
    .make_new = complex_make_new, .print = complex_print,
    .unary_op = complex_unary_op, .binary_op = complex_binary_op, .attr = complex_attr,
};
