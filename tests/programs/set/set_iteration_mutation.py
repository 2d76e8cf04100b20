# Copy a set before removing while iterating.
s = set(range(10))
for x in list(s):
    if x % 3:
        s.remove(x)
print(sorted(s))
s2 = {x for x in range(20)}
evens = {x for x in s2 if x % 2 == 0}
s2 -= evens
print(sorted(s2), len(evens))
