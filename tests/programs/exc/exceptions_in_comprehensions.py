# Exceptions raised inside comprehensions and generator expressions propagate.
def risky(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x * 10
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print("list comp:", e)
try:
    print(sum(risky(x) for x in range(5)))
except ValueError as e:
    print("genexp:", e)
print([risky(x) for x in range(3)], {x: risky(x) for x in (0, 1)})
safe = []
for x in range(5):
    try:
        safe.append(risky(x))
    except ValueError:
        safe.append(None)
print(safe)
