# A tiny stack VM implemented with a class and a dispatch dict.
class VM:
    def __init__(self):
        self.stack = []
        self.ops = {"push": self.push, "add": self.add, "mul": self.mul, "dup": self.dup, "swap": self.swap}
    def push(self, v):
        self.stack.append(v)
    def add(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)
    def mul(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)
    def dup(self):
        self.stack.append(self.stack[-1])
    def swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
    def run(self, prog):
        for line in prog.strip().split("\n"):
            op, *args = line.split()
            self.ops[op](*[int(a) for a in args])
        return self.stack
print(VM().run("""
push 3
push 4
add
dup
mul
push 2
swap
"""))
