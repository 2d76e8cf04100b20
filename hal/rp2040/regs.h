/* RP2040 register addresses and fields used by the HAL (RP2040 datasheet). */
#ifndef MPYC_RP2040_REGS_H
#define MPYC_RP2040_REGS_H

#include <stdint.h>

#define REG(addr) (*(volatile uint32_t *)(addr))
/* Every APB register has atomic aliases: +0x2000 sets bits, +0x3000 clears. */
#define REG_SET(addr) REG((addr) + 0x2000u)
#define REG_CLR(addr) REG((addr) + 0x3000u)

#define RESETS_BASE 0x4000C000u
#define RESETS_RESET (RESETS_BASE + 0x0)
#define RESETS_DONE (RESETS_BASE + 0x8)
#define RESET_IO_BANK0 (1u << 5)
#define RESET_PADS_BANK0 (1u << 8)
#define RESET_PLL_SYS (1u << 12)
#define RESET_TIMER (1u << 21)
#define RESET_UART0 (1u << 22)

#define XOSC_BASE 0x40024000u
#define XOSC_CTRL (XOSC_BASE + 0x00)
#define XOSC_STATUS (XOSC_BASE + 0x04)
#define XOSC_STARTUP (XOSC_BASE + 0x0C)

#define PLL_SYS_BASE 0x40028000u
#define PLL_CS (PLL_SYS_BASE + 0x0)
#define PLL_PWR (PLL_SYS_BASE + 0x4)
#define PLL_FBDIV_INT (PLL_SYS_BASE + 0x8)
#define PLL_PRIM (PLL_SYS_BASE + 0xC)

#define CLOCKS_BASE 0x40008000u
#define CLK_REF_CTRL (CLOCKS_BASE + 0x30)
#define CLK_REF_SELECTED (CLOCKS_BASE + 0x38)
#define CLK_SYS_CTRL (CLOCKS_BASE + 0x3C)
#define CLK_SYS_DIV (CLOCKS_BASE + 0x40)
#define CLK_SYS_SELECTED (CLOCKS_BASE + 0x44)
#define CLK_PERI_CTRL (CLOCKS_BASE + 0x48)

#define WATCHDOG_BASE 0x40058000u
#define WATCHDOG_TICK (WATCHDOG_BASE + 0x2C)

#define TIMER_BASE 0x40054000u
#define TIMER_ALARM0 (TIMER_BASE + 0x10)
#define TIMER_ARMED (TIMER_BASE + 0x20)
#define TIMER_TIMERAWH (TIMER_BASE + 0x24)
#define TIMER_TIMERAWL (TIMER_BASE + 0x28)
#define TIMER_INTR (TIMER_BASE + 0x34)
#define TIMER_INTE (TIMER_BASE + 0x38)

#define UART0_BASE 0x40034000u
#define UART_DR (UART0_BASE + 0x00)
#define UART_FR (UART0_BASE + 0x18)
#define UART_IBRD (UART0_BASE + 0x24)
#define UART_FBRD (UART0_BASE + 0x28)
#define UART_LCR_H (UART0_BASE + 0x2C)
#define UART_CR (UART0_BASE + 0x30)
#define UART_FR_BUSY (1u << 3)
#define UART_FR_RXFE (1u << 4)
#define UART_FR_TXFF (1u << 5)

#define IO_BANK0_BASE 0x40014000u
#define GPIO_CTRL(pin) (IO_BANK0_BASE + 8u * (pin) + 4u)
#define GPIO_FUNC_UART 2u
#define GPIO_FUNC_SIO 5u

#define PADS_BANK0_BASE 0x4001C000u
#define PAD(pin) (PADS_BANK0_BASE + 4u + 4u * (pin))
#define PAD_OD (1u << 7)
#define PAD_IE (1u << 6)
#define PAD_PUE (1u << 3)
#define PAD_PDE (1u << 2)

#define SIO_BASE 0xD0000000u
#define SIO_GPIO_IN (SIO_BASE + 0x04)
#define SIO_GPIO_OUT_SET (SIO_BASE + 0x14)
#define SIO_GPIO_OUT_CLR (SIO_BASE + 0x18)
#define SIO_GPIO_OE_SET (SIO_BASE + 0x24)
#define SIO_GPIO_OE_CLR (SIO_BASE + 0x28)

#define NVIC_ISER 0xE000E100u
#define NVIC_ICPR 0xE000E280u
#define SCB_AIRCR 0xE000ED0Cu
#define TIMER_IRQ_0 0

#endif
