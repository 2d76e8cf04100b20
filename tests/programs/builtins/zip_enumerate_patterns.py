# Idioms combining zip, enumerate, sorted, reversed.
names = ["c", "a", "b"]
scores = [3, 9, 5]
print(sorted(zip(scores, names), reverse=True))
print(dict(zip(names, scores)), [n for _, n in sorted(zip(scores, names))])
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(i, n, s)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print([a - b for a, b in zip(scores[1:], scores)], list(zip(range(3), reversed(names))))
