/* Tiny console helpers for the firmware tests (no libc printf on every board). */
#ifndef FW_PRINT_H
#define FW_PRINT_H

#include "hal.h"

static inline void fw_puts(const char *text) {
    size_t len = 0;
    while (text[len])
        len++;
    hal_write(1, text, len);
}

static inline void fw_putu(uint32_t value) {
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        hal_write(1, &digits[--n], 1);
}

/* Prints "FAIL: what" and returns 1 when the condition is false. */
#define FW_CHECK(cond, what) \
    do { \
        if (!(cond)) { \
            fw_puts("FAIL: " what "\n"); \
            return 1; \
        } \
    } while (0)

#endif
