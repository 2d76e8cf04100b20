# Functions returning None implicitly and None as a sentinel default.
def maybe(x):
    if x > 0:
        return x
r = [maybe(v) for v in (-1, 0, 2)]
print(r, r.count(None), all(v is None for v in r[:2]))
_missing = object()
def get(d, k, default=_missing):
    if k in d:
        return d[k]
    if default is _missing:
        raise KeyError(k)
    return default
print(get({"a": None}, "a"), get({}, "b", None), get({}, "c", 0))
try:
    get({}, "z")
except KeyError as e:
    print("KeyError", e.args)
print(print("inner print returns"), [].append(1), {}.update({}), [].sort())
