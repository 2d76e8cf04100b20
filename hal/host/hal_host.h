/* Host-only additions to hal.h for the host implementation (hal_host.c). */
#ifndef MPYC_HAL_HOST_H
#define MPYC_HAL_HOST_H

#include <stddef.h>

/* Size of the GC heap hal_heap_region hands out; call before the first
 * hal_heap_region (the default is 8 MB, as --heap would set it). */
void hal_host_set_heap_size(size_t size);

#endif
