# Common idioms: counting, grouping, caching, defaults.
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for n in range(12):
    groups.setdefault(n % 3, []).append(n)
print(groups)
cache = {}
def slow_square(n):
    if n in cache:
        return cache[n], "hit"
    cache[n] = n * n
    return cache[n], "miss"
print([slow_square(n) for n in (2, 3, 2, 3, 4)])
print(counts.get("four", 0), groups.get(5, "none"))
