# Left and right shifts on small, big and negative integers.
for n in [1, 5, -5, 255, -256]:
    print(n, [n << s for s in (0, 1, 7, 31, 33, 64)])
for n in [1, 5, -5, 255, -256, -1]:
    print(n, [n >> s for s in (0, 1, 2, 7, 40)])
big = 0x123456789abcdef0123456789
print(big >> 17, big << 17)
print(-big >> 17, -big << 3)
print((1 << 200) >> 199)
print(-(1 << 100) >> 200)
try:
    1 << -1
except ValueError:
    print("ValueError left")
try:
    1 >> -1
except ValueError:
    print("ValueError right")
