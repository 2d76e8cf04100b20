# Imported user modules appear in sys.modules.
import sys
print("mod_a" in sys.modules)
import mod_a
print("mod_a" in sys.modules, sys.modules["mod_a"] is mod_a)
print(mod_a.loads)
import mod_a
print(mod_a.loads)
