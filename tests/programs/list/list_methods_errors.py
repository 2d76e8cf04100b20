# Argument errors of list methods.
l = [1, 2, 3]
for f in (lambda: l.pop(10), lambda: l.index(9), lambda: l.remove(9), lambda: l.insert(), lambda: l.append(1, 2)):
    try:
        f()
        print("no error")
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__)
print(l)
print(l.pop(-1), l.pop(-2), l)
