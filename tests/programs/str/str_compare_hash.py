# String equality, ordering, and use as dict keys.
a = "abc"
b = "".join(["a", "b", "c"])
print(a == b, a is not None, hash(a) == hash(b))
d = {a: 1}
print(d[b], b in d, "ab" + "c" in d)
names = ["bob", "Alice", "carol", "alice", "Bob", "_x", "1"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=len))
print(max(names), min(names))
print("a" * 3 == "aaa", "abc" > "ab", "b" > "abc")
