# Complex arithmetic with exactly representable results.
a = 1 + 2j
b = 3 + 4j
print(a * b, a + b * 2, (a - b) * 1j, a * a, b * b.conjugate(), abs(3 + 4j), abs(-5j))
print((2 + 4j) / 2, (4 + 2j) / (1 + 1j) == (3 - 1j), (1 + 1j) * (1 + 1j))
print(complex(1, 0) == 1, 1j * 1j == -1, (0.5 + 0.25j) * 4)
print(sum([1j, 2, 3 + 1j]), -(1 + 1j), +(2 - 3j))
