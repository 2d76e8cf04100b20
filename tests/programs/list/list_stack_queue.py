# Using lists as stacks and queues.
stack = []
for c in "(a[b]{c})":
    if c in "([{":
        stack.append(c)
    elif c in ")]}":
        print("close", c, "matches", stack.pop())
print("empty", stack == [])
queue = list(range(5))
out = []
while queue:
    x = queue.pop(0)
    out.append(x)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
print(out)
