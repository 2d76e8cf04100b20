# Semicolons, line continuation and implicit joining.
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
items = [
    1,
    2,
]
d = {"k":
     "v"}
print(total, items, d)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while b > 1: b -= 1
print(b)
