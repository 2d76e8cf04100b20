# Using sets for membership and de-duplication.
data = [5, 3, 5, 1, 3, 9, 1, 5]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, sorted(seen))
words = "a rose is a rose is a rose".split()
print(sorted(set(words)), len(set(words)))
print(sorted({x % 7 for x in range(50)}))
print(sorted(set("mississippi") - set("sip")))
