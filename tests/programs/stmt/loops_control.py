# for/while with break, continue and else.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    if n == 5:
        break
print("n", n)
for x in []:
    print("never")
else:
    print("empty for else")
while False:
    pass
else:
    print("while else")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
