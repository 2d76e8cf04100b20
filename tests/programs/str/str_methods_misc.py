# Less common str operations: multiplication by bools, in with empty, str of nested.
print("ab" * True, "ab" * False + "|")
print("" in "", "" in "abc", "abc" in "abc")
print(str([["a"], ("b",), {"c": "d"}]))
print("a\tb".split("\t"), "1,2;3".replace(";", ",").split(","))
print("Hello"[1:], "x".join(["1"]), "%s" % "")
print("%-3s|" % "abcd", "%3s|" % "", "%.0s|" % "abc")
print("%s" % [1, "a"], "%r" % [1, "a"], "%s %r" % (b"x", b"y"))
