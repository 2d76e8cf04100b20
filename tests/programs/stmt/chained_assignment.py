# Chained and multiple assignment.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(y)
i, j = j, i = 1, 2
print(i, j)
l = [0, 0, 0]
l[0] = l[2] = "end"
print(l)
