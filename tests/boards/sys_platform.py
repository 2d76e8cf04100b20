import sys
print(sys.platform)
print(sys.implementation._machine)
