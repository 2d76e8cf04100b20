# Common list idioms: rotate, chunk, dedupe preserving order, running sums.
l = list(range(1, 11))
k = 3
print(l[k:] + l[:k], l[-k:] + l[:-k])
print([l[i:i + 4] for i in range(0, len(l), 4)])
seen = set()
print([x for x in [3, 1, 3, 2, 1, 4] if not (x in seen or seen.add(x))])
run = []
total = 0
for x in l:
    total += x
    run.append(total)
print(run)
print(list(zip(l[::2], l[1::2])), [a * b for a, b in zip(l, l[1:])][:4])
