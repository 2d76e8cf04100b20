# Counting and grouping with dicts.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print(sorted(counts, key=lambda w: (-counts[w], w)))
