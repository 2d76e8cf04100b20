# Recursive generators with yield from: tree walks and permutations.
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for c in children:
        yield from walk(c, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(t):
    print(line)
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(list(perms("abc")))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, (2, [3, (4,)]), [], 5])))
