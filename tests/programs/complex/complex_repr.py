# repr of complex numbers with zero, negative and float parts.
for z in (0j, 1j, complex(0, -1), 1 + 0j, -1 - 1j, 2.5 + 0.5j, complex(0, -2), complex(-0.5, 1.25), 3 + 4j):
    print(z, repr(z), str(z))
print([1j, 2 + 3j])
print(complex("1+2j"), complex("2.5"), complex("4-1.5j"))
