# Grouping records and formatting a report.
records = [("widget", "tools", 3, 250), ("gadget", "toys", 10, 125), ("hammer", "tools", 1, 1500),
           ("yoyo", "toys", 25, 50), ("saw", "tools", 2, 2200)]
by_cat = {}
for name, cat, qty, cents in records:
    by_cat.setdefault(cat, []).append((name, qty * cents))
for cat in sorted(by_cat):
    items = sorted(by_cat[cat], key=lambda t: -t[1])
    total = sum(v for _, v in items)
    print("%-6s %8s" % (cat, "%d.%02d" % divmod(total, 100)))
    for name, v in items:
        print("  %-8s %6d.%02d" % (name, v // 100, v % 100))
