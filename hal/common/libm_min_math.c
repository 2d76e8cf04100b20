/* The rest of the libm the math module calls (stdlib/mod_math.c), for
 * boards without a libm (sim-lx106), built on libm_min.c: rounding and bit
 * functions (exact), expm1, hyperbolic and inverse trigonometric functions,
 * log2/log10, erf/erfc, tgamma/lgamma. Our own code: argument reduction,
 * Taylor series, a continued fraction (erfc) and Stirling's series (gamma).
 * Measured against glibc (tests/unit/test_libm_min.c): the rounding and
 * bit functions exact, the others within 2 ulp (tan, tanh 3) except erf
 * and erfc (within 8 ulp), tgamma and lgamma (10 ulp; lgamma near its
 * roots only absolutely); log2 and log10 are exact at powers of 2 and 10,
 * tgamma at integers up to 23. One section per function (board.cmake): a firmware keeps only
 * what its program calls. */
#include "libm_min_internal.h"

double LIBM_NAME(floor)(double x);
double LIBM_NAME(sqrt)(double x);
double LIBM_NAME(exp)(double x);
double LIBM_NAME(log)(double x);
double LIBM_NAME(sin)(double x);
double LIBM_NAME(cos)(double x);
double LIBM_NAME(atan2)(double y, double x);

double LIBM_NAME(ceil)(double x);
double LIBM_NAME(trunc)(double x);
double LIBM_NAME(fabs)(double x);
double LIBM_NAME(copysign)(double x, double y);
double LIBM_NAME(frexp)(double x, int *e);
double LIBM_NAME(ldexp)(double x, int n);
double LIBM_NAME(modf)(double x, double *ip);
double LIBM_NAME(expm1)(double x);
double LIBM_NAME(sinh)(double x);
double LIBM_NAME(cosh)(double x);
double LIBM_NAME(tanh)(double x);
double LIBM_NAME(asinh)(double x);
double LIBM_NAME(acosh)(double x);
double LIBM_NAME(atanh)(double x);
double LIBM_NAME(atan)(double x);
double LIBM_NAME(asin)(double x);
double LIBM_NAME(acos)(double x);
double LIBM_NAME(tan)(double x);
double LIBM_NAME(log2)(double x);
double LIBM_NAME(log10)(double x);
double LIBM_NAME(erf)(double x);
double LIBM_NAME(erfc)(double x);
double LIBM_NAME(tgamma)(double x);
double LIBM_NAME(lgamma)(double x);

/* ---- exact ones ------------------------------------------------------------------ */

double LIBM_NAME(ceil)(double x) { return -LIBM_NAME(floor)(-x); }
double LIBM_NAME(trunc)(double x) { return sign_bit(x) ? LIBM_NAME(ceil)(x) : LIBM_NAME(floor)(x); }
double LIBM_NAME(fabs)(double x) { return fabs_(x); }
double LIBM_NAME(copysign)(double x, double y) {
    return double_of((bits_of(x) & ~(UINT64_C(1) << 63)) | (bits_of(y) & (UINT64_C(1) << 63)));
}

double LIBM_NAME(frexp)(double x, int *e) {
    *e = 0;
    if (x == 0 || is_nan(x) || is_inf(x))
        return x;
    int bias = 0;
    if ((bits_of(x) >> 52 & 0x7FF) == 0) { /* subnormal */
        x *= 0x1p54;
        bias = -54;
    }
    uint64_t b = bits_of(x);
    *e = (int)(b >> 52 & 0x7FF) - 1022 + bias;
    return double_of((b & ~(UINT64_C(0x7FF) << 52)) | (UINT64_C(1022) << 52));
}

double LIBM_NAME(ldexp)(double x, int n) {
    if (x == 0 || is_nan(x) || is_inf(x))
        return x;
    return scale2(x, n);
}

double LIBM_NAME(modf)(double x, double *ip) {
    if (is_nan(x))
        return *ip = x;
    *ip = LIBM_NAME(trunc)(x);
    return LIBM_NAME(copysign)(is_inf(x) ? 0.0 : x - *ip, x);
}

/* ---- exponentials ----------------------------------------------------------------- */

static const double EM1_LN2_HI = 6.93147180369123816490e-01; /* 32 bits: k * EM1_LN2_HI is exact */
static const double EM1_LN2_LO = 1.90821492927058770002e-10;
static const double LN2_ROUNDED = 0.6931471805599453;

double LIBM_NAME(expm1)(double x) {
    if (is_nan(x) || fabs_(x) < 0x1p-60)
        return x;
    if (x > 709.782712893384)
        return INF;
    if (x < -40)
        return -1.0;
    double kd = LIBM_NAME(floor)(x * 1.4426950408889634 + 0.5);
    int k = (int)kd;
    double hi = x - kd * EM1_LN2_HI, lo = kd * EM1_LN2_LO, r = hi - lo;
    double r_err = (hi - r) - lo; /* x = k ln2 + r + r_err */
    /* e**r - 1 - r - r*r/2 for |r| <= 0.35: Taylor terms r**3/3! .. r**16/16! */
    double p = 0;
    for (int n = 16; n >= 3; n--) {
        double inv = 1;
        for (int i = 2; i <= n; i++)
            inv /= i;
        p = p * r + inv;
    }
    double r2 = r * r;
    double em1 = r + (0.5 * r2 + (p * r2 * r + r_err * (1.0 + r)));
    if (k == 0)
        return em1;
    double t = scale2(1.0, k); /* 2**k: e**x - 1 = t * em1 + (t - 1) */
    if (k > 60)
        return scale2(1.0 + em1, k);
    return t * em1 + (t - 1.0);
}

static double log1p_(double x) {
    double u = 1.0 + x;
    if (u == 1.0)
        return x;
    /* the rounding of 1 + x corrected to first order */
    return LIBM_NAME(log)(u) * (x / (u - 1.0));
}

/* e**|x| / 2 without overflowing before the result does */
static double half_exp(double ax) {
    if (ax < 709.0)
        return 0.5 * LIBM_NAME(exp)(ax);
    double w = LIBM_NAME(exp)(0.5 * ax);
    return (0.5 * w) * w;
}

double LIBM_NAME(sinh)(double x) {
    double ax = fabs_(x), r;
    if (is_nan(x) || ax < 0x1p-28)
        return x;
    if (ax < 22) {
        double t = LIBM_NAME(expm1)(ax);
        r = 0.5 * (t + t / (t + 1.0));
    } else {
        r = half_exp(ax);
    }
    return sign_bit(x) ? -r : r;
}

double LIBM_NAME(cosh)(double x) {
    double ax = fabs_(x);
    if (is_nan(x))
        return x;
    if (ax < 0.3465735902799727) { /* ln(2)/2 */
        double t = LIBM_NAME(expm1)(ax);
        return 1.0 + (t * t) / (2.0 * (1.0 + t));
    }
    if (ax < 22) {
        double t = LIBM_NAME(exp)(ax);
        return 0.5 * t + 0.5 / t;
    }
    return half_exp(ax);
}

double LIBM_NAME(tanh)(double x) {
    double ax = fabs_(x), r;
    if (is_nan(x) || ax < 0x1p-28)
        return x;
    if (ax > 22) {
        r = 1.0;
    } else if (ax >= 1) {
        r = 1.0 - 2.0 / (LIBM_NAME(expm1)(2 * ax) + 2.0);
    } else {
        double t = LIBM_NAME(expm1)(-2 * ax);
        r = -t / (t + 2.0);
    }
    return sign_bit(x) ? -r : r;
}

/* ---- inverse hyperbolic ------------------------------------------------------------- */

double LIBM_NAME(asinh)(double x) {
    double ax = fabs_(x), r;
    if (is_nan(x) || is_inf(x) || ax < 0x1p-28)
        return x;
    if (ax > 0x1p28)
        r = LIBM_NAME(log)(ax) + LN2_ROUNDED;
    else if (ax > 2)
        r = LIBM_NAME(log)(2 * ax + 1.0 / (LIBM_NAME(sqrt)(ax * ax + 1.0) + ax));
    else
        r = log1p_(ax + ax * ax / (1.0 + LIBM_NAME(sqrt)(1.0 + ax * ax)));
    return sign_bit(x) ? -r : r;
}

double LIBM_NAME(acosh)(double x) {
    if (is_nan(x))
        return x;
    if (x < 1)
        return (x - x) / (x - x);
    if (is_inf(x))
        return x;
    if (x > 0x1p28)
        return LIBM_NAME(log)(x) + LN2_ROUNDED;
    if (x > 2)
        return LIBM_NAME(log)(2 * x - 1.0 / (x + LIBM_NAME(sqrt)(x * x - 1.0)));
    double t = x - 1.0; /* exact */
    return log1p_(t + LIBM_NAME(sqrt)(2 * t + t * t));
}

double LIBM_NAME(atanh)(double x) {
    double ax = fabs_(x), r;
    if (is_nan(x) || ax < 0x1p-28)
        return x;
    if (ax > 1)
        return (x - x) / (x - x);
    if (ax == 1)
        return x / 0.0;
    if (ax < 0.5)
        r = 0.5 * log1p_(2 * ax + 2 * ax * ax / (1.0 - ax));
    else
        r = 0.5 * log1p_(2 * ax / (1.0 - ax));
    return sign_bit(x) ? -r : r;
}

/* ---- inverse trigonometric, tan -------------------------------------------------------- */

double LIBM_NAME(atan)(double x) { return LIBM_NAME(atan2)(x, 1.0); }

/* sqrt(1 - x*x) for |x| <= 1, with 1 - x*x formed exactly enough */
static double cofactor(double x) {
    double ax = fabs_(x);
    if (ax >= 0.5)
        return LIBM_NAME(sqrt)((1.0 - ax) * (1.0 + ax)); /* 1 - ax is exact */
    double p, pe, s, se;
    two_prod(ax, ax, &p, &pe);
    two_sum(1.0, -p, &s, &se);
    return LIBM_NAME(sqrt)(s + (se - pe));
}

double LIBM_NAME(asin)(double x) {
    if (is_nan(x))
        return x;
    if (fabs_(x) > 1)
        return (x - x) / (x - x);
    return LIBM_NAME(atan2)(x, cofactor(x));
}

double LIBM_NAME(acos)(double x) {
    if (is_nan(x))
        return x;
    if (fabs_(x) > 1)
        return (x - x) / (x - x);
    return LIBM_NAME(atan2)(cofactor(x), x);
}

double LIBM_NAME(tan)(double x) {
    if (fabs_(x) < 0x1p-27)
        return x;
    return LIBM_NAME(sin)(x) / LIBM_NAME(cos)(x);
}

/* ---- log2, log10 ---------------------------------------------------------------------- */

/* (a_hi + a_lo) * (c_hi + c_lo) rounded once */
static double mul_dd(double a_hi, double a_lo, double c_hi, double c_lo) {
    double h, l;
    dd_mul(a_hi, a_lo, c_hi, c_lo, &h, &l);
    return h;
}

static int log_special(double x, double *r) {
    if (is_nan(x) || (x > 0 && is_inf(x)))
        return *r = x, 1;
    if (x < 0)
        return *r = (x - x) / (x - x), 1;
    if (x == 0)
        return *r = -INF, 1;
    return 0;
}

/* log2: exponent + log(m)/ln 2, so powers of two are exact */
double LIBM_NAME(log2)(double x) {
    double r, hi, lo;
    if (log_special(x, &r))
        return r;
    int e;
    double m = LIBM_NAME(frexp)(x, &e); /* [0.5, 1) */
    if (m < 0.7071067811865476) {
        m *= 2;
        e--;
    }
    if (m == 1.0)
        return (double)e;
    LIBM_NAME(libm_min_log_dd)(m, &hi, &lo);
    double p, pe, s, se;
    two_prod(hi, 1.4426950408889634, &p, &pe);
    pe += hi * 2.0355273740931033e-17 + lo * 1.4426950408889634;
    two_sum((double)e, p, &s, &se);
    return s + (se + pe);
}

double LIBM_NAME(log10)(double x) {
    double r, hi, lo;
    if (log_special(x, &r))
        return r;
    LIBM_NAME(libm_min_log_dd)(x, &hi, &lo);
    r = mul_dd(hi, lo, 0.4342944819032518, 1.098319650216765e-17);
    /* the powers of ten that are doubles give their exponent exactly */
    double n = LIBM_NAME(floor)(r + 0.5), p = 1;
    if (n >= 0 && n <= 22 && LIBM_NAME(fabs)(r - n) < 1e-12) {
        for (int k = 0; k < (int)n; k++)
            p *= 10; /* exact */
        if (p == x)
            return n;
    }
    return r;
}

/* ---- erf, erfc -------------------------------------------------------------------------- */

/* e**-(x*x) with x*x taken exactly (its rounding would cost x*x ulps) */
static double exp_minus_square(double x) {
    double p, pe;
    two_prod(x, x, &p, &pe);
    double e = LIBM_NAME(exp)(-p);
    return e - e * pe;
}

/* erf(x) for 0 <= x < 1: 2x/sqrt(pi) e**-x*x * sum (2x*x)**n / (2n+1)!!, a
 * series of positive terms (no cancellation) */
static double erf_series(double x) {
    double z = 2 * x * x, term = 1, sum = 1;
    for (int n = 1; n < 200 && term > sum * 0x1p-60; n++) {
        term *= z / (2 * n + 1);
        sum += term;
    }
    return mul_dd(x, 0, 1.1283791670955126, 1.533545961316588e-17) * (exp_minus_square(x) * sum);
}

/* erfc(x) for x >= 0.5: e**-x*x / sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
 * evaluated from a depth that converges to double precision at this x */
static double erfc_fraction(double x) {
    int depth = x < 0.75 ? 1400 : x < 1 ? 700 : x < 1.5 ? 350 : x < 2 ? 180 : x < 3 ? 90 : x < 5 ? 45 : 24;
    double t = x;
    for (int k = depth; k >= 1; k--)
        t = x + (0.5 * k) / t;
    return exp_minus_square(x) * 0.5641895835477563 / t;
}

double LIBM_NAME(erf)(double x) {
    double ax = fabs_(x), r;
    if (is_nan(x))
        return x;
    if (ax < 0x1p-28)
        return x * 1.1283791670955126;
    if (ax < 1)
        r = erf_series(ax);
    else if (ax < 6)
        r = 1.0 - erfc_fraction(ax);
    else
        r = 1.0;
    return sign_bit(x) ? -r : r;
}

double LIBM_NAME(erfc)(double x) {
    if (is_nan(x))
        return x;
    double ax = fabs_(x), r;
    if (ax < 0.5)
        return 1.0 - (sign_bit(x) ? -erf_series(ax) : erf_series(ax));
    r = ax > 27.3 ? 0.0 : erfc_fraction(ax);
    return sign_bit(x) ? 2.0 - r : r;
}

/* ---- gamma -------------------------------------------------------------------------------- */

/* sin(pi x) with the reduction done exactly (x mod 2 first) */
static double sin_pi(double x) {
    double r = x - 2.0 * LIBM_NAME(floor)(0.5 * x + 0.5); /* [-1, 1), exact */
    double s = 1.0;
    if (r < 0) {
        r = -r;
        s = -1.0;
    }
    if (r > 0.5)
        r = 1.0 - r;
    return s * LIBM_NAME(sin)(mul_dd(r, 0, 3.141592653589793, 1.2246467991473532e-16));
}

/* Stirling's series for log(gamma(z)) - ((z - 1/2) log z - z + log sqrt(2 pi)),
 * z >= 10: the Bernoulli terms up to B16 */
static double stirling_tail(double z) {
    static const double c[] = {
        -3617.0 / 122400, 1.0 / 156, -691.0 / 360360, 1.0 / 1188, -1.0 / 1680, 1.0 / 1260, -1.0 / 360, 1.0 / 12,
    };
    double w = 1.0 / (z * z), p = 0;
    for (unsigned i = 0; i < sizeof c / sizeof c[0]; i++)
        p = p * w + c[i];
    return p / z;
}

/* log(gamma(zh + zl)) as hi + lo for zh >= 10, |zl| tiny */
static void lgamma_stirling(double zh, double zl, double *hi, double *lo) {
    double lh, ll, p, pe, s, se;
    LIBM_NAME(libm_min_log_dd)(zh, &lh, &ll);
    double a = zh - 0.5; /* exact: zh >= 10 */
    two_prod(a, lh, &p, &pe);
    pe += a * ll;
    two_sum(p, -zh, &s, &se);
    se += pe + 0.9189385332046728 + (-3.8782941580672414e-17 + stirling_tail(zh));
    se += zl * (lh - 0.5 / zh); /* digamma(zh) * zl */
    two_sum(s, se, hi, lo);
}

/* gamma(x + xl) for x >= 0.5, |xl| tiny: shifted up to >= 10 (the shift's
 * product and x + n kept as double-doubles), then Stirling; exact for
 * integers <= 23 */
static double gamma_pos(double x, double xl) {
    if (x > 171.7)
        return INF;
    if (xl == 0 && x <= 23 && LIBM_NAME(floor)(x) == x) {
        double f = 1;
        for (int k = 2; k < (int)x; k++)
            f *= k;
        return f;
    }
    double ph = 1, pl = 0, zh = x, zl = xl;
    while (zh < 10) {
        double p, pe;
        two_prod(ph, zh, &p, &pe);
        pe += ph * zl + pl * zh;
        two_sum(p, pe, &ph, &pl);
        double s, se;
        two_sum(zh, 1.0, &s, &se);
        two_sum(s, se + zl, &zh, &zl);
    }
    double hi, lo;
    lgamma_stirling(zh, zl, &hi, &lo);
    double g = LIBM_NAME(exp)(hi);
    g += g * lo;
    return ph == 1 && pl == 0 ? g : g / ph - g * pl / (ph * ph);
}

double LIBM_NAME(tgamma)(double x) {
    if (is_nan(x))
        return x;
    if (is_inf(x))
        return sign_bit(x) ? (x - x) / (x - x) : x;
    if (x == 0)
        return 1.0 / x; /* +-inf */
    if (x >= 0.5)
        return gamma_pos(x, 0);
    if (LIBM_NAME(floor)(x) == x)
        return (x - x) / (x - x); /* a pole */
    /* reflection: gamma(x) = pi / (sin(pi x) gamma(1 - x)) */
    double s = sin_pi(x), y, yl;
    two_sum(1.0, -x, &y, &yl); /* 1 - x exactly: its rounding would cost digamma(y) * ulp(y) */
    if (y > 171.7)
        return sign_bit(s) ? -0.0 : 0.0;
    return 3.141592653589793 / (s * gamma_pos(y, yl));
}

double LIBM_NAME(lgamma)(double x) {
    if (is_nan(x))
        return x;
    if (is_inf(x))
        return INF;
    if (x <= 0 && LIBM_NAME(floor)(x) == x)
        return INF; /* a pole */
    double ax = fabs_(x);
    if (ax < 0x1p-60)
        return -LIBM_NAME(log)(ax);
    if (x >= 0.5 && x < 10)
        return LIBM_NAME(log)(gamma_pos(x, 0));
    if (x > 0x1p60) /* log(gamma(x)) = x (log x - 1) to double precision */
        return x * (LIBM_NAME(log)(x) - 1.0);
    if (x >= 10) {
        double hi, lo;
        lgamma_stirling(x, 0, &hi, &lo);
        return hi + lo;
    }
    /* x < 0.5: log |pi / (sin(pi x) gamma(1 - x))| */
    return LIBM_NAME(log)(3.141592653589793 / fabs_(sin_pi(x))) - LIBM_NAME(lgamma)(1.0 - x);
}
