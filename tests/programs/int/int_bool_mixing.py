# bools take part in integer arithmetic as 0 and 1.
print(True + 1, True * 2 ** 70, False * -5, 10 // True, 7 % True, True ** 10, -True, True << 4)
print(sum([True] * 50), [0, 1][True], "ab"[False], (True, False) < (True, True))
print(int(True) == 1, True == 1.0, hash(False) == hash(0))
print(max(True, 0), min(False, -1), abs(True), divmod(True, 2))
