/* GC heap and stack bounds, straight from the linker script. */
#include "hal.h"
#include "startup.h"

void hal_heap_region(void **start, size_t *size) {
    *start = __mpyc_heap_start;
    *size = (size_t)(__mpyc_heap_end - __mpyc_heap_start);
}

/* A quarter of the stack (512 bytes to 4 KB) stays free below the last
 * compiled function's stack check for the runtime's own C code: raising the
 * RuntimeError, formatting, printing, a collection. */
void *hal_stack_limit(void) {
    size_t size = (size_t)(__mpyc_stack_top - __mpyc_stack_limit);
    size_t margin = size / 4;
    if (margin < 512)
        margin = 512;
    if (margin > 4096)
        margin = 4096;
    return margin < size ? __mpyc_stack_limit + margin : __mpyc_stack_limit;
}

void *hal_stack_top(void) {
    return __mpyc_stack_top;
}
