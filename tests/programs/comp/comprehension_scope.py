# Comprehension variables do not leak; outer names are visible.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
n = 10
print([i + n for i in range(3)])
def f():
    k = 5
    return [k * i for i in range(3)], {i: k for i in range(2)}, list(k + i for i in range(2))
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
y = [1, 2]
print([y for y in y])
print(y)
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(C.doubled)
