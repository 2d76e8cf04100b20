import sys
loads = 1
if "mod_a" in sys.modules:
    loads = 1
