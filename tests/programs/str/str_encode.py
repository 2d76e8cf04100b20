# str.encode and bytes.decode.
print("abc".encode(), "abc".encode("utf-8"), "é€".encode("utf-8"))
print(b"abc".decode(), b"\xe2\x82\xac".decode("utf-8"), bytes("xyz", "ascii"))
print(str(b"hi", "utf-8"), len("€".encode()))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeError:
    print("UnicodeError")
print(type("a".encode()).__name__)
