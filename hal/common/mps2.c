/* MPS2 FPGA images (AN385 Cortex-M3, AN386 Cortex-M4F) as QEMU models them:
 * console and exit over semihosting, time over SysTick at the 25 MHz system
 * clock, no unique id, no GPIO model worth a machine.Pin. */
#include "cortex_m_systick.h"
#include "hal.h"
#include "memory_map.h"

void hal_init(void) {
    cortex_m_systick_start(MPYC_CPU_HZ);
}

uint32_t hal_cpu_freq(void) { return MPYC_CPU_HZ; }
bool hal_set_cpu_freq(uint32_t hz) { return hz == MPYC_CPU_HZ; }
size_t hal_unique_id(uint8_t *buf, size_t max) { (void)buf, (void)max; return 0; }

_Noreturn void hal_reset(void) {
    /* AIRCR: VECTKEY | SYSRESETREQ */
    *(volatile uint32_t *)0xE000ED0C = 0x05FA0004;
    for (;;) {
    }
}

/* Code SSRAM, data SSRAM, the APB/AHB peripherals and the system control
 * space. The memory map is the one of the AN385/AN386 application notes. */
static const struct memory_window windows[] = {
    {0x00000000, 0x00400000}, /* ZBT SSRAM1 (code) */
    {0x20000000, 0x20400000}, /* ZBT SSRAM2/3 (data) */
    {0x40000000, 0x40030000}, /* CMSDK APB and AHB peripherals */
    {0xE000E000, 0xE000F000}, /* System control space (SysTick, NVIC, SCB) */
};

bool hal_address_range_ok(uintptr_t start, size_t length) {
    return memory_range_in(windows, sizeof windows / sizeof windows[0], start, length);
}
