# str/repr of ints and converting back.
nums = [0, -1, 2 ** 31, -(2 ** 63), 10 ** 45 + 1, -(7 ** 77)]
for n in nums:
    s = str(n)
    print(s, repr(n) == s, int(s) == n, len(s))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print("%d|%5d|%-5d|%05d" % (42, 42, 42, 42))
print("%d" % (3 ** 50), "%x" % (3 ** 50), "%o" % 64)
