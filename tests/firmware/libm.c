/* hal/common/libm_min.c on the board (sim-lx106, over the soft-float
 * helpers) against the same code on the host (FW_HOST: its mpyc_* build):
 * a hash of floor, fmod, sqrt, exp, log, pow, sin, cos, atan2 and hypot
 * over a fixed pseudo-random argument sequence, printed as
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
