/* Console on UART0 (GP0 TX, GP1 RX), 115200 8N1 from the 125 MHz clk_peri. */
#include "hal.h"
#include "rp2040.h"
#include "regs.h"

#define BAUD 115200u

void rp2040_uart_init(void) {
    /* divisor = clk_peri / (16 * baud) as 16.6 fixed point, rounded */
    uint32_t div64 = (8u * RP2040_SYS_HZ / BAUD + 1u) / 2u;
    REG(UART_IBRD) = div64 >> 6;
    REG(UART_FBRD) = div64 & 63u;
    REG(UART_LCR_H) = (3u << 5) | (1u << 4); /* 8 bits, FIFOs on; writing LCR_H latches the divisor */
    REG(UART_CR) = (1u << 0) | (1u << 8) | (1u << 9); /* UARTEN, TXE, RXE */
    REG(GPIO_CTRL(0)) = GPIO_FUNC_UART;
    REG(GPIO_CTRL(1)) = GPIO_FUNC_UART;
}

static void put_byte(char byte) {
    while (REG(UART_FR) & UART_FR_TXFF) {
    }
    REG(UART_DR) = (uint8_t)byte;
}

void hal_write(int fd, const char *buf, size_t len) {
    (void)fd; /* one console for stdout and stderr */
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n')
            put_byte('\r');
        put_byte(buf[i]);
    }
}

int hal_read_byte(void) {
    while (REG(UART_FR) & UART_FR_RXFE) {
    }
    return (int)(REG(UART_DR) & 0xFFu);
}

void rp2040_uart_flush(void) {
    while (REG(UART_FR) & UART_FR_BUSY) {
    }
}
