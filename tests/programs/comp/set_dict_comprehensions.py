# Set and dict comprehensions.
print(sorted({x % 5 for x in range(20)}))
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(6) if x % 2 == 0})
words = ["apple", "bob", "cat", "anna", "bee"]
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}))
print({(i, j): i * j for i in range(2) for j in range(2)})
inverse = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inverse)
