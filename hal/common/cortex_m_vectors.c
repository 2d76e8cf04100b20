/* Cortex-M vector table and reset handler, shared by the ARM boards. Every
 * external interrupt goes to Irq_Handler, which a board defines when it
 * enables one (rp2040: the timer alarm that wakes a sleep). */
#include <stdint.h>

#include "startup.h"

void SysTick_Handler(void);

_Noreturn void Reset_Handler(void) {
#if defined(__ARM_FP)
    /* hard-float ABI: enable CP10/CP11 before any FPU instruction runs */
    *(volatile uint32_t *)0xE000ED88 |= 0xFu << 20;
    __asm__ volatile("dsb\n isb");
#endif
    startup_init_memory();
    startup_run_program();
}

/* The stacked frame is r0-r3, r12, lr, pc, xpsr: pc is word 6. A semihosting
 * BKPT faults when no debugger serves it (real hardware after hal_exit): the
 * program has ended, so park quietly. */
void cortex_m_fault(uint32_t *frame) {
    uint32_t pc = frame[6];
    if (*(const volatile uint16_t *)(uintptr_t)pc == 0xBEAB)
        for (;;)
            __asm__ volatile("wfi");
    startup_fatal("HardFault", pc);
}

__attribute__((naked)) static void HardFault_Handler(void) {
    __asm__ volatile(
        "movs r0, #4\n"
        "mov r1, lr\n"
        "tst r0, r1\n"
        "beq 1f\n"
        "mrs r0, psp\n"
        "b 2f\n"
        "1: mrs r0, msp\n"
        "2: ldr r1, =cortex_m_fault\n"
        "bx r1\n");
}

static void Unexpected_Handler(void) {
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    startup_fatal("unexpected exception", ipsr);
}

__attribute__((weak)) void SysTick_Handler(void) {}
__attribute__((weak, alias("Unexpected_Handler"))) void Irq_Handler(void);

#define IRQ_COUNT 32
#define IRQ8 (const void *)Irq_Handler, (const void *)Irq_Handler, \
    (const void *)Irq_Handler, (const void *)Irq_Handler, (const void *)Irq_Handler, \
    (const void *)Irq_Handler, (const void *)Irq_Handler, (const void *)Irq_Handler

__attribute__((section(".vectors"), used))
static const void *const vector_table[16 + IRQ_COUNT] = {
    __mpyc_stack_top,
    (const void *)Reset_Handler,
    (const void *)Unexpected_Handler, /* NMI */
    (const void *)HardFault_Handler,
    (const void *)Unexpected_Handler, /* MemManage */
    (const void *)Unexpected_Handler, /* BusFault */
    (const void *)Unexpected_Handler, /* UsageFault */
    0, 0, 0, 0,
    (const void *)Unexpected_Handler, /* SVCall */
    (const void *)Unexpected_Handler, /* DebugMon */
    0,
    (const void *)Unexpected_Handler, /* PendSV */
    (const void *)SysTick_Handler,
    IRQ8, IRQ8, IRQ8, IRQ8,
};
