/* Runtime startup, running the main module, shutdown. */
#include "rt_internal.h"
#include "hal.h"

RuntimeState rt_state;
uintptr_t rt_stack_floor; /* compiled code raises RuntimeError below it */

/* The stack scan runs up to the HAL's stack top: an address derived from
 * this frame would miss the upper slots of sibling frames, which compilers
 * (ASan's redzoned frames above all) can place above it. */
void rt_init(size_t heap_size) {
    rt_stack_base = hal_stack_top();
    rt_stack_floor = (uintptr_t)hal_stack_limit();
    void *start;
    size_t size;
    hal_heap_region(&start, &size);
    if (heap_size && heap_size < size)
        size = heap_size;
    rt_gc_init(start, size);
    rt_memset(&rt_state, 0, sizeof rt_state);
}

int rt_run_main(Obj module_name) {
    if (!rt_state.modules)
        rt_state.modules = rt_dict_new(8);
    Obj m = rt_state.modules ? rt_import(module_name) : 0;
    if (m)
        return 0;
    Obj exc = rt_exc_take();
    if (exc && rt_is_subclass(type_of(exc), &type_SystemExit)) {
        Obj code = rt_exc_value(exc);
        if (code == RT_NONE)
            return 0;
        if (obj_is_small(code))
            return (int)small_value(code);
        if (code == RT_TRUE || code == RT_FALSE) /* an int, so a status */
            return code == RT_TRUE;
        rt_print(&rt_stderr, code, RT_PRINT_STR);
        rt_stream_write(&rt_stderr, "\n", 1);
        return 1;
    }
    if (exc)
        rt_print_exception(&rt_stderr, exc);
    return 1;
}

void rt_deinit(void) {
}
