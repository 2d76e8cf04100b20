# Deep equality and ordering of nested lists.
a = [1, [2, [3, [4]]]]
b = [1, [2, [3, [4]]]]
c = [1, [2, [3, [5]]]]
print(a == b, a == c, a < c, a is b, [a] == [b])
a[1][1][1].append(5)
print(a, a == b, a > c)
self_ref = [1, 2]
self_ref.append(self_ref[:])
print(self_ref)
print([[]] == [[]], [[1]] != [[1.0]], [0] * 0 == [])
