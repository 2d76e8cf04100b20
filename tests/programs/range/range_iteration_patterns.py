# range in loops: nested, stepping, and indexing a list.
names = ["a", "b", "c", "d"]
for i in range(len(names) - 1, -1, -1):
    print(i, names[i])
print([names[i] + names[i + 1] for i in range(0, len(names) - 1)])
print([(i, j) for i in range(3) for j in range(i + 1, 3)])
print(sum(range(0, 100, 7)), len(range(0, 100, 7)), range(0, 100, 7)[-1])
