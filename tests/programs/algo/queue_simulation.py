# A FIFO queue simulation with a ring buffer class.
class Ring:
    def __init__(self, n):
        self.buf = [None] * n
        self.head = self.tail = self.size = 0
    def put(self, v):
        if self.size == len(self.buf):
            raise OverflowError("full")
        self.buf[self.tail] = v
        self.tail = (self.tail + 1) % len(self.buf)
        self.size += 1
    def get(self):
        if not self.size:
            raise IndexError("empty")
        v = self.buf[self.head]
        self.head = (self.head + 1) % len(self.buf)
        self.size -= 1
        return v
r = Ring(3)
out = []
for op in "ppp p g g p p g g g g".split():
    try:
        if op == "p":
            r.put(len(out) + 100)
            out.append("put")
        else:
            out.append(r.get())
    except (OverflowError, IndexError) as e:
        out.append(type(e).__name__ + ":" + str(e))
print(out)
