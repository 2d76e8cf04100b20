# A binary min-heap implemented on a list.
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, v):
        a = self.a
        a.append(v)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[s]:
                    s = l
                if r < len(a) and a[r] < a[s]:
                    s = r
                if s == i:
                    break
                a[i], a[s] = a[s], a[i]
                i = s
        return top
    def __len__(self):
        return len(self.a)
h = MinHeap()
for v in [5, 3, 9, 1, 7, 2, 8, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
for pr, name in [(3, "low"), (1, "urgent"), (2, "mid")]:
    tasks.push((pr, name))
print([tasks.pop()[1] for _ in range(3)])
