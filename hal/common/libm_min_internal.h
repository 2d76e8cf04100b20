/* What hal/common/libm_min.c and libm_min_math.c share: bit access,
 * exact double-double steps (no FMA: Dekker's splitting), scaling by powers
 * of two, and log(x) as a double-double. LIBM_NAME lets the host test
 * rename the functions (tests/unit/test_libm_min_renamed.c). */
#ifndef MPYC_LIBM_MIN_INTERNAL_H
#define MPYC_LIBM_MIN_INTERNAL_H

#include <stdint.h>

#ifndef LIBM_NAME
#define LIBM_NAME(n) n
#endif

static inline uint64_t bits_of(double d) { uint64_t b; __builtin_memcpy(&b, &d, 8); return b; }
static inline double double_of(uint64_t b) { double d; __builtin_memcpy(&d, &b, 8); return d; }
static inline int is_nan(double x) { return x != x; }
static inline int is_inf(double x) { return (bits_of(x) << 1) == UINT64_C(0xFFE0000000000000); }
static inline double fabs_(double x) { return double_of(bits_of(x) & ~(UINT64_C(1) << 63)); }
static inline int sign_bit(double x) { return (int)(bits_of(x) >> 63); }
static const double INF = 1.0 / 0.0;

/* x * 2**k for any k (as scalbn: the last step may round). */
static inline double scale2(double x, int k) {
    if (k > 3000)
        k = 3000;
    if (k < -3000)
        k = -3000;
    while (k > 1023) {
        x *= 0x1p1023;
        k -= 1023;
    }
    while (k < -1022) {
        x *= 0x1p-969; /* 2**-1022 * 2**53: stays normal while k is far below */
        k += 969;
    }
    return x * double_of((uint64_t)(k + 1023) << 52);
}

/* ---- double-double helpers (no FMA: Dekker's splitting) --------------------- */

static inline void two_sum(double a, double b, double *s, double *e) {
    double sum = a + b, bb = sum - a;
    *s = sum;
    *e = (a - (sum - bb)) + (b - bb);
}

static inline void split(double a, double *hi, double *lo) {
    double t = 134217729.0 * a; /* 2**27 + 1 */
    *hi = t - (t - a);
    *lo = a - *hi;
}

static inline void two_prod(double a, double b, double *p, double *e) {
    double ah, al, bh, bl;
    *p = a * b;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

/* (ah + al) * (bh + bl) = *h + *l (*h the product rounded once) */
static inline void dd_mul(double ah, double al, double bh, double bl, double *h, double *l) {
    double p, e;
    two_prod(ah, bh, &p, &e);
    e = e + ah * bl + al * bh;
    *h = p + e;
    *l = e - (*h - p);
}

/* log(x) = *hi + *lo for finite x > 0 (libm_min.c) */
void LIBM_NAME(libm_min_log_dd)(double x, double *hi, double *lo);

#endif
