# Fibonacci numbers grow past every machine word.
a, b = 0, 1
for i in range(300):
    if i in (10, 46, 47, 92, 93, 94, 186, 187, 299):
        print(i, a)
    a, b = b, a + b
print(len(str(a)))
