# Continue after errors in a processing loop.
data = ["1", "2", "x", "4", "", "6.5", "7"]
total = 0
errors = []
for s in data:
    try:
        total += int(s)
    except ValueError:
        errors.append(s)
        continue
    finally:
        pass
print(total, errors)
results = []
for d in (2, 0, 5, 0):
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
