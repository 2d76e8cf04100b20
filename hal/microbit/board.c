/* BBC micro:bit v1 (nRF51822, Cortex-M0 at 16 MHz) as QEMU's microbit
 * machine models it: console and exit over semihosting, time over SysTick,
 * machine.unique_id from the FICR DEVICEID words. */
#include "cortex_m_systick.h"
#include "hal.h"
#include "memory_map.h"

#define FICR_DEVICEID ((const volatile uint32_t *)0x10000060)

void hal_init(void) {
    cortex_m_systick_start(MPYC_CPU_HZ);
}

uint32_t hal_cpu_freq(void) { return MPYC_CPU_HZ; }
bool hal_set_cpu_freq(uint32_t hz) { return hz == MPYC_CPU_HZ; }

size_t hal_unique_id(uint8_t *buf, size_t max) {
    size_t n = 0;
    for (int word = 0; word < 2; word++)
        for (int byte = 0; byte < 4 && n < max; byte++)
            buf[n++] = (uint8_t)(FICR_DEVICEID[word] >> (8 * byte));
    return n;
}

_Noreturn void hal_reset(void) {
    *(volatile uint32_t *)0xE000ED0C = 0x05FA0004; /* AIRCR SYSRESETREQ */
    for (;;) {
    }
}

/* nRF51 reference manual memory map. */
static const struct memory_window windows[] = {
    {0x00000000, 0x00040000}, /* code flash, 256 KB */
    {0x10000000, 0x10000400}, /* FICR */
    {0x10001000, 0x10001400}, /* UICR */
    {0x20000000, 0x20004000}, /* RAM, 16 KB */
    {0x40000000, 0x40080000}, /* APB peripherals */
    {0x50000000, 0x50001000}, /* GPIO */
    {0xE000E000, 0xE000F000}, /* System control space */
};

bool hal_address_range_ok(uintptr_t start, size_t length) {
    return memory_range_in(windows, sizeof windows / sizeof windows[0], start, length);
}
