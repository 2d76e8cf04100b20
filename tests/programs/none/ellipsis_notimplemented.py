# Ellipsis and NotImplemented singletons.
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__)
print(NotImplemented, type(NotImplemented).__name__)
def stub():
    ...
print(stub())
class A:
    def __eq__(self, other):
        return NotImplemented
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd"
a = A()
print(a == a, a != 1, 1 + a)
try:
    a + 1
except TypeError:
    print("TypeError")
print([..., None], bool(...))
