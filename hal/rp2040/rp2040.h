/* Functions shared between the rp2040 HAL files. */
#ifndef MPYC_RP2040_H
#define MPYC_RP2040_H

#define RP2040_SYS_HZ 125000000u

void rp2040_clocks_init(void);
void rp2040_uart_init(void);
void rp2040_uart_flush(void);

#endif
