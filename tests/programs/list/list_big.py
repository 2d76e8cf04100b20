# Lists with many elements.
l = list(range(10000))
print(len(l), sum(l), l[5000], l[-1])
l2 = [x * x for x in l if x % 1000 == 0]
print(l2)
while len(l) > 10:
    l = l[::2]
print(l)
m = []
for i in range(3000):
    m.append(i)
    if i % 3 == 0:
        m.pop()
print(len(m), m[:5], m[-3:])
