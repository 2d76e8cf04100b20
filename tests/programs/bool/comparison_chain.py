# Chained comparisons evaluate the middle once and short-circuit.
def v(x):
    print("v", x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(5))
print(1 < 2 > 0 != 5 == 5)
print(1 == 1.0 == True)
x = 5
print(0 <= x < 10, 0 <= x < 5, x is not None, x in [5], x not in (5,))
print("a" < "b" <= "b" < "ba")
