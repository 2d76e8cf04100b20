# Indexing and step-1 slicing with negative and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[:], s[5:2], s[20:], s[-20:3])
print(s[3:3] == "", s[0:100])
for i in (10, -11):
    try:
        s[i]
    except IndexError:
        print("IndexError", i)
print([c for c in "xyz"], list("hi"), tuple("ok"))
print("".join(reversed("stressed")))
