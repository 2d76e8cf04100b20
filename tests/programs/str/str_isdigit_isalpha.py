# Character class predicates on ASCII text.
for s in ("abc", "ABC", "abc123", "123", "", " ", "a b", "\t\n", "Hello", "HELLO1", "hello!", "7"):
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
