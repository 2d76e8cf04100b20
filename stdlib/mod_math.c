/* The math module (MicroPython's math on a port with double floats). Each
 * function and constant is its own ROM object (stdlib_math_<name>, listed
 * in modules.def), so that a firmware keeps only the ones the program
 * names: the image defines the module's table (backend-c/reach.c);
 * registry.c holds the full one (the host, the C tests).
 *
 * Errors as MicroPython (and CPython): a NaN from non-NaN arguments is
 * ValueError "math domain error", an infinity from finite ones OverflowError
 * "math range error"; poles (log(0), atanh(1), gamma(-1), pow(0, -1)) are
 * domain errors. Arguments are int (any size: converted to float), bool or
 * float; anything else is TypeError "can't convert X to float". */
/* libm through GCC's builtins (the runtime includes no libc header): calls
 * to the board's libm, picolibc or hal/common/libm_min.c. */
#include "stdlib_modules.h"

static bool is_nan_(double x) { return x != x; }
static bool is_finite_(double x) { return x - x == 0; }

static Obj domain_error(void) { return rt_raise_value_error("math domain error"); }

/* The result r of f(x[, y]) with the error rules above. */
static Obj result2(double r, double x, double y) {
    if (is_nan_(r) && !is_nan_(x) && !is_nan_(y))
        return domain_error();
    if (!is_finite_(r) && !is_nan_(r) && is_finite_(x) && is_finite_(y))
        return rt_raise_msg(&type_OverflowError, "math range error");
    return rt_float_new(r);
}
static Obj result1(double r, double x) { return result2(r, x, 0.0); }

/* A function that is a domain error where `bad` holds (poles: C returns an
 * infinity there, which the generic rule would call a range error). */
#define MATH_FN1_POLE(name, bad, expr) \
    static Obj math_##name(Obj a) { \
        double x; \
        if (rt_get_float(a, &x) < 0) \
            return 0; \
        if (bad) \
            return domain_error(); \
        return result1(expr, x); \
    } \
    RT_FN1(stdlib_math_##name, math_##name);
#define MATH_FN1(name, expr) MATH_FN1_POLE(name, false, expr)

#define MATH_FN2(name, expr) \
    static Obj math_##name(Obj a, Obj b) { \
        double x, y; \
        if (rt_get_float(a, &x) < 0 || rt_get_float(b, &y) < 0) \
            return 0; \
        return result2(expr, x, y); \
    } \
    RT_FN2(stdlib_math_##name, math_##name);

static double degrees_(double x) { return x * (180.0 / 3.14159265358979323846); }
static double radians_(double x) { return x * (3.14159265358979323846 / 180.0); }
/* trunc through floor/ceil: picolibc's trunc on RV32 loses low bits of
 * large arguments (trunc(1e20) = 99999999998338007040) */
static double trunc_(double x) { return x < 0 ? __builtin_ceil(x) : __builtin_floor(x); }
/* gamma exact at the integers whose factorial is a double (not every libm
 * is: picolibc's gamma(5) is 24.000000000000004) */
static double gamma_(double x) {
    if (x >= 1 && x <= 23 && __builtin_floor(x) == x) {
        double f = 1;
        for (int k = 2; k < (int)x; k++)
            f *= k;
        return f;
    }
    return __builtin_tgamma(x);
}
/* a non-positive integer: a pole of gamma and lgamma */
static bool gamma_pole(double x) { return x <= 0 && is_finite_(x) && __builtin_floor(x) == x; }

MATH_FN1(acos, __builtin_acos(x))
MATH_FN1(acosh, __builtin_acosh(x))
MATH_FN1(asin, __builtin_asin(x))
MATH_FN1(asinh, __builtin_asinh(x))
MATH_FN1(atan, __builtin_atan(x))
MATH_FN1_POLE(atanh, x == 1.0 || x == -1.0, __builtin_atanh(x))
MATH_FN1(cos, __builtin_cos(x))
MATH_FN1(cosh, __builtin_cosh(x))
MATH_FN1(degrees, degrees_(x))
MATH_FN1(erf, __builtin_erf(x))
MATH_FN1(erfc, __builtin_erfc(x))
MATH_FN1(exp, __builtin_exp(x))
MATH_FN1(expm1, __builtin_expm1(x))
MATH_FN1(fabs, __builtin_fabs(x))
MATH_FN1_POLE(gamma, gamma_pole(x) || x == -__builtin_inf(), gamma_(x))
MATH_FN1_POLE(lgamma, gamma_pole(x), __builtin_lgamma(x))
MATH_FN1_POLE(log10, x <= 0, __builtin_log10(x))
MATH_FN1_POLE(log2, x <= 0, __builtin_log2(x))
MATH_FN1(radians, radians_(x))
MATH_FN1(sin, __builtin_sin(x))
MATH_FN1(sinh, __builtin_sinh(x))
MATH_FN1(sqrt, __builtin_sqrt(x))
MATH_FN1(tan, __builtin_tan(x))
MATH_FN1(tanh, __builtin_tanh(x))
MATH_FN2(atan2, __builtin_atan2(x, y))
MATH_FN2(copysign, __builtin_copysign(x, y))
MATH_FN2(fmod, __builtin_fmod(x, y))

static Obj math_pow(Obj a, Obj b) {
    double x, y;
    if (rt_get_float(a, &x) < 0 || rt_get_float(b, &y) < 0)
        return 0;
    if (x == 0 && y < 0)
        return domain_error(); /* a pole */
    return result2(__builtin_pow(x, y), x, y);
}
RT_FN2(stdlib_math_pow, math_pow);

/* log(x) or log(x, base) */
static Obj math_log(size_t n, const Obj *args) {
    double x, base;
    if (rt_get_float(args[0], &x) < 0)
        return 0;
    if (x <= 0)
        return domain_error();
    double r = __builtin_log(x);
    if (n == 2) {
        if (rt_get_float(args[1], &base) < 0)
            return 0;
        if (base <= 0)
            return domain_error();
        double d = __builtin_log(base);
        if (d == 0)
            return rt_raise_msg(&type_ZeroDivisionError, "divide by zero");
        r /= d;
    }
    return rt_float_new(r);
}
RT_FN_VAR(stdlib_math_log, 1, 2, math_log);

/* ---- results that are ints, bools or tuples --------------------------------- */

/* ceil, floor, trunc: an int. An int argument is returned as it is (exact,
 * also when big; MicroPython would round a big one through a float). */
#define MATH_TO_INT(name, fn) \
    static Obj math_##name(Obj a) { \
        if (obj_is_small(a) || type_of(a) == &type_int) \
            return a; \
        if (type_of(a) == &type_bool) \
            return small_from(a == RT_TRUE); \
        double x; \
        if (rt_get_float(a, &x) < 0) \
            return 0; \
        return rt_int_from_float(fn(x)); \
    } \
    RT_FN1(stdlib_math_##name, math_##name);
MATH_TO_INT(ceil, __builtin_ceil)
MATH_TO_INT(floor, __builtin_floor)
MATH_TO_INT(trunc, trunc_)

#define MATH_PREDICATE(name, expr) \
    static Obj math_##name(Obj a) { \
        double x; \
        if (rt_get_float(a, &x) < 0) \
            return 0; \
        return rt_bool(expr); \
    } \
    RT_FN1(stdlib_math_##name, math_##name);
MATH_PREDICATE(isfinite, is_finite_(x))
MATH_PREDICATE(isinf, !is_finite_(x) && !is_nan_(x))
MATH_PREDICATE(isnan, is_nan_(x))

/* (m, e) with x == m * 2**e, 0.5 <= |m| < 1; (x, 0) for 0, inf and nan */
static Obj math_frexp(Obj a) {
    double x;
    if (rt_get_float(a, &x) < 0)
        return 0;
    int e = 0;
    double m = is_finite_(x) ? __builtin_frexp(x, &e) : x;
    Obj items[2] = {rt_float_new(m), small_from(e)};
    return items[0] ? rt_tuple_new(2, items) : 0;
}
RT_FN1(stdlib_math_frexp, math_frexp);

/* x * 2**n: n an int of any size (clamped: beyond +-2**16 every finite
 * non-zero x overflows or underflows anyway) */
static Obj math_ldexp(Obj a, Obj b) {
    double x;
    if (rt_get_float(a, &x) < 0)
        return 0;
    if (!obj_is_small(b) && type_of(b) != &type_int && type_of(b) != &type_bool)
        return rt_raise_fmt(&type_TypeError, "can't convert %s to int", rt_type_name(type_of(b)));
    long long n;
    if (type_of(b) == &type_bool)
        n = b == RT_TRUE;
    else if (obj_is_small(b))
        n = small_value(b);
    else /* a big int: only its sign matters */
        n = ((const BigInt *)b)->negative ? -65536 : 65536;
    if (n > 65536)
        n = 65536;
    if (n < -65536)
        n = -65536;
    return result1(__builtin_ldexp(x, (int)n), x);
}
RT_FN2(stdlib_math_ldexp, math_ldexp);

/* (fractional part, integral part), both floats with the sign of x */
static Obj math_modf(Obj a) {
    double x, ip;
    if (rt_get_float(a, &x) < 0)
        return 0;
    double fp = __builtin_modf(x, &ip);
    Obj items[2] = {rt_float_new(fp), 0};
    if (!items[0] || !(items[1] = rt_float_new(ip)))
        return 0;
    return rt_tuple_new(2, items);
}
RT_FN1(stdlib_math_modf, math_modf);

/* n! for an int n >= 0 (a big int when it does not fit) */
static Obj math_factorial(Obj a) {
    long long n;
    if (rt_int_to_ll(a, &n) < 0)
        return 0;
    if (n < 0)
        return rt_raise_value_error("negative factorial");
    Obj r = small_from(1);
    for (long long k = 2; r && k <= n; k++)
        r = rt_int_binary_op(RT_BINOP_MULTIPLY, r, rt_int_from_ll(k));
    return r;
}
RT_FN1(stdlib_math_factorial, math_factorial);

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static Obj math_isclose(size_t n_args, size_t n_kw, const Obj *args) {
    static const StdlibParam params[] = {
        {NAME(a), false, true}, {NAME(b), false, true}, {NAME(rel_tol), true, false}, {NAME(abs_tol), true, false},
    };
    Obj v[4];
    double a, b, rel = 1e-9, abs_tol = 0.0;
    if (stdlib_bind("isclose", n_args, n_kw, args, params, 4, v) < 0 || rt_get_float(v[0], &a) < 0 ||
        rt_get_float(v[1], &b) < 0 || (v[2] && rt_get_float(v[2], &rel) < 0) ||
        (v[3] && rt_get_float(v[3], &abs_tol) < 0))
        return 0;
    if (rel < 0 || abs_tol < 0)
        return rt_raise_value_error("tolerances must be non-negative");
    if (a == b)
        return RT_TRUE;
    if (!is_finite_(a) || !is_finite_(b))
        return RT_FALSE;
    double diff = __builtin_fabs(a - b);
    return rt_bool(diff <= __builtin_fabs(rel * b) || diff <= __builtin_fabs(rel * a) || diff <= abs_tol);
}
RT_FN_KW(stdlib_math_isclose, 2, 2, math_isclose);

/* ---- constants ------------------------------------------------------------------ */

const Float stdlib_math_e = {&type_float, 2.71828182845904523536};
const Float stdlib_math_pi = {&type_float, 3.14159265358979323846};
const Float stdlib_math_tau = {&type_float, 6.28318530717958647693};
const Float stdlib_math_inf = {&type_float, __builtin_inf()};
const Float stdlib_math_nan = {&type_float, __builtin_nan("")};
