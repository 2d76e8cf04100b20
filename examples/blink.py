# Blink the Pico's LED (GP25) and do a little arithmetic between blinks.
# Build it for the board:  mpyc build examples/blink.py --target rp2040
# Run it in rp2040js:      mpyc run examples/blink.py --target rp2040 --gpio-log blink.gpio
from machine import Pin
import time

LED_PIN = 25
led = Pin(LED_PIN, Pin.OUT)


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("hello from mpyc on the board")
start = time.ticks_ms()
for i in range(5):
    led.on()
    time.sleep_ms(20)
    led.off()
    time.sleep_ms(20)
    print("blink", i + 1, "collatz_steps(%d) =" % (27 + i), collatz_steps(27 + i))
elapsed = time.ticks_diff(time.ticks_ms(), start)
print("5 blinks in about", (elapsed + 50) // 100 * 100, "ms; LED is", "on" if led.value() else "off")
