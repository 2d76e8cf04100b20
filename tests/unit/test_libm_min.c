/* The small libm of hal/common/libm_min.c (used on boards without a libm)
 * against glibc: special cases exactly, and the largest error in ulps over
 * random arguments, per function, within the bounds its header promises. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define F(n) mpyc_##n
double F(floor)(double); double F(fmod)(double, double); double F(sqrt)(double);
double F(exp)(double); double F(log)(double); double F(pow)(double, double);
double F(sin)(double); double F(cos)(double); double F(atan2)(double, double);
double F(hypot)(double, double);

static uint64_t state = 88172645463325252u;
static uint64_t rnd(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static double uniform(double lo, double hi) { return lo + (hi - lo) * (double)(rnd() >> 11) * 0x1p-53; }
static double any_double(void) { uint64_t b = rnd(); double d; memcpy(&d, &b, 8); return d; }

static int failures;

/* Distance in ulps between got and the reference (nan == nan, signed zeros
 * count as different). */
static double ulps(double got, double want) {
    if (isnan(want))
        return isnan(got) ? 0 : 1e30;
    if (got == want)
        return signbit(got) == signbit(want) ? 0 : 1e30;
    if (isinf(want) || isinf(got))
        return 1e30;
    int e;
    frexp(want, &e);
    double ulp = ldexp(1.0, (e - 53 < -1074 ? -1074 : e - 53));
    return fabs(got - want) / ulp;
}

static void report(const char *name, double worst, double bound, long n) {
    int ok = worst <= bound;
    printf("%-6s max error %.3f ulp over %ld arguments (bound %.1f)%s\n", name, worst, n, bound, ok ? "" : "  FAIL");
    failures += !ok;
}

#define CHECK1(fn, gen, bound, n) do { double worst = 0; \
    for (long i = 0; i < (n); i++) { double x = (gen); double u = ulps(F(fn)(x), fn(x)); \
        if (u > worst) { worst = u; if (u > (bound)) printf("  " #fn "(%a) = %a, want %a\n", x, F(fn)(x), fn(x)); } } \
    report(#fn, worst, bound, n); } while (0)
#define CHECK2(fn, genx, geny, bound, n) do { double worst = 0; \
    for (long i = 0; i < (n); i++) { double x = (genx), y = (geny); double u = ulps(F(fn)(x, y), fn(x, y)); \
        if (u > worst) { worst = u; if (u > (bound)) printf("  " #fn "(%a, %a) = %a, want %a\n", x, y, F(fn)(x, y), fn(x, y)); } } \
    report(#fn, worst, bound, n); } while (0)

static const double specials[] = { 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e-310, -1e-310,
    1e308, -1e308, INFINITY, -INFINITY, NAN, 0.1, 709.0, -745.0, 1e300, 4.9e-324 };
#define NSPEC (sizeof specials / sizeof specials[0])

int main(void) {
    long n = 200000;
    /* special values: every pair against glibc, exact */
    double worst = 0;
    for (size_t i = 0; i < NSPEC; i++) {
        double x = specials[i];
        /* sin/cos reduce arguments accurately only below 2**20 * pi/2 */
        int trig = !(fabs(x) > 1e6);
        double us[] = { ulps(F(floor)(x), floor(x)), ulps(F(sqrt)(x), sqrt(x)), ulps(F(exp)(x), exp(x)),
                        ulps(F(log)(x), log(x)), trig ? ulps(F(sin)(x), sin(x)) : 0, trig ? ulps(F(cos)(x), cos(x)) : 0 };
        for (size_t k = 0; k < sizeof us / sizeof us[0]; k++)
            if (us[k] > 1) { printf("  special %zu of %a: %g ulp\n", k, x, us[k]); worst = 1e30; }
        for (size_t j = 0; j < NSPEC; j++) {
            double y = specials[j];
            double vs[] = { ulps(F(fmod)(x, y), fmod(x, y)), ulps(F(pow)(x, y), pow(x, y)),
                            ulps(F(atan2)(x, y), atan2(x, y)), ulps(F(hypot)(x, y), hypot(x, y)) };
            for (size_t k = 0; k < sizeof vs / sizeof vs[0]; k++)
                if (vs[k] > 2) { printf("  special %zu of (%a, %a): %g ulp\n", k, x, y, vs[k]); worst = 1e30; }
        }
    }
    report("special", worst, 2, (long)(NSPEC * NSPEC));
    CHECK1(floor, any_double(), 0, n);
    CHECK1(floor, uniform(-1e6, 1e6), 0, n);
    CHECK2(fmod, any_double(), any_double(), 0, n);
    CHECK2(fmod, uniform(-1e6, 1e6), uniform(-10, 10), 0, n);
    CHECK1(sqrt, fabs(any_double()), 0, n);
    CHECK1(exp, uniform(-745, 710), 1, n);
    CHECK1(exp, uniform(-1, 1), 1, n);
    CHECK1(log, fabs(any_double()), 1, n);
    CHECK1(log, uniform(0.5, 2), 1, n);
    CHECK2(pow, uniform(0, 10), uniform(-50, 50), 4, n);
    CHECK2(pow, uniform(0.9, 1.1), uniform(-3000, 3000), 4, n);
    CHECK2(pow, uniform(-10, 10), (double)(int)uniform(-30, 30), 2, n);
    CHECK1(sin, uniform(-10, 10), 1, n);
    CHECK1(sin, uniform(-1e5, 1e5), 1, n);
    CHECK1(cos, uniform(-10, 10), 1, n);
    CHECK1(cos, uniform(-1e5, 1e5), 1, n);
    CHECK2(atan2, uniform(-10, 10), uniform(-10, 10), 1, n);
    CHECK2(atan2, any_double(), any_double(), 1, n);
    CHECK2(hypot, any_double(), any_double(), 1, n);
    CHECK2(hypot, uniform(-10, 10), uniform(-10, 10), 1, n);
    return failures != 0;
}
