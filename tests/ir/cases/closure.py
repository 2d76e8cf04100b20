def outer(n):
    def inner(k):
        return n + k
    return inner
print(outer(1)(2))
