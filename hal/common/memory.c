/* GC heap and stack bounds, straight from the linker script. */
#include "hal.h"
#include "startup.h"

void hal_heap_region(void **start, size_t *size) {
    *start = __mpyc_heap_start;
    *size = (size_t)(__mpyc_heap_end - __mpyc_heap_start);
}

void *hal_stack_limit(void) {
    return __mpyc_stack_limit;
}

void *hal_stack_top(void) {
    return __mpyc_stack_top;
}
