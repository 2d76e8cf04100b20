# __bool__ and __len__ decide truthiness of user objects.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Plain:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), bool(Plain()))
if L(2):
    print("L(2) is true")
if not L(0):
    print("L(0) is false")
print(not B(False))
x = B(True) and "after"
print(x)
while L(0):
    print("never")
print([1 for o in (L(0), L(1), B(True)) if o])
