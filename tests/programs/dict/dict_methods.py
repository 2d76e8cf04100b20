# get, pop, setdefault, update, copy, clear, fromkeys, popitem.
d = {"one": 1, "two": 2}
print(d.get("one"), d.get("three"), d.get("three", 3))
print(d.setdefault("two", 22), d.setdefault("three", 3), d)
print(d.pop("one"), d.pop("zzz", "dflt"), d)
try:
    d.pop("zzz")
except KeyError:
    print("KeyError pop")
d.update({"four": 4})
d.update([("five", 5)])
d.update(six=6)
print(d)
c = d.copy()
c["two"] = 0
print(d["two"], c["two"])
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
k, v = c.popitem()
print(len(c), k not in c, d[k] == v or k == "two")
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
