#!/usr/bin/env python3
"""Checks the rp2040 runner's GPIO log after the stdlib firmware: GP25 is
driven low when Pin(25, Pin.OUT) is made, then on() -> 1, toggle() -> 0,
the memorymap write to GPIO_OUT_XOR -> 1, the mem32 write to GPIO_OUT_CLR
-> 0, each change about 1 ms after the previous one."""
import sys

LED = "25"
changes = []
with open(sys.argv[1]) as log:
    for line in log:
        time_us, pin, value = line.split()
        if pin == LED:
            changes.append((int(time_us), value))
values = [v for _, v in changes]
failures = []
if values != ["0", "1", "0", "1", "0"]:
    failures.append(f"GP25 values {values}, expected 0 1 0 1 0")
else:
    gaps = [b[0] - a[0] for a, b in zip(changes[1:], changes[2:])]
    if any(gap < 900 for gap in gaps):
        failures.append(f"GP25 changes {gaps} us apart, expected at least 1 ms")
for failure in failures:
    print("FAIL:", failure)
if not failures:
    print("stdlib gpio ok:", " ".join(values))
sys.exit(1 if failures else 0)
