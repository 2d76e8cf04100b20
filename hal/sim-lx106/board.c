/* sim-lx106: an ESP8266-class Xtensa lx106 (call0 ABI) on qemu's sim
 * machine. Console, input and exit through simcall (qemu -semihosting),
 * time from the CCOUNT cycle counter, no unique id, no GPIO. */
#include "hal.h"
#include "memory_map.h"
#include "startup.h"

enum { SIMCALL_EXIT = 1, SIMCALL_READ = 3, SIMCALL_WRITE = 4 };

static int simcall(int op, int arg1, const void *arg2, size_t arg3) {
    register int a2 __asm__("a2") = op;
    register int a3 __asm__("a3") = arg1;
    register const void *a4 __asm__("a4") = arg2;
    register size_t a5 __asm__("a5") = arg3;
    __asm__ volatile("simcall" : "+r"(a2) : "r"(a3), "r"(a4), "r"(a5) : "memory");
    return a2;
}

_Noreturn void lx106_start(void) {
    startup_init_memory();
    startup_run_program();
}

_Noreturn void lx106_trap(uint32_t cause, uint32_t pc) {
    startup_fatal(cause == 0 ? "illegal instruction" : "exception", pc);
}

void hal_init(void) {}

void hal_write(int fd, const char *buf, size_t len) {
    (void)fd; /* one ordered console, like the other boards */
    if (len)
        simcall(SIMCALL_WRITE, 1, buf, len);
}

int hal_read_byte(void) {
    unsigned char byte;
    return simcall(SIMCALL_READ, 0, &byte, 1) == 1 ? byte : -1;
}

_Noreturn void hal_exit(int status) {
    simcall(SIMCALL_EXIT, status, 0, 0);
    for (;;) {
    }
}

/* CCOUNT is 32 bits; extend it to 64 by counting wraps between readings
 * (correct as long as the clock is read at least once per wrap, 107 s). */
static uint32_t last_count, wraps;

static uint64_t cycles(void) {
    uint32_t count;
    __asm__ volatile("rsr %0, ccount" : "=r"(count));
    if (count < last_count)
        wraps++;
    last_count = count;
    return ((uint64_t)wraps << 32) | count;
}

#define CYCLES_PER_US (MPYC_CPU_HZ / 1000000u)

uint32_t hal_ticks_us(void) { return (uint32_t)(cycles() / CYCLES_PER_US); }
uint32_t hal_ticks_ms(void) { return (uint32_t)(cycles() / (MPYC_CPU_HZ / 1000u)); }
uint32_t hal_ticks_cpu(void) { return (uint32_t)cycles(); }
uint64_t hal_time_ns(void) { return cycles() * 1000u / CYCLES_PER_US; }
/* No real-time clock: wall time counts from power-on. */
uint64_t hal_wall_time_ns(void) { return hal_time_ns(); }

void hal_delay_us(uint32_t us) {
    uint64_t end = cycles() + (uint64_t)us * CYCLES_PER_US;
    while (cycles() < end) {
    }
}

uint32_t hal_cpu_freq(void) { return MPYC_CPU_HZ; }
bool hal_set_cpu_freq(uint32_t hz) { return hz == MPYC_CPU_HZ; }
size_t hal_unique_id(uint8_t *buf, size_t max) { (void)buf, (void)max; return 0; }

_Noreturn void hal_reset(void) {
    /* the sim machine has no reset device: restart at the reset vector */
    __asm__ volatile("movi a2, 0x50000000\n jx a2" ::: "a2");
    __builtin_unreachable();
}

static const struct memory_window windows[] = {
    {MPYC_FLASH_ORIGIN, MPYC_FLASH_ORIGIN + MPYC_FLASH_SIZE},
    {MPYC_RAM_ORIGIN, MPYC_RAM_ORIGIN + MPYC_RAM_SIZE},
};

bool hal_address_range_ok(uintptr_t start, size_t length) {
    return memory_range_in(windows, sizeof windows / sizeof windows[0], start, length);
}
