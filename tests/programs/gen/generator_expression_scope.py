# The first iterable of a genexp is evaluated immediately; the rest lazily.
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8, 9]
print(list(g))
ys = [1, 2]
g2 = (x + y for x in range(2) for y in ys)
ys = [100]
print(list(g2))
def make():
    k = 5
    return (i * k for i in range(3))
print(list(make()))
