# Method lookup through a linear chain of three classes.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def chain(self):
        return ["B"] + super().chain()
class C(B):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()
c = C()
print(c.who(), c.chain(), B().who(), B().chain())
print(isinstance(c, A), issubclass(C, A), type(c).__name__)
