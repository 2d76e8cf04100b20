/* Never ends: the emulator run must be stopped by --timeout (status 124). */
#include "fw_print.h"

int mpyc_main(void) {
    fw_puts("hanging\n");
    for (;;)
        __asm__ volatile("" ::: "memory");
}
