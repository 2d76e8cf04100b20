# Starred assignment targets and unpacking in every allowed position.
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
[a, *b, c] = range(5)
(a, *b), c = (1, 2), 3
a, (b, *c), [d, *e] = x
*a, = x
[*a] = x
for a, *b in x: pass
for *a, b in x: pass
for [a, *b] in x: pass
x = *a, *b
x = [*a, *b, c]
x = {*a, *b}
x = {**a, 'k': 1, **b}
print(*args, *more, sep='', **kw, **more_kw)
f(*a, b, *c, d=1, *e, **f)
return_value = (*a,)
a[*b] = 1
a[*b, c] = 1
x = a[*b]
for x in *a, *b: pass
x = yield_from if False else [*range(3)]
a, = b, = c
(a), b = 1, 2
((a)), [(b)] = 1, [2]
a.b, c[d], *e.f = g
[a.b, *c[0]] = x
def f(): return *a, b
def g(): yield *a, b
