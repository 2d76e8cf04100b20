#!/usr/bin/env python3
"""Checks the rp2040 runner's GPIO log after the blink firmware: the LED pin
(GP25) is driven, then toggles 10 times, 5 ms apart, ending high->low."""
import sys

LED = "25"
changes = []
with open(sys.argv[1]) as log:
    for line in log:
        time_us, pin, value = line.split()
        if pin == LED:
            changes.append((int(time_us), value))
failures = []
values = [v for _, v in changes]
# initial drive low when the pin becomes an output, then the 10 toggles
if values != ["0"] + ["1", "0"] * 5:
    failures.append(f"LED values {values}, expected 0 then 10 alternating toggles")
else:
    toggles = [t for t, _ in changes[1:]]
    gaps = [b - a for a, b in zip(toggles, toggles[1:])]
    if any(not 4900 <= gap <= 5500 for gap in gaps):
        failures.append(f"toggle spacing {gaps} us, expected about 5000")
for failure in failures:
    print("FAIL:", failure)
if not failures:
    print(f"blink ok: {len(changes) - 1} toggles of GP{LED}")
sys.exit(1 if failures else 0)
