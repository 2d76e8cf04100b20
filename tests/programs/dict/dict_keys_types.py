# Keys of many hashable types; equal numbers are the same key.
d = {}
d[1] = "int"
d[1.0] = "float one"
d[True] = "true"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[2 ** 70] = "big"
d[frozenset([1])] = "frozenset"
print(len(d), d[1], d["1"], d[(1,)], d[None], d[2 ** 70], d[frozenset({1})])
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError:
        print("TypeError", type(bad).__name__)
print(list(d.values()))
