# Loop variables persist after the loop; comprehensions do not leak.
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError:
    print("j never bound")
k = "outer"
squares = [k * 2 for k in range(3)]
print(k, squares)
total = 0
for a in range(3):
    for b in range(a):
        total += a * b
print(total, a, b)
