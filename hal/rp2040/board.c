/* Raspberry Pi RP2040: init, exit, machine support and the memory map.
 * Exit: UART drained, then a semihosting SYS_EXIT_EXTENDED (BKPT 0xAB) that
 * the rp2040js runner (and openocd with semihosting on) serves; on a board
 * without a debugger the BKPT faults and the fault handler parks the core. */
#include "hal.h"
#include "memory_map.h"
#include "rp2040.h"
#include "regs.h"
#include "semihost.h"

void hal_init(void) {
    rp2040_clocks_init();
    rp2040_uart_init();
}

_Noreturn void hal_exit(int status) {
    rp2040_uart_flush();
    uintptr_t args[2] = {SEMIHOST_APPLICATION_EXIT, (uintptr_t)status};
    semihost_call(SEMIHOST_SYS_EXIT_EXTENDED, args);
    for (;;)
        __asm__ volatile("wfi");
}

uint32_t hal_cpu_freq(void) { return RP2040_SYS_HZ; }
bool hal_set_cpu_freq(uint32_t hz) { return hz == RP2040_SYS_HZ; }

/* The flash's unique id needs a command sent over the SSI with XIP off,
 * from code in RAM; the emulator's flash model does not answer it. Until a
 * board needs it, report none. */
size_t hal_unique_id(uint8_t *buf, size_t max) { (void)buf, (void)max; return 0; }

_Noreturn void hal_reset(void) {
    REG(SCB_AIRCR) = 0x05FA0004u; /* SYSRESETREQ */
    for (;;) {
    }
}

/* RP2040 datasheet address map. Boot ROM, XIP flash (and its cache-bypass
 * aliases), SRAM, APB and AHB-Lite peripherals, SIO, and the PPB. */
static const struct memory_window windows[] = {
    {0x00000000, 0x00004000}, /* boot ROM, 16 KB */
    {0x10000000, 0x10000000 + MPYC_FLASH_SIZE}, /* XIP flash */
    {0x13000000, 0x13000000 + MPYC_FLASH_SIZE}, /* XIP, no cache, no alloc */
    {0x20000000, 0x20042000}, /* SRAM, 264 KB */
    {0x40000000, 0x40070000}, /* APB peripherals */
    {0x50000000, 0x50400000}, /* AHB-Lite peripherals (DMA, USB, PIO) */
    {0xD0000000, 0xD0000180}, /* SIO */
    {0xE0000000, 0xE0010000}, /* Cortex-M0+ private peripherals */
};

bool hal_address_range_ok(uintptr_t start, size_t length) {
    return memory_range_in(windows, sizeof windows / sizeof windows[0], start, length);
}
