# dict creation, access, update, deletion, insertion order.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], list(d))
del d["a"]
print(d, "a" in d, "b" in d)
d["a"] = 5
print(d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"z": 0}, w=1))
print(dict(zip("abc", range(3))), {i: i * i for i in range(4)})
try:
    d["missing"]
except KeyError:
    print("KeyError")
try:
    del d["missing"]
except KeyError:
    print("KeyError del")
print(d == {"a": 5, "b": 10, "c": 3}, d != {})
