# update() with dicts, pairs, kwargs, and generators.
d = {}
d.update({"a": 1})
d.update([("b", 2), ["c", 3]])
d.update(d=4)
d.update(((k, v * 10) for k, v in [("e", 5)]))
d.update({"a": 100}, f=6)
print(d)
print(len(dict(d, g=7)), dict(d, g=7)["g"])
