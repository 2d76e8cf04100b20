# center to even widths, partition on repeated separators.
for w in (1, 2, 4, 6, 8):
    print("[" + "ab".center(w) + "]", "[" + "abc".center(w) + "]")
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("::".partition("::"), "".partition("x"), "x".rpartition("x"))
