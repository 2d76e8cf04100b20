# Escape sequences in literals.
s = "tab:\t|nl:\n|cr:\r|bs:\\|q:\'\"|bell:\a|nul:\0|hex:\x41|oct:\101|u:\u0041|U:\U00000041"
print(repr(s))
print(len("\x00"), len("\\x00"), len(r"\x00"), "\x41\u0042\U00000043")
print(repr("\x7f"), repr("\x1b[0m"), repr("é"), repr("\t"))
