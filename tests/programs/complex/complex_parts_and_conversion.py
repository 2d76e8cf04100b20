# Accessing real/imag, building from parts, comparing.
zs = [complex(3, 4), complex(-1.5, 0.5), complex(2), 1j, complex(0, 0)]
for z in zs:
    print(z, z.real, z.imag, abs(z) if z.imag == 0 or z == complex(3, 4) else "-", z == z.conjugate())
print(complex(zs[0].real, -zs[0].imag) == zs[0].conjugate(), sum(zs), bool(complex(0, 0)), bool(1j))
