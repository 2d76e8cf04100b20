#ifndef MPYC_HAL_CORTEX_M_SYSTICK_H
#define MPYC_HAL_CORTEX_M_SYSTICK_H

#include <stdint.h>

/* Starts the 1 ms SysTick; the hal_ticks_* and hal_delay_us functions of
 * cortex_m_systick.c then work. */
void cortex_m_systick_start(uint32_t cpu_hz);

#endif
