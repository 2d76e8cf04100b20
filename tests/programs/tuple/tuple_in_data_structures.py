# Tuples as records in lists, keys in dicts and members of sets.
edges = [(1, 2), (2, 3), (1, 3), (3, 1)]
undirected = {tuple(sorted(e)) for e in edges}
print(sorted(undirected))
weights = {(1, 2): 5, (2, 3): 7}
weights[(1, 3)] = weights[(1, 2)] + weights[(2, 3)]
print(sorted(weights.items()))
by_first = {}
for a, b in edges:
    by_first.setdefault(a, []).append(b)
print(by_first)
print(max(edges, key=lambda e: (e[1], e[0])), sorted(edges, key=lambda e: -e[0] * 10 - e[1]))
