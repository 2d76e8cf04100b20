# Subset/superset/disjoint tests and comparison operators.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a > b, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.isdisjoint({5}), a.isdisjoint(b))
print(set() <= a, set() < set(), {1} == frozenset({1}))
