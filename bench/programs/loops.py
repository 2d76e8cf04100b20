# Nested integer loops.
def loops(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total = (total + i * j + (i ^ j)) % 1000003
    return total

print(loops(1200))
