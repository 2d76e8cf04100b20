# sys attributes whose values agree on every implementation and word size.
import sys
print(sys.maxsize >= 2 ** 31 - 1, (sys.maxsize + 1) & sys.maxsize == 0, sys.maxsize > 0)
print(sys.byteorder)
print(sys.version_info[0], len(sys.version_info) >= 3, sys.version_info >= (3, 4))
print(isinstance(sys.path, list), isinstance(sys.modules, dict), isinstance(sys.argv, list))
print(type(sys.implementation.name).__name__, sys.implementation.version[0] >= 0)
print(type(sys.version).__name__, sys.version[0] == "3")
