/* Traceback entries and the uncaught-exception printer (MicroPython's
 * format: entries outermost first, then "Type: message"). */
#include "rt_internal.h"

/* Set in traceback_alloc once growing the entries failed: the rest of
 * the unwinding adds no entries instead of trying (and collecting) again
 * at every level, which made deep recursion on a full heap quadratic. */
#define TRACEBACK_NO_ROOM 0x8000u

void rt_traceback_add(const char *file, uint32_t line, const char *function) {
    Obj exc = rt_state.exc;
    if (!exc || !(type_of(exc)->flags & RT_TYPE_EXCEPTION))
        return;
    Exception *e = (Exception *)exc;
    if (e->traceback_len == (e->traceback_alloc & ~TRACEBACK_NO_ROOM)) {
        if (e == &rt_memory_error_obj || e->traceback_alloc >= 0x4000)
            return; /* full, or TRACEBACK_NO_ROOM */
        size_t alloc = e->traceback_alloc ? 2u * e->traceback_alloc : 4;
        TracebackEntry *t = rt_alloc_quiet(alloc * sizeof(TracebackEntry));
        if (!t) {
            e->traceback_alloc |= TRACEBACK_NO_ROOM;
            return;
        }
        rt_memcpy(t, e->traceback, e->traceback_len * sizeof(TracebackEntry));
        e->traceback = t;
        e->traceback_alloc = (uint16_t)alloc;
    }
    TracebackEntry *t = &e->traceback[e->traceback_len++];
    t->file = file ? file : "<stdin>";
    t->function = function ? function : "<module>";
    t->line = line;
}

void rt_print_exception(Stream *s, Obj exc) {
    Obj saved = rt_exc_take();
    if (type_of(exc)->flags & RT_TYPE_EXCEPTION) {
        const Exception *e = (const Exception *)exc;
        if (e->traceback_len) {
            rt_stream_puts(s, "Traceback (most recent call last):\n");
            for (size_t i = e->traceback_len; i-- > 0;) {
                const TracebackEntry *t = &e->traceback[i];
                rt_stream_printf(s, "  File \"%s\", line %ld, in %s\n", t->file, (long)t->line, t->function);
            }
        }
    }
    rt_stream_puts(s, rt_type_name(type_of(exc)));
    rt_stream_write(s, ": ", 2);
    if (rt_print(s, exc, RT_PRINT_STR) < 0)
        rt_exc_clear();
    rt_stream_write(s, "\n", 1);
    rt_state.exc = saved;
}
