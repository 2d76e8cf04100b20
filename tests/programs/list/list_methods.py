# Every list method.
l = [3, 1, 2]
l.append(5); print(l)
l.extend([7, 8]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 9); l.insert(-1, 6); l.insert(100, 10); l.insert(-100, -1); print(l)
l.remove(7); print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
print(l.index(2), l.index(1, 3) if 1 in l[3:] else "n/a", l.count(1), l.count(42))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, len(l))
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
