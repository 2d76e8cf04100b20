/* time over the Cortex-M SysTick: a 1 ms interrupt counts milliseconds and
 * the counter's current value gives the cycles within the millisecond. The
 * processor clock feeds it, so under qemu -icount the ticks are deterministic. */
#include "cortex_m_systick.h"

#include "hal.h"

#define SYST_CSR (*(volatile uint32_t *)0xE000E010)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018)

static volatile uint64_t elapsed_ms;
static uint32_t cycles_per_ms;
static uint64_t last_ms;      /* the previous reading, see now() */
static uint32_t last_within;

void SysTick_Handler(void) {
    elapsed_ms++;
}

void cortex_m_systick_start(uint32_t cpu_hz) {
    cycles_per_ms = cpu_hz / 1000;
    SYST_RVR = cycles_per_ms - 1;
    SYST_CVR = 0;
    SYST_CSR = 7; /* enable, interrupt, processor clock */
}

#define ICSR (*(volatile uint32_t *)0xE000ED04)
#define ICSR_PENDSTSET (1u << 26)

/* Milliseconds and cycles into the current millisecond, read consistently.
 * The counter may have wrapped while its interrupt is still pending (the
 * CPU takes it a few instructions later, or interrupts are masked): then
 * count that millisecond here and re-read the counter, now past the wrap. */
static void now(uint64_t *ms, uint32_t *cycles) {
    uint64_t before;
    uint32_t value;
    bool pending;
    do {
        before = elapsed_ms;
        value = SYST_CVR;
        pending = (ICSR & ICSR_PENDSTSET) != 0;
    } while (before != elapsed_ms);
    if (pending) {
        value = SYST_CVR;
        before++;
    }
    uint32_t within = cycles_per_ms - 1 - value;
    /* qemu can show the reloaded counter a few instructions before it
     * raises the interrupt: a reading below the previous one in the same
     * millisecond means that millisecond has ended. */
    if (before < last_ms)
        before = last_ms; /* we already counted the millisecond it has not */
    if (before == last_ms && within < last_within)
        before++;
    last_ms = before;
    last_within = within;
    *ms = before;
    *cycles = within;
}

uint32_t hal_ticks_ms(void) {
    uint64_t ms;
    uint32_t cycles;
    now(&ms, &cycles);
    return (uint32_t)ms;
}

uint32_t hal_ticks_us(void) {
    uint64_t ms;
    uint32_t cycles;
    now(&ms, &cycles);
    return (uint32_t)ms * 1000u + cycles / (cycles_per_ms / 1000u);
}

uint32_t hal_ticks_cpu(void) {
    uint64_t ms;
    uint32_t cycles;
    now(&ms, &cycles);
    return (uint32_t)ms * cycles_per_ms + cycles;
}

uint64_t hal_time_ns(void) {
    uint64_t ms;
    uint32_t cycles;
    now(&ms, &cycles);
    return ms * 1000000u + (uint64_t)cycles * 1000000u / cycles_per_ms;
}
/* No real-time clock: wall time counts from power-on. */
uint64_t hal_wall_time_ns(void) { return hal_time_ns(); }

void hal_delay_us(uint32_t us) {
    uint32_t start = hal_ticks_us();
    while (hal_ticks_us() - start < us) {
        if (us - (hal_ticks_us() - start) > 1000u)
            __asm__ volatile("wfi"); /* the next SysTick wakes us */
    }
}
