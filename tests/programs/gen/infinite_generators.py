# Infinite generators consumed with limits.
def naturals(start=0):
    while True:
        yield start
        start += 1
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def cycle(seq):
    while True:
        yield from seq
def squares():
    for n in naturals(1):
        yield n * n
print(take(5, naturals()), take(7, cycle("ab")), take(6, squares()))
def first(pred, it):
    for x in it:
        if pred(x):
            return x
print(first(lambda n: n * n > 500, naturals()), first(lambda s: s % 7 == 0, squares()))
