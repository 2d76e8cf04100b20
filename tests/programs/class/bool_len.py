# __bool__ takes priority over __len__.
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Both()), len(Both()), bool(LenOnly(0)), bool(LenOnly(2)))
print("yes" if LenOnly(1) else "no", "yes" if Both() else "no")
print([bool(LenOnly(n)) for n in range(3)], not LenOnly(0))
