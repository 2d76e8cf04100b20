# Operations complex numbers do not support.
z = 1 + 1j
for name, op in (("lt", lambda: z < z), ("floordiv", lambda: z // 2), ("mod", lambda: z % 2),
                 ("int", lambda: int(z)), ("float", lambda: float(z))):
    try:
        op()
        print(name, "ok")
    except TypeError:
        print(name, "TypeError")
try:
    z / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
print(z == 1 + 1j, z != 2)
