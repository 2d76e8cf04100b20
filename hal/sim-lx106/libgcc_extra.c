/* Integer helpers that Debian's libgcc for xtensa-lx106 lacks (its
 * assembler-written part is missing): the lx106 has no divide instruction,
 * so GCC calls these for / and % and 64-bit multiplication. Written with
 * 32-bit operations only, so GCC cannot turn them back into calls to
 * themselves. Soft-float add/mul/conversions are missing too: see
 * hal/README.md. */
#include <stdint.h>

uint64_t __udivmoddi4(uint64_t num, uint64_t den, uint64_t *rem);
int64_t __divmoddi4(int64_t num, int64_t den, int64_t *rem);

uint32_t __udivsi3(uint32_t num, uint32_t den);
uint32_t __umodsi3(uint32_t num, uint32_t den);
int32_t __divsi3(int32_t num, int32_t den);
uint64_t __muldi3(uint64_t a, uint64_t b);
uint64_t __umulsidi3(uint32_t a, uint32_t b);
uint64_t __udivdi3(uint64_t num, uint64_t den);
uint64_t __umoddi3(uint64_t num, uint64_t den);
int64_t __divdi3(int64_t num, int64_t den);

/* Shift-subtract division; a zero divisor gives all ones, like libgcc. */
static uint32_t udivmod32(uint32_t num, uint32_t den, uint32_t *rem) {
    if (den == 0) {
        *rem = num;
        return 0xFFFFFFFFu;
    }
    uint32_t quot = 0, r = 0;
    for (int bit = 31; bit >= 0; bit--) {
        r = (r << 1) | ((num >> bit) & 1u);
        if (r >= den) {
            r -= den;
            quot |= 1u << bit;
        }
    }
    *rem = r;
    return quot;
}

uint32_t __udivsi3(uint32_t num, uint32_t den) {
    uint32_t rem;
    return udivmod32(num, den, &rem);
}

uint32_t __umodsi3(uint32_t num, uint32_t den) {
    uint32_t rem;
    udivmod32(num, den, &rem);
    return rem;
}

int32_t __divsi3(int32_t num, int32_t den) {
    uint32_t rem;
    uint32_t n = num < 0 ? 0u - (uint32_t)num : (uint32_t)num;
    uint32_t d = den < 0 ? 0u - (uint32_t)den : (uint32_t)den;
    uint32_t q = udivmod32(n, d, &rem);
    return (int32_t)((num < 0) != (den < 0) ? 0u - q : q);
}

/* 32 x 32 -> 64 from 16-bit halves (the core multiplies 32 x 32 -> low 32). */
static uint64_t mul32x32(uint32_t a, uint32_t b) {
    uint32_t al = a & 0xFFFF, ah = a >> 16, bl = b & 0xFFFF, bh = b >> 16;
    uint32_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint32_t mid = (ll >> 16) + (lh & 0xFFFF) + (hl & 0xFFFF);
    uint32_t lo = (ll & 0xFFFF) | (mid << 16);
    uint32_t hi = hh + (lh >> 16) + (hl >> 16) + (mid >> 16);
    return ((uint64_t)hi << 32) | lo;
}

uint64_t __umulsidi3(uint32_t a, uint32_t b) { return mul32x32(a, b); }

uint64_t __muldi3(uint64_t a, uint64_t b) {
    uint32_t alo = (uint32_t)a, ahi = (uint32_t)(a >> 32);
    uint32_t blo = (uint32_t)b, bhi = (uint32_t)(b >> 32);
    uint64_t low = mul32x32(alo, blo);
    uint32_t cross = alo * bhi + ahi * blo;
    return low + ((uint64_t)cross << 32);
}

uint64_t __udivdi3(uint64_t num, uint64_t den) { return __udivmoddi4(num, den, 0); }

uint64_t __umoddi3(uint64_t num, uint64_t den) {
    uint64_t rem;
    __udivmoddi4(num, den, &rem);
    return rem;
}

int64_t __divdi3(int64_t num, int64_t den) {
    int64_t rem;
    return __divmoddi4(num, den, &rem);
}
