# Processing a multi-line text block.
TEXT = """name,qty,price
apple,3,1.25
pear,10,0.5
  kiwi ,7,2.0
"""
lines = TEXT.strip().splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, (c.strip() for c in l.split(",")))) for l in lines[1:]]
print(header, len(rows))
for r in rows:
    cents = int(float(r["price"]) * 100) * int(r["qty"])
    print("%-5s %3s %6s" % (r["name"], r["qty"], "%d.%02d" % divmod(cents, 100)))
print(max(rows, key=lambda r: int(r["qty"]))["name"])
