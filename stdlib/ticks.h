/* MicroPython's ticks arithmetic: tick values are in [0, TICKS_PERIOD),
 * TICKS_PERIOD a power of two (2**30, as MicroPython's 32-bit ports, so a
 * tick is always a small int), and differences are signed in
 * [-TICKS_PERIOD/2, TICKS_PERIOD/2). */
#ifndef MPYC_STDLIB_TICKS_H
#define MPYC_STDLIB_TICKS_H

#include <stdint.h>

#define STDLIB_TICKS_PERIOD (UINT32_C(1) << 30)
#define STDLIB_TICKS_MAX (STDLIB_TICKS_PERIOD - 1)

static inline uint32_t stdlib_ticks_wrap(uint32_t t) { return t & STDLIB_TICKS_MAX; }

static inline uint32_t stdlib_ticks_add(uint32_t ticks, uint32_t delta) {
    return (ticks + delta) & STDLIB_TICKS_MAX;
}

static inline int32_t stdlib_ticks_diff(uint32_t end, uint32_t start) {
    uint32_t half = STDLIB_TICKS_PERIOD / 2;
    return (int32_t)((end - start + half) & STDLIB_TICKS_MAX) - (int32_t)half;
}

#endif
