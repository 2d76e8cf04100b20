#include "memory_map.h"

bool memory_range_in(const struct memory_window *windows, size_t count,
                     uintptr_t start, size_t length) {
    if (length == 0 || start + length < start)
        return false;
    for (size_t i = 0; i < count; i++)
        if (start >= windows[i].start && start + length <= windows[i].end)
            return true;
    return false;
}
