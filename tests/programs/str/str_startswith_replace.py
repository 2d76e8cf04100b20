# startswith/endswith (tuples, ranges) and replace.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.endswith(".gz"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.endswith("tar", 0, 12))
print(s.replace(".", "_"), s.replace(".", "", 1), s.replace("x", "y"), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "hello".replace("l", "L", 0), "a.b.c".replace(".", "::", -1))
