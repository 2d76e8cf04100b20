# str-like methods on bytes.
b = b"  The quick brown fox  "
print(b.strip(), b.lstrip(), b.rstrip())
print(b.split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1))
print(b.find(b"quick"), b.find(b"x"), b.rfind(b"o"), b.index(b"brown"), b.count(b"o"))
print(b"-".join([b"a", b"b", b"c"]), b"abc".replace(b"b", b"BB"))
print(b.startswith(b"  The"), b.endswith(b"fox"), b"key=val".partition(b"="))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"\x01\x02\xff".hex(), bytes.fromhex("48656c6c6f"), bytes.fromhex("00ff10"))
