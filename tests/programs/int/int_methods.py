# int constructor forms and conversions.
print(int(), int(0), int("0"), int(7.0), int("  -0 "))
print(int("1" * 30) % 97)
class Num:
    def __int__(self):
        return 99
    def __index__(self):
        return 99
print(int(Num()))
print(isinstance(5, int), isinstance(True, int), isinstance(5.0, int))
print(int("12", 10) + int("12", 3))
