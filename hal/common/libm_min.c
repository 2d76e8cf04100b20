/* The few libm functions the runtime calls (runtime/float.c, complex.c:
 * floor, fmod, sqrt, exp, log, pow, sin, cos, atan2, hypot), for boards
 * whose toolchain has no libm (sim-lx106). Double precision, IEEE special
 * cases as C99 Annex F. floor, fmod and sqrt are exact; exp, log, sin, cos
 * (for |x| < 1e5; larger arguments lose accuracy: no Payne-Hanek
 * reduction), atan2 and hypot are within 1 ulp, pow within 4 ulp
 * (tests/unit/test_libm_min.c measures them against glibc).
 * Compiled with -fno-builtin so GCC does not turn the code back into calls
 * to these same functions. LIBM_NAME lets the host test rename them.
 * The math module's other functions are in libm_min_math.c. */
#include "libm_min_internal.h"

double LIBM_NAME(floor)(double x);
double LIBM_NAME(fmod)(double x, double y);
double LIBM_NAME(sqrt)(double x);
double LIBM_NAME(exp)(double x);
double LIBM_NAME(log)(double x);
double LIBM_NAME(pow)(double x, double y);
double LIBM_NAME(sin)(double x);
double LIBM_NAME(cos)(double x);
double LIBM_NAME(atan2)(double y, double x);
double LIBM_NAME(hypot)(double x, double y);

double LIBM_NAME(floor)(double x) {
    uint64_t b = bits_of(x);
    int e = (int)((b >> 52) & 0x7FF) - 1023;
    if (e >= 52)
        return x; /* integral, inf or nan */
    if (e < 0) {
        if ((b << 1) == 0)
            return x; /* +-0 */
        return sign_bit(x) ? -1.0 : 0.0;
    }
    uint64_t frac = UINT64_C(0x000FFFFFFFFFFFFF) >> e;
    if ((b & frac) == 0)
        return x;
    if (sign_bit(x))
        b += frac + 1; /* towards -inf: up in magnitude */
    return double_of(b & ~frac);
}

double LIBM_NAME(fmod)(double x, double y) {
    uint64_t bx = bits_of(x), by = bits_of(y);
    uint64_t sx = bx & (UINT64_C(1) << 63);
    int ex = (int)((bx >> 52) & 0x7FF), ey = (int)((by >> 52) & 0x7FF);
    if (is_nan(x) || is_nan(y) || ex == 0x7FF || (by << 1) == 0)
        return (x * y) / (x * y);
    if (ey == 0x7FF)
        return x;
    uint64_t mx = bx & UINT64_C(0x000FFFFFFFFFFFFF), my = by & UINT64_C(0x000FFFFFFFFFFFFF);
    if ((bx << 1) <= (by << 1))
        return (bx << 1) == (by << 1) ? double_of(sx) : x;
    /* normalise both significands to 53 bits with an implicit one */
    if (ex == 0) {
        ex = 1;
        while (!(mx & (UINT64_C(1) << 52))) { mx <<= 1; ex--; }
    } else {
        mx |= UINT64_C(1) << 52;
    }
    if (ey == 0) {
        ey = 1;
        while (!(my & (UINT64_C(1) << 52))) { my <<= 1; ey--; }
    } else {
        my |= UINT64_C(1) << 52;
    }
    /* long division remainder, one bit of exponent at a time (exact) */
    for (; ex > ey; ex--) {
        if (mx >= my)
            mx -= my;
        mx <<= 1;
    }
    if (mx >= my)
        mx -= my;
    if (mx == 0)
        return double_of(sx);
    while (!(mx & (UINT64_C(1) << 52))) { mx <<= 1; ey--; }
    if (ey >= 1)
        return double_of(sx | (uint64_t)ey << 52 | (mx & UINT64_C(0x000FFFFFFFFFFFFF)));
    return double_of(sx | (mx >> (1 - ey))); /* subnormal: exact, the bits shifted out are 0 */
}

/* Correctly rounded square root: digit-by-digit on the integer
 * significand (exact), then round to nearest even. */
double LIBM_NAME(sqrt)(double x) {
    if (is_nan(x) || x == 0 || (x > 0 && is_inf(x)))
        return x;
    if (x < 0)
        return (x - x) / (x - x);
    uint64_t b = bits_of(x);
    int e = (int)(b >> 52);
    uint64_t m = b & UINT64_C(0x000FFFFFFFFFFFFF);
    if (e == 0) {
        e = 1;
        while (!(m & (UINT64_C(1) << 52))) { m <<= 1; e--; }
    } else {
        m |= UINT64_C(1) << 52;
    }
    e -= 1023;
    if (e & 1) { m <<= 1; e--; }  /* even exponent: value = m * 2**(e-52) */
    /* The 54-bit root (53 bits and a round bit) of R = m * 2**54, a
     * 108-bit radicand held left-aligned in `rad` (m << 10: its top 64
     * bits; the rest are zero). Two radicand bits per step; the partial
     * remainder stays below 2**57. */
    uint64_t rad = m << 10, rem = 0, root = 0;
    for (int i = 0; i < 54; i++) {
        rem = (rem << 2) | (rad >> 62);
        rad <<= 2;
        uint64_t trial = (root << 2) | 1; /* 4*root + 1 */
        root <<= 1;
        if (rem >= trial) {
            rem -= trial;
            root |= 1;
        }
    }
    int sticky = rem != 0;
    uint64_t round = root & 1;
    root >>= 1; /* 53 bits, top bit 52 */
    if (round && (sticky || (root & 1)))
        root++;
    int exp_out = e / 2;
    if (root >> 53) { root >>= 1; exp_out++; }
    return double_of((uint64_t)(exp_out + 1023) << 52 | (root & UINT64_C(0x000FFFFFFFFFFFFF)));
}

/* ---- exp / log ------------------------------------------------------------------ */

static const double LN2_HI = 6.93147180369123816490e-01; /* ln 2, low 32 bits zero */
static const double LN2_LO = 1.90821492927058770002e-10;
static const double INV_LN2 = 1.44269504088896338700e+00;

/* e**r - 1 - r for |r| <= ln(2)/2: Taylor terms up to r**14. */
static double expm1_tail(double r) {
    double p = 1.0 / 87178291200.0;
    static const double inv_fact[] = {
        1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0,
        1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5,
    };
    for (unsigned i = 0; i < sizeof inv_fact / sizeof inv_fact[0]; i++)
        p = p * r + inv_fact[i];
    return p * r * r;
}

double LIBM_NAME(exp)(double x) {
    if (is_nan(x))
        return x;
    if (x > 709.782712893384)
        return INF;
    if (x < -745.1332191019412)
        return 0.0;
    double kd = LIBM_NAME(floor)(x * INV_LN2 + 0.5);
    int k = (int)kd;
    double hi = x - kd * LN2_HI, lo = kd * LN2_LO;
    double r = hi - lo;
    /* e**r = 1 + r + tail, with the rounding error of r folded in */
    double r_err = (hi - r) - lo;
    double y = 1.0 + (r + (expm1_tail(r) + r_err * (1.0 + r)));
    return scale2(y, k);
}

/* log(x) as hi + lo (|lo| <= ulp(hi)/2 roughly) for finite x > 0. */
void LIBM_NAME(libm_min_log_dd)(double x, double *hi, double *lo) {
    int k = 0;
    uint64_t b = bits_of(x);
    if ((b >> 52) == 0) { /* subnormal */
        x *= 0x1p54;
        k -= 54;
        b = bits_of(x);
    }
    k += (int)(b >> 52) - 1023;
    double m = double_of((b & UINT64_C(0x000FFFFFFFFFFFFF)) | UINT64_C(0x3FF0000000000000));
    if (m > 1.4142135623730951) {
        m *= 0.5;
        k++;
    }
    double f = m - 1.0; /* exact */
    double s = f / (2.0 + f), z = s * s;
    /* log(1+f) = f - (f*f/2 - s*(f*f/2 + R)), R = sum 2 z**n / (2n+1) */
    double R = 2.0 / 25;
    for (int n = 11; n >= 1; n--)
        R = R * z + 2.0 / (2 * n + 1);
    R *= z;
    double p, pe;
    two_prod(f, f, &p, &pe);
    double hf_h = 0.5 * p, hf_l = 0.5 * pe;
    double tail = s * (hf_h + hf_l + R);
    double a, ae;
    two_sum(f, -hf_h, &a, &ae);
    double t_lo = ae - hf_l + tail;
    double th = a + t_lo, tl = t_lo - (th - a);
    double kd = (double)k, h1, e1;
    two_sum(kd * LN2_HI, th, &h1, &e1);
    double l1 = e1 + tl + kd * LN2_LO;
    *hi = h1 + l1;
    *lo = l1 - (*hi - h1);
}

double LIBM_NAME(log)(double x) {
    if (is_nan(x) || (x > 0 && is_inf(x)))
        return x;
    if (x < 0)
        return (x - x) / (x - x);
    if (x == 0)
        return -INF;
    double hi, lo;
    LIBM_NAME(libm_min_log_dd)(x, &hi, &lo);
    return hi;
}

/* ---- pow ------------------------------------------------------------------------ */

static int is_integer(double y) { return LIBM_NAME(floor)(y) == y; }
static int is_odd_integer(double y) {
    return is_integer(y) && fabs_(y) < 0x1p53 && LIBM_NAME(fmod)(y, 2.0) != 0;
}

/* (*h, *l) scaled into [1, 2) by a power of two (exact), added to *e. */
static void normalize_dd(double *h, double *l, int *e) {
    int k = (int)(bits_of(*h) >> 52 & 0x7FF) - 1023;
    *h = scale2(*h, -k);
    *l = scale2(*l, -k);
    *e += k;
}

/* x**n for finite x > 0 and an integer 0 < |n| < 2**31 by squaring in
 * double-double (relative error ~2**-100) with the binary exponent kept
 * apart, so exact powers come out exact and the rest correctly rounded but
 * for near-ties (4.0 ** -2 is 0.0625, where exp(n log x) was an ulp off).
 * Subnormal results may round twice. */
static double pow_integer(double x, double y) {
    uint32_t n = (uint32_t)fabs_(y);
    double rh = 1.0, rl = 0.0, bh = x, bl = 0.0;
    int re = 0, be = 0;
    if ((bits_of(x) >> 52) == 0) { /* subnormal: make it normal first */
        bh = x * 0x1p54;
        be = -54;
    }
    normalize_dd(&bh, &bl, &be);
    for (;;) {
        if (n & 1) {
            dd_mul(rh, rl, bh, bl, &rh, &rl);
            re += be;
            normalize_dd(&rh, &rl, &re);
        }
        n >>= 1;
        if (!n)
            break;
        dd_mul(bh, bl, bh, bl, &bh, &bl);
        be *= 2;
        normalize_dd(&bh, &bl, &be);
        if (be > 1 << 20 || be < -(1 << 20))
            return scale2(1.0, y > 0 ? be : -be); /* far out of range: inf or 0 */
    }
    if (y < 0) {
        /* 1 / (rh + rl): q = 1/rh, then one correction with the exact residual */
        double q = 1.0 / rh, p, pe;
        two_prod(q, rh, &p, &pe);
        double r = ((1.0 - p) - pe) - q * rl;
        two_sum(q, r * q, &rh, &rl);
        re = -re;
    }
    return scale2(rh, re); /* rh is the pair rounded; may overflow or go subnormal */
}

double LIBM_NAME(pow)(double x, double y) {
    if (y == 0 || x == 1.0)
        return 1.0;
    if (is_nan(x) || is_nan(y))
        return x + y;
    int odd = is_odd_integer(y);
    if (x == 0) {
        if (y < 0)
            return odd ? (sign_bit(x) ? -INF : INF) : INF;
        return odd ? x : 0.0;
    }
    if (is_inf(y)) {
        double ax = fabs_(x);
        if (ax == 1.0)
            return 1.0;
        return (ax > 1.0) == (y > 0) ? INF : 0.0;
    }
    if (is_inf(x)) {
        if (sign_bit(x))
            return y < 0 ? (odd ? -0.0 : 0.0) : (odd ? -INF : INF);
        return y < 0 ? 0.0 : INF;
    }
    double sign = 1.0;
    if (x < 0) {
        if (!is_integer(y))
            return (x - x) / (x - x);
        if (odd)
            sign = -1.0;
        x = -x;
        if (x == 1.0)
            return sign;
    }
    if (fabs_(y) > 0x1p64) /* |y * log x| > 745 unless x == 1 */
        return (x > 1.0) == (y > 0) ? sign * INF : sign * 0.0;
    if (y == 0.5)
        return LIBM_NAME(sqrt)(x); /* correctly rounded; x is not -0 or -inf here */
    if (fabs_(y) < 0x1p31 && is_integer(y))
        return sign * pow_integer(x, y);
    double lh, ll, ph, pe;
    LIBM_NAME(libm_min_log_dd)(x, &lh, &ll);
    two_prod(y, lh, &ph, &pe);
    double pl = pe + y * ll;
    double zh = ph + pl, zl = pl - (zh - ph);
    if (zh > 709.79)
        return sign * INF;
    if (zh < -745.2)
        return sign * 0.0;
    double e = LIBM_NAME(exp)(zh);
    return sign * (e + e * zl);
}

/* ---- sin / cos -------------------------------------------------------------------- */

/* pi/2 in three parts of 33 bits (exact multiples for n < 2**20). */
static const double PIO2_1 = 1.57079632673412561417e+00;
static const double PIO2_2 = 6.07710050630396597660e-11;
static const double PIO2_3 = 2.02226624871116645580e-21;
static const double PIO2_3T = 8.47842766036889956997e-32;

/* sin and cos of r + lo for |r| <= pi/4, |lo| tiny (the reduction's low
 * part): Taylor polynomials, the low part entering to first order. */
static double sin_kernel(double r, double lo) {
    double z = r * r, p = -1.0 / 121645100408832000.0; /* -1/19! */
    static const double c[] = {
        1.0 / 355687428096000.0, -1.0 / 1307674368000.0, 1.0 / 6227020800.0, -1.0 / 39916800.0,
        1.0 / 362880.0, -1.0 / 5040.0, 1.0 / 120.0,
    };
    for (unsigned i = 0; i < sizeof c / sizeof c[0]; i++)
        p = p * z + c[i];
    return r + (r * z * (p * z - 1.0 / 6.0) + lo * (1.0 - 0.5 * z));
}

static double cos_kernel(double r, double lo) {
    double z = r * r, p = 1.0 / 6402373705728000.0; /* 1/18! */
    static const double c[] = {
        -1.0 / 20922789888000.0, 1.0 / 87178291200.0, -1.0 / 479001600.0, 1.0 / 3628800.0,
        -1.0 / 40320.0, 1.0 / 720.0, -1.0 / 24.0,
    };
    for (unsigned i = 0; i < sizeof c / sizeof c[0]; i++)
        p = p * z + c[i];
    double hz = 0.5 * z, w = 1.0 - hz;
    return w + ((((1.0 - w) - hz) - z * z * p) - r * lo);
}

/* x = n * pi/2 + hi + lo; returns n mod 4. Accurate while |x| < 2**20 *
 * pi/2 (n * PIO2_1 and n * PIO2_2 are then exact); beyond, the result
 * loses accuracy (no Payne-Hanek reduction yet). */
static int reduce_pio2(double x, double *hi, double *lo) {
    if (fabs_(x) <= 0.7853981633974483) {
        *hi = x;
        *lo = 0;
        return 0;
    }
    double n = LIBM_NAME(floor)(x * 6.36619772367581382433e-01 + 0.5);
    double a = x - n * PIO2_1, r, e;
    two_sum(a, -(n * PIO2_2), &r, &e);
    double low = e - n * PIO2_3 - n * PIO2_3T;
    *hi = r + low;
    *lo = low - (*hi - r);
    return (int)((int64_t)n & 3);
}

double LIBM_NAME(sin)(double x) {
    if (is_nan(x) || is_inf(x))
        return x - x;
    if (fabs_(x) < 0x1p-27)
        return x; /* keeps -0 */
    double r, lo;
    switch (reduce_pio2(x, &r, &lo)) {
    case 0: return sin_kernel(r, lo);
    case 1: return cos_kernel(r, lo);
    case 2: return -sin_kernel(r, lo);
    default: return -cos_kernel(r, lo);
    }
}

double LIBM_NAME(cos)(double x) {
    if (is_nan(x) || is_inf(x))
        return x - x;
    double r, lo;
    switch (reduce_pio2(x, &r, &lo)) {
    case 0: return cos_kernel(r, lo);
    case 1: return -sin_kernel(r, lo);
    case 2: return -cos_kernel(r, lo);
    default: return sin_kernel(r, lo);
    }
}

/* ---- atan2 ------------------------------------------------------------------------ */

static const double PI_HI = 3.14159265358979311600e+00, PI_LO = 1.22464679914735317720e-16;
static const double PIO2_HI = 1.57079632679489655800e+00, PIO2_LO = 6.12323399573676603587e-17;
static const double PIO4_HI = 7.85398163397448278999e-01, PIO4_LO = 3.06161699786838301793e-17;

/* atan(t) - t for |t| <= tan(pi/8): the alternating series, 26 terms. */
static double atan_tail(double t) {
    double z = t * t, p = 0;
    for (int n = 26; n >= 1; n--)
        p = p * z + ((n & 1) ? -1.0 : 1.0) / (2 * n + 1);
    return t * z * p;
}

/* num / den as q + its rounding error (den = den_h + den_l). */
static double divide_dd(double num, double den_h, double den_l, double *err) {
    double q = num / den_h, p, pe;
    two_prod(q, den_h, &p, &pe);
    *err = (((num - p) - pe) - q * den_l) / den_h;
    return q;
}

/* atan(a + a_lo) for a >= 0: reduced by pi/4 or pi/2, each result a sum
 * whose large parts are added exactly (two_sum) and rounded once. */
static double atan_pos(double a, double a_lo) {
    double t, te, h, e;
    if (a > 2.414213562373095) { /* tan(3pi/8): pi/2 - atan(1/a) */
        t = divide_dd(1.0, a, a_lo, &te);
        two_sum(PIO2_HI, -t, &h, &e);
        return h + (e - (atan_tail(t) + te / (1.0 + t * t)) + PIO2_LO);
    }
    if (a > 0.41421356237309503) { /* tan(pi/8): pi/4 + atan((a-1)/(a+1)) */
        double num, num_e, den, den_e;
        two_sum(a, -1.0, &num, &num_e);
        two_sum(a, 1.0, &den, &den_e);
        t = divide_dd(num + (num_e + a_lo), den, den_e + a_lo, &te);
        two_sum(PIO4_HI, t, &h, &e);
        return h + (e + (atan_tail(t) + te / (1.0 + t * t)) + PIO4_LO);
    }
    return a + (atan_tail(a) + a_lo / (1.0 + a * a));
}

double LIBM_NAME(atan2)(double y, double x) {
    if (is_nan(x) || is_nan(y))
        return x + y;
    int sy = sign_bit(y), sx = sign_bit(x);
    double r;
    if (y == 0) {
        r = sx ? PI_HI : 0.0;
    } else if (x == 0) {
        r = PIO2_HI;
    } else if (is_inf(x)) {
        if (is_inf(y))
            r = sx ? 3 * PIO4_HI : PIO4_HI;
        else
            r = sx ? PI_HI : 0.0;
    } else if (is_inf(y)) {
        r = PIO2_HI;
    } else {
        /* the quotient's rounding error matters unless it is tiny (the
         * error term would underflow) or huge (atan is flat there) */
        double q_lo, q = divide_dd(fabs_(y), fabs_(x), 0.0, &q_lo);
        int exact_enough = q < 0x1p-500 || q > 0x1p500 || fabs_(x) < 0x1p-900 || fabs_(y) < 0x1p-900;
        double a = atan_pos(q, exact_enough ? 0.0 : q_lo);
        r = sx ? PI_HI - (a - PI_LO) : a;
    }
    return sy ? -r : r;
}

/* ---- hypot ------------------------------------------------------------------------ */

double LIBM_NAME(hypot)(double x, double y) {
    if (is_inf(x) || is_inf(y))
        return INF;
    if (is_nan(x) || is_nan(y))
        return x + y;
    double a = fabs_(x), b = fabs_(y);
    if (a < b) {
        double t = a;
        a = b;
        b = t;
    }
    if (b == 0)
        return a;
    int scale = 0;
    if (a > 0x1p500) {
        a *= 0x1p-600, b *= 0x1p-600, scale = 600;
    } else if (a < 0x1p-500) {
        a *= 0x1p600, b *= 0x1p600, scale = -600;
    }
    /* a*a + b*b in double-double, then a correction step on the root */
    double aa, aae, bb, bbe, sh, se;
    two_prod(a, a, &aa, &aae);
    two_prod(b, b, &bb, &bbe);
    two_sum(aa, bb, &sh, &se);
    double sl = se + aae + bbe;
    double h = LIBM_NAME(sqrt)(sh + sl);
    double hh, hhe;
    two_prod(h, h, &hh, &hhe);
    h += (((sh - hh) - hhe) + sl) / (2.0 * h);
    return scale ? scale2(h, scale) : h;
}
