/* Clock tree: 12 MHz crystal -> clk_ref; PLL_SYS at 1500 MHz VCO / 6 / 2 =
 * 125 MHz -> clk_sys and clk_peri; 1 us timer tick from clk_ref. */
#include "rp2040.h"
#include "regs.h"

#define XOSC_HZ 12000000u
#define XOSC_RANGE_1_15MHZ 0xAA0u
#define XOSC_ENABLE (0xFABu << 12)
#define XOSC_STABLE (1u << 31)
#define PLL_LOCK (1u << 31)
#define PLL_PWR_PD (1u << 0)
#define PLL_PWR_POSTDIVPD (1u << 3)
#define PLL_PWR_VCOPD (1u << 5)

static void unreset(uint32_t bits) {
    REG_CLR(RESETS_RESET) = bits;
    while ((REG(RESETS_DONE) & bits) != bits) {
    }
}

void rp2040_clocks_init(void) {
    /* Crystal: startup delay in units of 256 cycles, about 1 ms. */
    REG(XOSC_CTRL) = XOSC_RANGE_1_15MHZ;
    REG(XOSC_STARTUP) = (XOSC_HZ / 1000u + 255u) / 256u;
    REG(XOSC_CTRL) = XOSC_RANGE_1_15MHZ | XOSC_ENABLE;
    while (!(REG(XOSC_STATUS) & XOSC_STABLE)) {
    }

    /* Run clk_sys from clk_ref while the PLL changes, clk_ref from XOSC. */
    REG_CLR(CLK_SYS_CTRL) = 1u; /* SRC = clk_ref */
    while (REG(CLK_SYS_SELECTED) != 1u) {
    }
    REG(CLK_REF_CTRL) = 2u; /* SRC = xosc_clksrc */
    while (REG(CLK_REF_SELECTED) != (1u << 2)) {
    }

    /* PLL_SYS: REFDIV 1, FBDIV 125 (VCO 1500 MHz), POSTDIV 6 and 2. */
    REG_SET(RESETS_RESET) = RESET_PLL_SYS;
    unreset(RESET_PLL_SYS);
    REG(PLL_CS) = 1u;
    REG(PLL_FBDIV_INT) = 125u;
    REG_CLR(PLL_PWR) = PLL_PWR_PD | PLL_PWR_VCOPD;
    while (!(REG(PLL_CS) & PLL_LOCK)) {
    }
    REG(PLL_PRIM) = (6u << 16) | (2u << 12);
    REG_CLR(PLL_PWR) = PLL_PWR_POSTDIVPD;

    /* clk_sys = clk_sys_aux (AUXSRC 0 = pll_sys), divider 1. */
    REG(CLK_SYS_DIV) = 1u << 8;
    REG(CLK_SYS_CTRL) = (0u << 5) | 1u;
    while (REG(CLK_SYS_SELECTED) != (1u << 1)) {
    }
    /* clk_peri = clk_sys, enabled. */
    REG(CLK_PERI_CTRL) = (1u << 11) | (0u << 5);

    /* The timer counts microseconds: a tick every 12 clk_ref cycles. */
    REG(WATCHDOG_TICK) = (XOSC_HZ / 1000000u) | (1u << 9);

    unreset(RESET_IO_BANK0 | RESET_PADS_BANK0 | RESET_TIMER | RESET_UART0);
}
