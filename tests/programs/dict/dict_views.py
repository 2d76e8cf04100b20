# keys/values/items views follow the dict.
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
print(list(k), list(v), list(it), len(k), len(it))
d["c"] = 3
print(list(k), list(v), list(it), "c" in k, 3 in v, ("c", 3) in it)
del d["a"]
print(list(k), len(v))
for key, val in d.items():
    print(key, val)
print(sorted(d.values()), sum(d.values()), max(d.keys()))
print(list(zip(d.keys(), d.values())))
