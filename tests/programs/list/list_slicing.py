# List slicing with steps (loads), slice assignment and deletion with step 1.
l = list(range(10))
print(l[2:5], l[::2], l[1::3], l[::-1], l[-3:], l[8:2:-2], l[:-7:-1])
m = l[:]
m[2:4] = ["a", "b", "c"]
print(m)
m[1:1] = [100]
print(m)
m[:3] = []
print(m)
del m[0]
del m[-2:]
print(m)
m[len(m):] = [1, 2]
print(m)
n = [1, 2, 3]
n[5:] = [9]
print(n, l[100:], l[-100:2])
