# Building strings with loops and methods together.
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), [w for w in words if len(w) > 4])
print(" ".join(w.upper() if i % 2 else w for i, w in enumerate(words)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
acc = ""
for i in range(10):
    acc += str(i)
print(acc, acc[::1][2:5])
print("".join(sorted(set("hello world"))).strip())
print("-".join(w[0] for w in words))
