# Binary search, iterative and recursive, with insertion points.
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def rsearch(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return rsearch(a, x, mid + 1, hi) if a[mid] < x else rsearch(a, x, lo, mid - 1)
data = list(range(0, 100, 3))
print([bsearch(data, x) for x in (-5, 0, 1, 3, 50, 99, 200)])
print([rsearch(data, x) for x in (0, 3, 4, 99, 98)])
