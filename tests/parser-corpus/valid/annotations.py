# Annotated assignments and annotation-only statements.
x: int
x: int = 1
x: "forward" = None
(x): int = 1
x.y: int
x.y.z: list[int] = []
x[0]: int = 1
x[a:b]: int
x: int = 1 if False else 2
y: tuple = 1, 2
z: list[int] = [*a]
w: lambda: int = lambda: 1
v: (yield_) = 1
u: int | None = None
t: dict[str, list[tuple[int, ...]]] = {}
s: Callable[[int], str]
r: "a" "b" = 3
def f(a: int, b: str = "", *c: int, d: float, **e: bool) -> "f": pass
def g() -> lambda: 1: pass
def h(x: (yield_ := 1)): pass
class C:
    a: int
    b: int = 0
    c: ClassVar[int] = 1
q: int = (yield_ for yield_ in z)
p: (a, b) = 1
o: int = yield_ if False else 0
