# Every operator, precedence and associativity corner.
x = a + b - c * d / e // f % g @ h ** i
x = -a ** -b
x = (-a) ** b
x = a ** b ** c
x = ~a + +b - -c
x = not a and b or not c and not not d
x = a | b ^ c & d << e >> f
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = a if b else c if d else e
x = (a if b else c) if d else e
x = lambda: a if b else c
x = a or b and c
x = (a or b) and c
x = a < b < c < d
x = not a == b
x = a is not (not b)
x = a not in not_b
x = -1 ** 2
x = 2 ** -1
x = a @ b @ c
x = a // b // c
x = a - b - c
x = a - (b - c)
x = a and b and c and d
x = a or b or c or d
x = ((((a))))
x = - - - - a
x = not not not a
x = a << b >> c << d
x = a.b.c.d(e).f[g].h
x = await_ if x else -x
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
x.y += 1
x[0] -= 1
x = y = z = 0
x = (y := 0)
x = 1 if 2 else 3 if 4 else 5
x = [] or {} or () or set()
x = a == b == c
x = a != b
x = a<b>c
x = a<=-b
x = a*-b
x = a**~b
x = ...
x = ... if ... else ...
