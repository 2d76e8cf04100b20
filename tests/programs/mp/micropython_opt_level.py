# micropython-specific: micropython.opt_level() gets and sets the optimisation level
import micropython
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())
print(callable(micropython.mem_info), callable(micropython.heap_lock), callable(micropython.heap_unlock))
