# f-strings with method calls, indexing, arithmetic and conversions.
items = ["alpha", "beta", "gamma"]
n = len(items)
print(f"{n} items: {', '.join(items)}")
print(f"{items[0].upper()} {items[-1][::1][:3]} {n * 2 - 1} {n % 2 == 1}")
print(f"{str(n)!r} {items[1]!s} {n!r}")
for i, it in enumerate(items):
    print(f"{i:>2}. {it:<6}|{len(it):03d}")
width = 12
spec = "x"
print(f"{'centered':^{width}}|", f"{3.14159:.{n}f}", f"{255:{spec}}")
