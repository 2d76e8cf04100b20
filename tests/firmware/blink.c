/* rp2040: machine.Pin-style blink on the LED pin (GP25), 10 toggles 5 ms
 * apart; a pulled-up input reads high. The runner's GPIO log is checked. */
#include "fw_print.h"

#define LED 25

int mpyc_main(void) {
    FW_CHECK(hal_gpio_count() == 30, "rp2040 has 30 GPIOs");
    hal_gpio_init(LED, HAL_PIN_OUT, HAL_PULL_NONE);
    bool on = false;
    for (int i = 0; i < 10; i++) {
        on = !on;
        hal_gpio_write(LED, on);
        FW_CHECK(hal_gpio_read(LED) == on, "output pin reads back its value");
        hal_delay_us(5000);
    }
    hal_gpio_init(2, HAL_PIN_IN, HAL_PULL_UP);
    FW_CHECK(hal_gpio_read(2), "pulled-up input reads 1");
    hal_gpio_init(3, HAL_PIN_IN, HAL_PULL_DOWN);
    FW_CHECK(!hal_gpio_read(3), "pulled-down input reads 0");
    fw_puts("blink done\n");
    return 0;
}
