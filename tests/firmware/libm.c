/* hal/common/libm_min.c on the board (sim-lx106, over the soft-float
 * helpers) against the same code on the host (FW_HOST: its mpyc_* build):
 * a hash of floor, fmod, sqrt, exp, log, pow, sin, cos, atan2 and hypot
 * (then of libm_min_math.c's functions) over a fixed pseudo-random argument sequence, printed as
 * "libm hash XXXXXXXX"; the test compares the two lines. */
#include "fw_print.h"

#ifdef FW_HOST
#define M(n) mpyc_##n
#else
#define M(n) n
#endif
double M(floor)(double); double M(fmod)(double, double); double M(sqrt)(double);
double M(exp)(double); double M(log)(double); double M(pow)(double, double);
double M(sin)(double); double M(cos)(double); double M(atan2)(double, double);
double M(hypot)(double, double);
/* libm_min_math.c */
double M(ceil)(double); double M(trunc)(double); double M(expm1)(double); double M(sinh)(double);
double M(cosh)(double); double M(tanh)(double); double M(asinh)(double); double M(acosh)(double);
double M(atanh)(double); double M(atan)(double); double M(asin)(double); double M(acos)(double);
double M(tan)(double); double M(log2)(double); double M(log10)(double); double M(erf)(double);
double M(erfc)(double); double M(tgamma)(double); double M(lgamma)(double); double M(ldexp)(double, int);
double M(frexp)(double, int *); double M(modf)(double, double *);

static uint32_t rng_state = 0xC0FFEE11u;
static uint32_t rnd32(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}
/* uniform in [lo, hi) from 32 random bits */
static double uniform(double lo, double hi) { return lo + (hi - lo) * ((double)rnd32() / 4294967296.0); }

static uint32_t hash = 2166136261u;
static void mix_d(double d) {
    uint64_t b;
    __builtin_memcpy(&b, &d, 8);
    if (d != d)
        b = 0x7FF8000000000000u;
    for (int i = 0; i < 8; i++) {
        hash ^= (uint32_t)(b >> (8 * i)) & 0xFFu;
        hash *= 16777619u;
    }
}

int mpyc_main(void) {
    for (int i = 0; i < 300; i++) {
        double x = uniform(-50, 50), y = uniform(-8, 8), p = uniform(0, 20);
        mix_d(M(floor)(x)), mix_d(M(fmod)(x, y)), mix_d(M(sqrt)(p));
        mix_d(M(exp)(x)), mix_d(M(log)(p)), mix_d(M(pow)(p, y));
        mix_d(M(sin)(x)), mix_d(M(cos)(x)), mix_d(M(atan2)(y, x)), mix_d(M(hypot)(x, y));
    }
    for (int i = 0; i < 100; i++) { /* libm_min_math.c */
        double x = uniform(-50, 50), y = uniform(-8, 8), p = uniform(0, 20), u = uniform(-1, 1), ip;
        int e;
        mix_d(M(ceil)(x)), mix_d(M(trunc)(x)), mix_d(M(expm1)(y)), mix_d(M(sinh)(y)), mix_d(M(cosh)(y));
        mix_d(M(tanh)(y)), mix_d(M(asinh)(x)), mix_d(M(acosh)(1 + p)), mix_d(M(atanh)(u)), mix_d(M(atan)(x));
        mix_d(M(asin)(u)), mix_d(M(acos)(u)), mix_d(M(tan)(x)), mix_d(M(log2)(p)), mix_d(M(log10)(p));
        mix_d(M(erf)(y)), mix_d(M(erfc)(y)), mix_d(M(tgamma)(y)), mix_d(M(lgamma)(x));
        mix_d(M(ldexp)(x, (int)y)), mix_d(M(frexp)(x, &e) + e), mix_d(M(modf)(x, &ip) + ip);
    }
    fw_puts("libm hash ");
    for (int i = 7; i >= 0; i--) {
        char digit = "0123456789abcdef"[(hash >> (4 * i)) & 15];
        hal_write(1, &digit, 1);
    }
    fw_puts("\n");
    return 0;
}

#ifdef FW_HOST
int main(void) { return mpyc_main(); }
#endif
