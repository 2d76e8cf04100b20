# Variable and function annotations are accepted and not enforced.
x: int = 5
y: "any type" = "str"
def f(a: int, b: str = "d") -> list:
    return [a, b]
print(x, y, f(1), f("not int", 2))
class C:
    field: int = 3
    other: str
print(C.field, hasattr(C, "other"))
