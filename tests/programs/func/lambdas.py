# Lambdas as values, with defaults, star args and conditionals.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a * b)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(list(map(lambda x: x + 1, [1, 2])), sorted([3, -4, 1], key=lambda v: -abs(v)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(9), compose(len, str)(12345))
print((lambda x: (lambda y: x + y))(10)(5))
print(sq.__name__ if hasattr(sq, "__name__") else "<lambda>")
