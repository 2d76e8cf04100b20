/* Floating-point arithmetic on the board against the host: a fixed
 * pseudo-random sequence of float and double add/sub/mul/div, compares and
 * conversions, folded into a hash printed as "softfloat hash XXXXXXXX".
 * The same file built for the host (FW_HOST) prints the hash from the
 * host FPU; the test compares the two lines. On sim-lx106 this exercises
 * hal/common/softfloat; on the other boards their libgcc / FPU. */
#include "fw_print.h"

static uint32_t rng_state = 0x12345678u;
static uint32_t rnd32(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static uint32_t hash = 2166136261u;
static void mix(uint32_t v) {
    for (int i = 0; i < 4; i++) {
        hash ^= (v >> (8 * i)) & 0xFFu;
        hash *= 16777619u;
    }
}

/* NaN payloads and signs differ between FPUs: hash every NaN alike. */
static void mix_f(float f) {
    uint32_t b;
    __builtin_memcpy(&b, &f, 4);
    mix(f != f ? 0x7FC00000u : b);
}
static void mix_d(double d) {
    uint64_t b;
    __builtin_memcpy(&b, &d, 8);
    if (d != d)
        b = 0x7FF8000000000000u;
    mix((uint32_t)b);
    mix((uint32_t)(b >> 32));
}

static float float_of(uint32_t b) { float f; __builtin_memcpy(&f, &b, 4); return f; }
static double double_of(uint64_t b) { double d; __builtin_memcpy(&d, &b, 8); return d; }

/* Mostly moderate exponents, some anything (subnormals, inf, NaN). */
static float rnd_float(void) {
    uint32_t r = rnd32();
    if ((rnd32() & 7) == 0)
        return float_of(r);
    return float_of((r & 0x807FFFFFu) | ((110u + r % 40u) << 23));
}
static double rnd_double(void) {
    uint64_t r = (uint64_t)rnd32() << 32 | rnd32();
    if ((rnd32() & 7) == 0)
        return double_of(r);
    return double_of((r & 0x800FFFFFFFFFFFFFu) | ((uint64_t)(1000u + r % 48u) << 52));
}

int mpyc_main(void) {
    for (int i = 0; i < 3000; i++) {
        volatile float a = rnd_float(), b = rnd_float();
        mix_f(a + b), mix_f(a - b), mix_f(a * b), mix_f(a / b);
        mix((uint32_t)(a < b) | (uint32_t)(a <= b) << 1 | (uint32_t)(a == b) << 2 | (uint32_t)(a > b) << 3);
        volatile double c = rnd_double(), d = rnd_double();
        mix_d(c + d), mix_d(c - d), mix_d(c * d), mix_d(c / d);
        mix((uint32_t)(c < d) | (uint32_t)(c >= d) << 1 | (uint32_t)(c != d) << 2);
        mix_d((double)a), mix_f((float)c);
        volatile int32_t k = (int32_t)rnd32();
        volatile int64_t l = (int64_t)((uint64_t)rnd32() << 32 | rnd32()) >> (rnd32() % 64);
        mix_f((float)k), mix_d((double)k), mix_f((float)l), mix_d((double)l);
        mix_d((double)(uint32_t)k);
        if (c > -2e9 && c < 2e9)
            mix((uint32_t)(int32_t)c);
        if (a > -9e18f && a < 9e18f)
            mix((uint32_t)(int64_t)a);
    }
    fw_puts("softfloat hash ");
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
