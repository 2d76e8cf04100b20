# Step-1 slices with every combination of omitted and negative bounds.
s = "0123456789"
for a in (None, 0, 3, -3, 12, -12):
    row = []
    for b in (None, 0, 5, -2, 20, -20):
        row.append(s[a:b])
    print(a, row)
print(s[2:8][1:4], s[-1:], s[:-1][-1])
