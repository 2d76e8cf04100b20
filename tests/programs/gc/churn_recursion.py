# Deep recursion allocating at every level while the heap is small.
def build(n):
    if n == 0:
        return []
    rest = build(n - 1)
    return [n] + rest[:5]
total = 0
for i in range(300):
    total += sum(build(60))
print(total)
