# divmod and enumerate with start.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 65, 7), divmod(7.5, 2))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", "XY"), start=10):
    print(i, a, b)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
