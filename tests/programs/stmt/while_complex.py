# while loops with complex conditions and state updates.
a, b = 0, 1
steps = 0
while b < 1000 and steps < 100:
    a, b = b, a + b
    steps += 1
print(a, b, steps)
n, digits = 9876543210, []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
stack = [1]
visited = []
while stack and len(visited) < 10:
    x = stack.pop()
    visited.append(x)
    stack.extend([x * 2, x * 2 + 1])
print(visited)
