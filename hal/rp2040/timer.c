/* time over the RP2040's 64-bit microsecond TIMER. Sleeps wait for ALARM0
 * with WFI, so an emulator can skip the idle time. */
#include "hal.h"
#include "rp2040.h"
#include "regs.h"

static uint64_t now_us(void) {
    uint32_t hi, lo;
    do {
        hi = REG(TIMER_TIMERAWH);
        lo = REG(TIMER_TIMERAWL);
    } while (hi != REG(TIMER_TIMERAWH));
    return ((uint64_t)hi << 32) | lo;
}

uint32_t hal_ticks_us(void) { return REG(TIMER_TIMERAWL); }
uint32_t hal_ticks_ms(void) { return (uint32_t)(now_us() / 1000u); }
uint32_t hal_ticks_cpu(void) { return (uint32_t)(now_us() * (RP2040_SYS_HZ / 1000000u)); }
uint64_t hal_time_ns(void) { return now_us() * 1000u; }
/* No real-time clock: wall time counts from power-on. */
uint64_t hal_wall_time_ns(void) { return hal_time_ns(); }

/* The alarm's interrupt only wakes the core; acknowledge and return. */
void Irq_Handler(void) {
    REG(TIMER_INTR) = 1u;
    REG(NVIC_ICPR) = 1u << TIMER_IRQ_0;
}

/* Sleep until the alarm fires, then busy-wait whatever remains (an alarm
 * may fire a fraction of a microsecond early in rp2040js). Interrupts are
 * masked between the check and WFI, so an alarm firing in between still
 * wakes WFI (a pending interrupt ends WFI even when masked). */
void hal_delay_us(uint32_t us) {
    uint32_t start = REG(TIMER_TIMERAWL);
    if (us > 50u) {
        REG(TIMER_INTE) |= 1u;
        REG(NVIC_ISER) = 1u << TIMER_IRQ_0;
        REG(TIMER_ALARM0) = start + us; /* arms the alarm */
        __asm__ volatile("cpsid i" ::: "memory");
        while (REG(TIMER_TIMERAWL) - start < us && (REG(TIMER_ARMED) & 1u)) {
            __asm__ volatile("wfi\n cpsie i\n cpsid i" ::: "memory");
        }
        __asm__ volatile("cpsie i" ::: "memory");
        REG(TIMER_INTE) &= ~1u;
    }
    while (REG(TIMER_TIMERAWL) - start < us) {
    }
}
