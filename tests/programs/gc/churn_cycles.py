# Reference cycles become unreachable and must be reclaimed.
class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None
        self.payload = [v] * 8
total = 0
for i in range(6000):
    a = Node(i)
    b = Node(i + 1)
    a.peer = b
    b.peer = a
    ring = [a, b]
    ring.append(ring)
    total += a.peer.v + b.peer.v
print(total)
