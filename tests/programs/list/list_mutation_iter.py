# Mutating a list while keeping references; copies vs aliases.
a = [1, [2, 3]]
b = a[:]
b[0] = 99
b[1].append(4)
print(a, b)
c = list(a)
c[1] = "new"
print(a, c)
l = [1, 2, 3, 4, 5, 6]
l = [x for x in l if x % 2]
print(l)
i = 0
while i < len(l):
    if l[i] == 3:
        del l[i]
    else:
        i += 1
print(l)
