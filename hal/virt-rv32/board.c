/* QEMU virt RISC-V 32 (an ESP32-C3-class RV32IMC core): console and exit over
 * semihosting, time from the CLINT's 10 MHz mtime (qemu's virtual clock, so
 * deterministic under -icount), no unique id, no GPIO. */
#include "hal.h"
#include "memory_map.h"
#include "startup.h"

#define MTIME_LO (*(volatile uint32_t *)0x0200BFF8)
#define MTIME_HI (*(volatile uint32_t *)0x0200BFFC)
#define MTIME_HZ 10000000u

_Noreturn void riscv_start(void) {
    startup_init_memory();
    startup_run_program();
}

_Noreturn void riscv_trap(uint32_t cause, uint32_t pc) {
    startup_fatal(cause == 2 ? "illegal instruction" : "trap", pc);
}

void hal_init(void) {}

static uint64_t mtime(void) {
    uint32_t hi, lo;
    do {
        hi = MTIME_HI;
        lo = MTIME_LO;
    } while (hi != MTIME_HI);
    return ((uint64_t)hi << 32) | lo;
}

uint32_t hal_ticks_us(void) { return (uint32_t)(mtime() / (MTIME_HZ / 1000000u)); }
uint32_t hal_ticks_ms(void) { return (uint32_t)(mtime() / (MTIME_HZ / 1000u)); }
uint64_t hal_time_ns(void) { return mtime() * (1000000000u / MTIME_HZ); }
/* No real-time clock: wall time counts from power-on. */
uint64_t hal_wall_time_ns(void) { return hal_time_ns(); }

uint32_t hal_ticks_cpu(void) {
    uint32_t cycles;
    __asm__ volatile(".option push\n .option arch, +zicsr\n"
                     "csrr %0, mcycle\n .option pop" : "=r"(cycles));
    return cycles;
}

void hal_delay_us(uint32_t us) {
    uint64_t end = mtime() + (uint64_t)us * (MTIME_HZ / 1000000u);
    while (mtime() < end) {
    }
}

uint32_t hal_cpu_freq(void) { return MPYC_CPU_HZ; }
bool hal_set_cpu_freq(uint32_t hz) { return hz == MPYC_CPU_HZ; }
size_t hal_unique_id(uint8_t *buf, size_t max) { (void)buf, (void)max; return 0; }

_Noreturn void hal_reset(void) {
    /* the virt machine's test device: FINISHER_RESET */
    *(volatile uint32_t *)0x00100000 = 0x7777;
    for (;;) {
    }
}

static const struct memory_window windows[] = {
    {MPYC_FLASH_ORIGIN, MPYC_FLASH_ORIGIN + MPYC_FLASH_SIZE}, /* code (RAM-backed) */
    {MPYC_RAM_ORIGIN, MPYC_RAM_ORIGIN + MPYC_RAM_SIZE},
    {0x02000000, 0x02010000}, /* CLINT */
    {0x10000000, 0x10000100}, /* NS16550 UART */
};

bool hal_address_range_ok(uintptr_t start, size_t length) {
    return memory_range_in(windows, sizeof windows / sizeof windows[0], start, length);
}
