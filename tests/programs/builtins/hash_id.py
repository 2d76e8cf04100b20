# hash and id: consistency properties only.
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), hash(42) == hash(42), hash("s") == hash("s"))
print(hash(1) == hash(1.0) == hash(True), hash((1, "a")) == hash((1, "a")))
print(type(hash("x")).__name__, type(id(a)).__name__)
try:
    hash([])
except TypeError:
    print("TypeError")
try:
    hash({})
except TypeError:
    print("TypeError dict")
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
