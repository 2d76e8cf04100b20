# Augmented assignment on subscripts and attributes evaluates the target once.
calls = []
def idx(i):
    calls.append(i)
    return i
l = [1, 2, 3]
l[idx(0)] += 10
l[idx(2)] *= 5
print(l, calls)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 1
print(d)
class O:
    v = 1
o = O()
o.v += 5
print(o.v, O.v)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
