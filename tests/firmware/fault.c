/* A load from an unmapped address must end the run with a message and
 * status 3, never hang. */
#include "fw_print.h"

int mpyc_main(void) {
    fw_puts("about to fault\n");
    volatile uint32_t *bad = (volatile uint32_t *)(uintptr_t)MPYC_UNMAPPED_ADDRESS;
    uint32_t value = *bad;
    fw_puts("no fault\n");
    return (int)value;
}
