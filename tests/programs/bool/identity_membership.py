# is, is not, in, not in.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "x", "z" in "hello")
print(1 in {1: 2}, 2 in {1: 2}, (1, 2) in [(1, 2)], 5 in range(10), 10 in range(10))
print(b"ab" in b"xaby", 97 in b"abc")
