/* machine.Pin over the SIO GPIO block: 30 user pins (GP0-GP29). */
#include "hal.h"
#include "regs.h"

#define PIN_COUNT 30

int hal_gpio_count(void) { return PIN_COUNT; }

void hal_gpio_init(int pin, enum hal_pin_mode mode, enum hal_pin_pull pull) {
    if (pin < 0 || pin >= PIN_COUNT)
        return;
    uint32_t bit = 1u << pin;
    uint32_t pad = PAD_IE;
    if (pull == HAL_PULL_UP)
        pad |= PAD_PUE;
    else if (pull == HAL_PULL_DOWN)
        pad |= PAD_PDE;
    REG(PAD(pin)) = pad | (1u << 4) /* 4 mA drive */ | (1u << 1) /* schmitt */;
    if (mode == HAL_PIN_OUT)
        REG(SIO_GPIO_OE_SET) = bit;
    else
        REG(SIO_GPIO_OE_CLR) = bit;
    REG(GPIO_CTRL(pin)) = GPIO_FUNC_SIO;
}

void hal_gpio_write(int pin, bool value) {
    if (pin < 0 || pin >= PIN_COUNT)
        return;
    if (value)
        REG(SIO_GPIO_OUT_SET) = 1u << pin;
    else
        REG(SIO_GPIO_OUT_CLR) = 1u << pin;
}

bool hal_gpio_read(int pin) {
    if (pin < 0 || pin >= PIN_COUNT)
        return false;
    return (REG(SIO_GPIO_IN) >> pin) & 1u;
}
