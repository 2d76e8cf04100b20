/* The soft-float routines (hal/common/softfloat) against the host FPU:
 * add, sub, mul, div, compare for binary32 and binary64, int <-> float and
 * float <-> double conversions, over edge cases (zeros, subnormals,
 * infinities, NaN, the largest finite, ties and near-cancellations) and
 * random vectors. Results must match bit for bit (any NaN matches NaN).
 * Usage: test_softfloat [N] (random vectors per operation, default 200000). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "softfloat.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static float f_of(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static double d_of(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static uint32_t b_of_f(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static uint64_t b_of_d(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }

static long failures, checks;
static int reported;

static void fail(const char *what, uint64_t a, uint64_t b, uint64_t got, uint64_t want) {
    failures++;
    if (reported++ < 20)
        fprintf(stderr, "FAIL %s(%#llx, %#llx): got %#llx, want %#llx\n", what, (unsigned long long)a,
                (unsigned long long)b, (unsigned long long)got, (unsigned long long)want);
}

static const uint32_t f_edges[] = {
    0, 0x80000000u, 1, 0x80000001u, 0x007FFFFFu, 0x00800000u, 0x00800001u, 0x7F7FFFFFu, 0xFF7FFFFFu,
    0x7F800000u, 0xFF800000u, 0x7FC00000u, 0x7F800001u, 0xFFC00001u, 0x3F800000u, 0xBF800000u,
    0x3F800001u, 0x3F7FFFFFu, 0x40000000u, 0x3F000000u, 0x33800000u, 0x34000000u, 0x4B000000u,
    0x4B800000u, 0x4EFFFFFFu, 0x4F000000u, 0xCF000000u, 0x5F000000u, 0x00400000u, 0x7F000000u,
};
static const uint64_t d_edges[] = {
    0, 0x8000000000000000u, 1, 0x8000000000000001u, 0x000FFFFFFFFFFFFFu, 0x0010000000000000u,
    0x0010000000000001u, 0x7FEFFFFFFFFFFFFFu, 0xFFEFFFFFFFFFFFFFu, 0x7FF0000000000000u,
    0xFFF0000000000000u, 0x7FF8000000000000u, 0x7FF0000000000001u, 0xFFF8000000000001u,
    0x3FF0000000000000u, 0xBFF0000000000000u, 0x3FF0000000000001u, 0x3FEFFFFFFFFFFFFFu,
    0x4000000000000000u, 0x3FE0000000000000u, 0x3CA0000000000000u, 0x3CB0000000000000u,
    0x4330000000000000u, 0x4340000000000000u, 0x41DFFFFFFFC00000u, 0x41E0000000000000u,
    0xC1E0000000000000u, 0x43E0000000000000u, 0x43F0000000000000u, 0x0008000000000000u,
    0x7FE0000000000000u, 0x47EFFFFFE0000000u, 0x47EFFFFFF0000000u, 0x36A0000000000000u,
    0x3690000000000000u, 0x380FFFFFF0000000u,
};
#define N_F_EDGES (sizeof f_edges / sizeof f_edges[0])
#define N_D_EDGES (sizeof d_edges / sizeof d_edges[0])

/* A random value of interesting shape: any bits, a narrow exponent range
 * (cancellation, rounding ties), subnormals, or a neighbour of an edge. */
static uint32_t rnd_f(uint32_t near) {
    uint64_t r = rnd();
    switch (r & 7) {
    case 0: case 1: return (uint32_t)(r >> 32);
    case 2: return (uint32_t)((r >> 32) & 0x807FFFFFu) | (uint32_t)(120 + (r >> 8) % 16) << 23;
    case 3: return (uint32_t)(r >> 32) & 0x807FFFFFu;
    case 4: return near + (uint32_t)((r >> 8) % 5) - 2;
    case 5: return f_edges[(r >> 8) % N_F_EDGES];
    case 6: return (uint32_t)((r >> 32) & 0x80000000u) | (uint32_t)(r >> 16) << 8;
    default: return (near & 0xFF800000u) | (uint32_t)(r >> 41);
    }
}
static uint64_t rnd_d(uint64_t near) {
    uint64_t r = rnd(), s = rnd();
    switch (r & 7) {
    case 0: case 1: return s;
    case 2: return (s & 0x800FFFFFFFFFFFFFu) | (uint64_t)(1015 + (r >> 8) % 16) << 52;
    case 3: return s & 0x800FFFFFFFFFFFFFu;
    case 4: return near + (r >> 8) % 5 - 2;
    case 5: return d_edges[(r >> 8) % N_D_EDGES];
    case 6: return (s & 0x8000000000000000u) | (s << 20 >> 20) << 28; /* few low bits: exact ties */
    default: return (near & 0xFFF0000000000000u) | (s >> 12);
    }
}

static void check_f(const char *what, uint32_t a, uint32_t b, uint32_t got, float want) {
    checks++;
    uint32_t w = b_of_f(want);
    if (isnan(want) ? !isnan(f_of(got)) : got != w)
        fail(what, a, b, got, w);
}
static void check_d(const char *what, uint64_t a, uint64_t b, uint64_t got, double want) {
    checks++;
    uint64_t w = b_of_d(want);
    if (isnan(want) ? !isnan(d_of(got)) : got != w)
        fail(what, a, b, got, w);
}
static void check_i(const char *what, uint64_t a, long long got, long long want) {
    checks++;
    if (got != want)
        fail(what, a, 0, (uint64_t)got, (uint64_t)want);
}

static int host_cmp_f(float a, float b) { return isnan(a) || isnan(b) ? 2 : a < b ? -1 : a > b; }
static int host_cmp_d(double a, double b) { return isnan(a) || isnan(b) ? 2 : a < b ? -1 : a > b; }

static void f_pair(uint32_t a, uint32_t b) {
    float x = f_of(a), y = f_of(b);
    check_f("sf_add", a, b, sf_add(a, b), x + y);
    check_f("sf_sub", a, b, sf_sub(a, b), x - y);
    check_f("sf_mul", a, b, sf_mul(a, b), x * y);
    check_f("sf_div", a, b, sf_div(a, b), x / y);
    check_i("sf_compare", a, sf_compare(a, b), host_cmp_f(x, y));
}
static void d_pair(uint64_t a, uint64_t b) {
    double x = d_of(a), y = d_of(b);
    check_d("df_add", a, b, df_add(a, b), x + y);
    check_d("df_sub", a, b, df_sub(a, b), x - y);
    check_d("df_mul", a, b, df_mul(a, b), x * y);
    check_d("df_div", a, b, df_div(a, b), x / y);
    check_i("df_compare", a, df_compare(a, b), host_cmp_d(x, y));
}

static void f_single(uint32_t a) {
    float x = f_of(a);
    check_d("sf_to_df", a, 0, sf_to_df(a), (double)x);
    if (!isnan(x) && fabsf(x) < 2147483648.0f)
        check_i("sf_to_i32", a, sf_to_i32(a), (int32_t)x);
    if (!isnan(x) && x > -1.0f && x < 4294967296.0f)
        check_i("sf_to_u32", a, sf_to_u32(a), (uint32_t)x);
    if (!isnan(x) && fabsf(x) < 9223372036854775808.0f)
        check_i("sf_to_i64", a, sf_to_i64(a), (int64_t)x);
}
static void d_single(uint64_t a) {
    double x = d_of(a);
    check_f("df_to_sf", a, 0, df_to_sf(a), (float)x);
    if (!isnan(x) && fabs(x) < 2147483648.0)
        check_i("df_to_i32", a, df_to_i32(a), (int32_t)x);
    if (!isnan(x) && x > -1.0 && x < 4294967296.0)
        check_i("df_to_u32", a, df_to_u32(a), (uint32_t)x);
    if (!isnan(x) && fabs(x) < 9223372036854775808.0)
        check_i("df_to_i64", a, df_to_i64(a), (int64_t)x);
    if (!isnan(x) && x > -1.0 && x < 18446744073709551616.0)
        check_i("df_to_u64", a, (long long)df_to_u64(a), (long long)(uint64_t)x);
}
static void int_single(uint64_t v) {
    int shift = (int)(rnd() % 64);
    v >>= shift; /* every magnitude */
    int64_t s = (rnd() & 1) ? -(int64_t)(v >> 1) : (int64_t)v;
    check_f("sf_from_i64", v, 0, sf_from_i64(s), (float)s);
    check_f("sf_from_u64", v, 0, sf_from_u64(v), (float)v);
    check_d("df_from_i64", v, 0, df_from_i64(s), (double)s);
    check_d("df_from_u64", v, 0, df_from_u64(v), (double)v);
    check_d("df_from_i32", v, 0, df_from_i64((int32_t)s), (double)(int32_t)s);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 200000;
    for (size_t i = 0; i < N_F_EDGES; i++) {
        f_single(f_edges[i]);
        for (size_t j = 0; j < N_F_EDGES; j++)
            f_pair(f_edges[i], f_edges[j]);
    }
    for (size_t i = 0; i < N_D_EDGES; i++) {
        d_single(d_edges[i]);
        for (size_t j = 0; j < N_D_EDGES; j++)
            d_pair(d_edges[i], d_edges[j]);
    }
    for (long i = 0; i < n; i++) {
        uint32_t a = rnd_f(f_edges[rnd() % N_F_EDGES]);
        f_pair(a, rnd_f(a));
        f_single(a);
        uint64_t b = rnd_d(d_edges[rnd() % N_D_EDGES]);
        d_pair(b, rnd_d(b));
        d_single(b);
        int_single(rnd());
    }
    /* documented saturation (C leaves these undefined) */
    check_i("df_to_i32 +big", 0, df_to_i32(b_of_d(1e300)), INT32_MAX);
    check_i("df_to_i32 -inf", 0, df_to_i32(0xFFF0000000000000u), INT32_MIN);
    check_i("df_to_i64 nan", 0, df_to_i64(0x7FF8000000000000u), 0);
    check_i("df_to_u32 -5", 0, df_to_u32(b_of_d(-5.0)), 0);
    check_i("sf_to_u32 +inf", 0, sf_to_u32(0x7F800000u), UINT32_MAX);
    check_i("sf_to_i64 -2^63", 0, sf_to_i64(0xDF000000u), INT64_MIN);
    printf("softfloat: %ld checks, %ld failures\n", checks, failures);
    return failures != 0;
}
