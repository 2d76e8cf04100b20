# reverse() is in place; reversed() and slicing copy.
a = [1, 2, 3, 4]
b = a
a.reverse()
print(a, b, a is b)
c = a[::-1]
c.append(0)
print(a, c)
d = list(reversed(a))
print(d, d is a)
e = a.copy()
e[0] = "x"
print(a[0], e[0])
