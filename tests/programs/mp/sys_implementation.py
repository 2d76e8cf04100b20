# micropython-specific: sys.implementation names MicroPython
import sys
print(sys.implementation.name)
print(type(sys.implementation.version).__name__, len(sys.implementation.version) >= 3)
print(sys.version_info[0], sys.version_info[1] >= 4)
