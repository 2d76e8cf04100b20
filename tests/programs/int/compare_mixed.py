# Comparisons between small ints, big ints and floats.
big = 2 ** 80
print(big > 1, big < -1, -big < 1, big == 2 ** 80, big != big + 1)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 ** 53 == 2.0 ** 53)
print(big > 1.5, -big < -1.5, 0 == -0, 0.5 < 1)
print(max(3, big, -big), min(3, big, -big))
print(sorted([big, -3, 0, 2 ** 40, -(2 ** 40), 7]))
print((1, 2) < (1, 3), [1, big] > [1, 2])
