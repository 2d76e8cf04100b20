# Comprehensions consuming generators and producing generators.
def numbers(n):
    for i in range(n):
        yield i
squares = [x * x for x in numbers(6)]
evens = (x for x in squares if x % 2 == 0)
print(squares, list(evens))
grid = [[(r, c) for c in numbers(3)] for r in numbers(2)]
print(grid)
print(sum(x for row in grid for (x, y) in row if y > 0))
lazy = ((a, b) for a in numbers(3) for b in numbers(a))
print(list(lazy))
