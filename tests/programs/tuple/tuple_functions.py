# Tuples returned and passed around as records.
def stats(nums):
    return min(nums), max(nums), sum(nums), len(nums)
lo, hi, total, n = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, total, n, total // n)
records = [("ann", 31), ("bob", 25)]
for name, age in records:
    print(name, age)
print(tuple(map(lambda r: r[0].upper(), records)), tuple(r for r in records if r[1] > 30))
t = (1, [2, 3])
t[1].append(4)
print(t)
