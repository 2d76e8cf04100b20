# Tables with formatted columns.
rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.75)]
print("{:<12}{:>5}{:>8}".format("name", "qty", "price"))
for name, qty, price in rows:
    print("{:<12}{:>5}{:>8.2f}".format(name, qty, price))
for name, qty, price in rows:
    print("%-12s%5d%8.2f" % (name, qty, price))
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5}{price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<12}{'':>5}{total:>8.2f}")
