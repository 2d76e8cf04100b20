# Non-ASCII text: code-point indexing, length, encoding.
s = "héllo wörld ✓ 日本"
print(s, len(s), s[1], s[-1], s[6:11], "abc".upper() + s[5:7])
print(s.encode(), len(s.encode()), s.encode().decode() == s)
print(ord("é"), ord("✓"), ord("日"), chr(233), chr(0x2713), chr(26085))
print("ü" in s, s.find("ö"), s.index("✓"), s.count("l"))
print([c for c in "añb"], "añb"[1:])
print(repr("ñ"), str("日本") + "語")
print(bytes("é", "utf-8"), b"\xc3\xa9".decode("utf-8"), str(b"\xe2\x9c\x93", "utf-8"))
print(sorted(["é", "e", "z", "a"]))
