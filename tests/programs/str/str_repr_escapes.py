# repr() quoting and escape sequences.
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "back\\slash", "\x00\x1f", "\r"):
    print(repr(s))
print("\x41\x42", "\101", "\u00e9", "a\
b")
print(len("\n\t\\"), r"raw\n", len(r"\n"), R"R\t")
print(repr(""), repr("'"), repr('"'))
