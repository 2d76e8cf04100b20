# micropython-specific: int.to_bytes converts negative ints as signed (documented MicroPython behaviour)
print((-1).to_bytes(1, "big"), (-2).to_bytes(2, "little"), (-256).to_bytes(2, "big"))
print((255).to_bytes(1, "big"), (1).to_bytes(4, "little"))
