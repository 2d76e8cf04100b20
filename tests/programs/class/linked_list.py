# A linked list class with iteration, len, and reversal.
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.next = v, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.next
    def __len__(self):
        return sum(1 for _ in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
l = LinkedList(range(6))
print(l, len(l))
l.reverse()
print(l, list(l)[:2])
print(LinkedList())
