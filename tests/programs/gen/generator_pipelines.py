# Chains of generators processing data lazily.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(6, squares(evens(numbers())))))
def windows(seq, k):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == k:
            yield tuple(win)
            win.pop(0)
print(list(windows(range(6), 3)))
