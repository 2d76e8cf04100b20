/* An illegal instruction must end the run with a FATAL message and status 3,
 * never hang or reset silently. */
#include "fw_print.h"

int mpyc_main(void) {
    fw_puts("about to fault\n");
    __builtin_trap();
}
