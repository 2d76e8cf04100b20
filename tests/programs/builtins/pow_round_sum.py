# pow, round, sum.
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3), pow(2.0, 3), pow(4, 0.5))
print(round(5), round(-5), round(7.5), round(6.5), round(2.675 * 4), round(0.25, 1))
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([[1], [2]], []), sum((1, 2), 10))
print(sum(x * x for x in range(10)), sum([2 ** 64, 2 ** 64]))
try:
    sum(["a", "b"])
except TypeError:
    print("TypeError")
