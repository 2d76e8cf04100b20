#!/usr/bin/python3
"""Checks rp2040js's GPIO log after examples/blink.py: GP25 (the LED) goes
on and off 5 times, each on-time the 20 ms of time.sleep_ms(20)."""
import sys

changes = []
with open(sys.argv[1]) as log:
    for line in log:
        time_us, pin, value = line.split()
        if pin == "25":
            changes.append((int(time_us), value))
values = [v for _, v in changes]
if values[:1] == ["0"]:  # Pin(25, Pin.OUT) drives it low first
    changes, values = changes[1:], values[1:]
failures = []
if values != ["1", "0"] * 5:
    failures.append("GP25 levels %s, expected on/off 5 times" % values)
else:
    on_times = [changes[i + 1][0] - changes[i][0] for i in range(0, 10, 2)]
    off_times = [changes[i + 1][0] - changes[i][0] for i in range(1, 9, 2)]
    if any(not 20000 <= t <= 21500 for t in on_times):
        failures.append("on-times %s us, expected 20000 (sleep_ms(20))" % on_times)
    # off: sleep_ms(20) plus the print between blinks
    if any(not 20000 <= t <= 40000 for t in off_times):
        failures.append("off-times %s us, expected 20000..40000" % off_times)
for f in failures:
    print("FAIL:", f)
if not failures:
    print("blink ok: GP25 toggled %d times" % len(changes))
sys.exit(1 if failures else 0)
