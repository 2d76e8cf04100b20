# Generator expressions are lazy and single-use.
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(list(x for x in range(10) if x % 3), any(x > 3 for x in [1, 5]), all(x for x in []))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("made")
print(next(lazy))
print(list(lazy))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(dict((k, len(k)) for k in ("ab", "c")))
