import pkg.sub
p = __import__("pkg")
print(p.X, p is pkg)
s = __import__("pkg.sub")
print(s is pkg)
s2 = __import__("pkg.sub", None, None, ["f"])
print(s2.f())
print(pkg.rel())
print(__import__("sys").byteorder)
try:
    __import__("nonexistent_mod")
except ImportError as e:
    print("ImportError")
try:
    __import__(5)
except TypeError as e:
    print("TypeError")
