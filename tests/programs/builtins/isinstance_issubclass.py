# isinstance/issubclass with tuples and nested tuples of types.
print(isinstance(3, int), isinstance(3, (str, int)), isinstance("s", (int, float, str)), isinstance(1.5, (int, str)))
print(isinstance(True, int), isinstance(3, bool), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(set(), (set, frozenset)))
print(issubclass(int, int), issubclass(bool, (str, int)), issubclass(list, object), issubclass(type, object))
try:
    isinstance(3, 4)
except TypeError:
    print("TypeError")
try:
    issubclass(3, int)
except TypeError:
    print("TypeError")
