# Generators and iterator classes interoperate with builtins.
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
print(sum(evens(10)), max(evens(10)), sorted(evens(7), reverse=True), list(zip(evens(6), "abc")))
print(dict(zip(evens(6), evens(6))), set(evens(5)) == {0, 2, 4}, tuple(evens(3)))
print(list(enumerate(evens(5))), list(map(lambda x: -x, evens(4))), "-".join(str(e) for e in evens(9)))
print(any(x > 5 for x in evens(10)), all(x % 2 == 0 for x in evens(100)), 4 in evens(10), 5 in evens(10))
