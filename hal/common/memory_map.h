/* Address-range checks for memorymap.AddressRange and machine.memN. */
#ifndef MPYC_HAL_MEMORY_MAP_H
#define MPYC_HAL_MEMORY_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct memory_window {
    uintptr_t start;
    uintptr_t end; /* exclusive */
};

/* True when [start, start+length) lies inside one of the windows. */
bool memory_range_in(const struct memory_window *windows, size_t count,
                     uintptr_t start, size_t length);

#endif
