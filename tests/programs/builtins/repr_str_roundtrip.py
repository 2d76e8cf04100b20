# repr of containers nests reprs of items; str of containers uses repr too.
vals = ["a'b", 'q"', "\\", [1, "x"], ("t",), {"k": "v"}, None, True, b"\x00\x7f", 1.5, -0.0]
print(vals)
print(str(vals) == repr(vals))
for v in vals[:3]:
    print(str(v), repr(v))
print(repr(["nested", ["deeper", ("tuple", {"dict": [None]})]]))
