# startswith (with a start index), endswith, and replace.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.endswith(".gz"))
print(s.endswith(".zip"), s.startswith(""), s.endswith(""), s.startswith("tar", 9), s.startswith("gz", 13))
print(s.replace(".", "_"), s.replace(".", "", 1), s.replace("x", "y"), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "hello".replace("l", "L", 0), "a.b.c".replace(".", "::", -1))
