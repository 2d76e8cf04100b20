/* Host-only additions to hal.h for the host implementation (hal_host.c). */
#ifndef MPYC_HAL_HOST_H
#define MPYC_HAL_HOST_H

#include <stddef.h>

/* Size of the GC heap hal_heap_region hands out; call before the first
 * hal_heap_region (the default is 8 MB, as --heap would set it). */
void hal_host_set_heap_size(size_t size);

/* Simulated hardware (see hal_host.c): GPIO pins and the peripheral-RAM
 * window that machine.mem8/16/32 and memorymap.AddressRange may access. */
#define HAL_HOST_GPIO_COUNT 30
#define HAL_HOST_PERIPH_BASE 0x40000000u
#define HAL_HOST_PERIPH_SIZE 0x10000u

#endif
