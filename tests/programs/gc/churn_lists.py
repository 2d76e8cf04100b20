# Allocates far more list memory than the heap holds; only a little stays live.
keep = []
total = 0
for i in range(20000):
    l = [i, i + 1, i + 2, i * 2]
    total += sum(l)
    if i % 2000 == 0:
        keep.append(l)
print(total, len(keep), keep[-1])
