# isinstance/issubclass with builtins, tuples and user classes.
class A: pass
class B(A): pass
class C: pass
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, A(), B(), range(1)]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, A), isinstance(v, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(type(A()) is A, type(B()) is A, type(type(A())) is type, type(int) is type)
