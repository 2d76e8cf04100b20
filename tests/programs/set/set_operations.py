# Union, intersection, difference, symmetric difference, and their methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection([2, 3, 7])), sorted(a.difference([1, 2])))
print(sorted(a.symmetric_difference([4, 6])))
c = set(a); c |= {7}; print(sorted(c))
c &= {1, 7, 8}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {7, 9}; print(sorted(c))
d = set(a)
d.update([10, 11]); d.intersection_update(range(3, 12)); print(sorted(d))
d.difference_update({10}); d.symmetric_difference_update({4, 100}); print(sorted(d))
