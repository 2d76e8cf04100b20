# chr/ord across ranges.
print([ord(c) for c in "Az09 ~"])
print("".join(chr(i) for i in range(65, 91)))
print(chr(0x3b1), chr(0x1f600) == "\U0001F600", ord("\U0001F600"), len("\U0001F600"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord("\n"), ord("\x7f"), chr(48) + chr(120))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
