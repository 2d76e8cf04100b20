# Closures created in loops and comprehensions capture the loop variable cell.
def make_all():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in make_all()])
def make_bound():
    return [(lambda i: lambda: i)(i) for i in range(3)]
print([f() for f in make_bound()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(5):
        bump()
        yield count
print(list(counter_gen()))
