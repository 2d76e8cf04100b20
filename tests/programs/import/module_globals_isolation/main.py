# Each module has its own globals.
x = "main x"
import other
print(x, other.x, other.get_x())
other.x = "changed by main"
print(x, other.get_x())
