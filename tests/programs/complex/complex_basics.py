# complex numbers: construction, parts and arithmetic on exact values.
a = 1 + 2j
b = complex(3, -4)
print(a, b, a.real, a.imag, b.real, b.imag)
print(a + b, a - b, a * b, -a, +a)
print(b / (1 + 0j), (2 + 2j) / 2)
print(abs(b), a.conjugate(), b.conjugate())
print(a == complex(1, 2), a != b, 1j * 1j, (1 + 1j) * (1 - 1j))
print(complex(), complex(2), complex(0, 1), complex(1.5, 0.5), 2j, complex(0, -3))
print(type(a).__name__, isinstance(a, complex))
print(a + 1, 2 * a, a * 0.5, 1 - a)
