# Assignment expressions.
data = [1, 5, 12, 3, 20]
print([y for x in data if (y := x * 2) > 8])
if (n := len(data)) > 3:
    print("long", n)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
print((a := 5) + a, a)
