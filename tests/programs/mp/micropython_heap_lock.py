# micropython-specific: allocating while micropython.heap_lock() is held raises MemoryError
import micropython
caught = False
result = 0
micropython.heap_lock()
try:
    result = [1, 2, 3]
except MemoryError:
    caught = True
micropython.heap_unlock()
print("caught", caught, "result", result)
items = [1, 2, 3]
print("after unlock", items)
micropython.heap_lock()
micropython.heap_lock()
micropython.heap_unlock()
try:
    items = [4, 5]
except MemoryError:
    caught = "nested"
micropython.heap_unlock()
print(caught, items)
