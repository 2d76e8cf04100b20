/* Prints, computes a little, and ends with status 7 so the test can tell the
 * status reaches the host. */
#include "fw_print.h"

static uint32_t fib(uint32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int mpyc_main(void) {
    fw_puts("hello from " MPYC_BOARD_NAME "\n");
    fw_puts("fib(20) = ");
    fw_putu(fib(20));
    fw_puts("\n");
    return 7;
}
