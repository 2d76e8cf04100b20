# Starred assignment targets in every position.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
first, (x, *rest), last = 0, [1, 2, 3], 9
print(first, x, rest, last)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
[p, q], *r = [[5, 6], 7, 8]
print(p, q, r)
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
