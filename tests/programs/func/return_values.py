# Multiple return paths, implicit None, early return in loops.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    return "prime-or-one"

print([classify(n) for n in (-5, 0, 1, 2, 9, 13)])
def nothing():
    x = 1
print(nothing())
def multi():
    return 1, [2], {"3": 3}
a, b, c = multi()
print(a, b, c)
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return i
print(find("abc", "c"), find("abc", "z"))
