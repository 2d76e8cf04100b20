# staticmethod and classmethod, called on class and instance; alternative constructors.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*[int(p) for p in s.split("-")])
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)

class MyDate(Date):
    pass

d = Date.from_string("2024-02-29")
print(d, type(d).__name__, Date.is_leap(2024), d.is_leap(1900), Date.is_leap(2000))
m = MyDate.from_string("1999-12-31")
print(m, type(m).__name__)
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
print(Counter.inc(), Counter().inc(), Counter.count)
