# strip family, case conversion and predicates.
s = "  \t hello world \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("Hello World 42".upper(), "Hello World 42".lower())
for t in ("abc", "ABC", "aBc", "123", "a1", " ", " \t\n", "", "Abc1", "ABC1"):
    print(repr(t), t.isalpha(), t.isdigit(), t.isspace(), t.isupper(), t.islower())
