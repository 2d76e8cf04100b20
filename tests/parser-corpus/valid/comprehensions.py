# Comprehensions and generator expressions in every shape.
[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x in a for y in b]
[[x for x in y] for y in z]
{x for x in y}
{x: y for x, y in z}
{x: {y: z for z in y} for x, y in w}
(x for x in y)
f(x for x in y)
f((x for x in y), 1)
sum(x * x for x in range(10) if x % 2)
[lambda: x for x in y]
[x for x in (lambda: y)]
[x for x in (yield_ for yield_ in z)]
[x for x, in y]
[x for (x, y), *z in w]
[x for x.y in z]
[x for x[0] in z]
[x for x in (1, 2, 3)] if False else None
[x for x in y if (z := x)]
[x async for x in y] if False else 0
[x if x else y for x in z]
[x for x in y if (x if y else z)]
{**{k: v for k, v in a}, **b}
[*(x for x in y)]
(x for x in [y for y in z] if x)
[i for i in range(3)][::-1]
[(yield_, x) for x in y]
{x: y for x in a for y in b if x != y}
