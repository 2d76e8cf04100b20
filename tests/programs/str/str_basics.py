# Creation, concatenation, repetition, comparison, len.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, 2 * "ab", "" * 5, s * 0, s * -1)
print(len(s), len(""), len("a b"), s[0], s[-1], s[1:3])
print(s == "hello", s != t, s < t, "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print(str(), str(12), str(-3), str(None), str(True), str([1, "a"]), str((1,)))
print("con" "cat" 'en' "ation")
print("""triple
quoted""", '''single "inner"''')
print(type(s).__name__, isinstance(s, str))
print(max("hello"), min("hello"), sorted("banana"))
