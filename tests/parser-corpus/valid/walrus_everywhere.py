# Assignment expressions in every place the grammar allows them.
if (n := len(a)) > 10:
    print(f"List is too long ({n} elements, expected <= 10)")
while (block := f.read(256)) != '':
    process(block)
[y := f(x), y**2, y**3]
filtered_data = [y for x in data if (y := f(x)) is not None]
stuff = [[y := f(x), x/y] for x in range(5)]
print(total := 0, [total := total + v for v in values])
foo(x := 3, cat='vector')
d = {(k := 1): (v := 2)}
s = {(w := 1), w}
t = (z := 5)
g = (q := i for i in range(3))
lst[(i := 0)]
lst[j := 1]
x = y if (c := cond()) else z
def fn(a=(b := 1)): return (r := a)
lam = lambda: (l := 1)
assert (m := 1)
with (cm := ctx()) as v: pass
for e in (it := iter([])): pass
result = [(a := 1), (b := a + 1)]
any((hit := item) for item in seq if item > 3)
print(f"{(v := 10)}")
data[(idx := 2):(end := 5)]
(p := 1), (o := 2)
xs = [last := 0] + [last := last + 1 for _ in range(3)]
{(key := k): val for k, val in pairs}
(yield_ := 3)
not (nn := 0)
-(neg := 1)
