# Invalid int() strings and bases raise ValueError.
bad = [("", 10), ("abc", 10), ("12a", 10), ("2", 2), ("0x", 16), ("1 2", 10), ("--1", 10),
       ("9", 8), ("0b102", 0)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError:
        print("ValueError", repr(s), base)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError:
        print("ValueError base", base)
