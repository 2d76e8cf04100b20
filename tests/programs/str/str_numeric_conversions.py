# str <-> number conversions.
print(str(0), str(-0), str(10 ** 20), str(0.5), str(-2.25), str(1e3))
print(int("42") + int(str(42)), float("1.5") * 2, repr(str(7)))
print("%s %s %s" % (1, 1.5, 2 ** 70), "{} {}".format(-0.0, 100.0))
print(str(True) + str(None), "1" + str(2) + "3")
print("5" * 3, int("5" * 3) + 1)
