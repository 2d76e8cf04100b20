# Multiple conditions and conditional expressions in comprehensions.
nums = range(1, 31)
print([n for n in nums if n % 3 == 0 if n % 5 == 0])
print(["fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n for n in range(1, 16)])
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print([(a, b) for a in range(4) if a for b in range(a) if (a + b) % 2])
