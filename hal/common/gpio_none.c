/* machine.Pin on a board whose emulator models no GPIO: no pins. */
#include "hal.h"

int hal_gpio_count(void) { return 0; }
void hal_gpio_init(int pin, enum hal_pin_mode mode, enum hal_pin_pull pull) {
    (void)pin, (void)mode, (void)pull;
}
void hal_gpio_write(int pin, bool value) { (void)pin, (void)value; }
bool hal_gpio_read(int pin) { (void)pin; return false; }
