# for/while else clauses with exceptions and break.
for n in (7, 9, 11):
    for d in range(2, n):
        if n % d == 0:
            print(n, "composite")
            break
    else:
        print(n, "prime")
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
try:
    for x in [1, 2]:
        if x == 2:
            raise ValueError
    else:
        print("not reached")
except ValueError:
    print("loop exited by exception")
