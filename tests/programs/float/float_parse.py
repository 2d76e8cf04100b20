# float() parsing of strings.
for s in ("1.5", "-0.25", "  3  ", "1e2", "2.5E-1", "+8", ".5", "5.", "-inf", "nan"):
    print(repr(s), float(s))
for s in ("", "abc", "1.2.3", "--1", "0x10"):
    try:
        float(s)
    except ValueError:
        print("ValueError", repr(s))
