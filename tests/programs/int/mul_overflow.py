# Products near the small-int limit must promote to big ints exactly.
vals = [46340, 46341, 65535, 65536, 3037000499, 3037000500, -65536, 2 ** 31 - 1]
for a in vals:
    print(a, a * a, a * -a, a * 3)
acc = 1
for i in range(1, 25):
    acc = acc * 31 + i
print(acc)
print(sum(i * i * i for i in range(100000, 100010)))
