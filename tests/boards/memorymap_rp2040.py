# memorymap and machine.mem32 see the same registers: RP2040 SIO GPIO_OUT
# (0xd0000010), its CLR (+0x18) and XOR (+0x1c) aliases, and GP25's Pin.
import machine
import memorymap
from machine import Pin

SIO = 0xD0000000
GPIO_OUT = SIO + 0x10
led = Pin(25, Pin.OUT)
led.value(0)
sio = memorymap.AddressRange(start=SIO, length=0x20)

# memorymap -> mem32: one 32-bit store to GPIO_OUT_XOR sets GP25
sio[0x1C:0x20] = bytes([0, 0, 0, 2])
print("memorymap XOR -> mem32:", (machine.mem32[GPIO_OUT] >> 25) & 1, "pin:", led.value())

# mem32 -> memorymap: GPIO_OUT_CLR clears it again
machine.mem32[SIO + 0x18] = 1 << 25
print("mem32 CLR -> memorymap:", (sio[0x10:0x14][3] >> 1) & 1, "pin:", led.value())

# and the Pin's own write shows through both
led.value(1)
print("pin on -> mem32:", (machine.mem32[GPIO_OUT] >> 25) & 1, "memorymap:", (sio[0x10:0x14][3] >> 1) & 1)
