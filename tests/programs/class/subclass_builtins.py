# Subclasses of list and dict that add behaviour.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__)
class DefaultZero(dict):
    def get0(self, k):
        return self[k] if k in self else 0
d = DefaultZero(a=1)
d["b"] = 2
print(d.get0("a"), d.get0("z"), len(d), sorted(d.items()))
class Log(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def add(self, v):
        self.append("%s:%s" % (self.name, v))
        return self
log = Log("x").add(1).add(2)
print(log, len(log), log[0], log.name)
