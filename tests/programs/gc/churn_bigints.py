# Big-integer temporaries are collected; results stay exact.
acc = 0
for i in range(3000):
    x = (1 << 200) + i
    y = x * x - (x << 3)
    acc ^= y & 0xFFFFFFFF
print(acc)
f = 1
for i in range(1, 400):
    f *= i
print(len(str(f)), f % 1000000007)
