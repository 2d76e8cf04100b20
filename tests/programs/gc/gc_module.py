# The gc module functions that both implementations provide.
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = [list(range(10)) for _ in range(10)]
gc.enable()
print(gc.isenabled())
gc.collect()
print(sum(map(sum, x)))
