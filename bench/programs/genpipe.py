# Generator pipeline: chained generators and a generator expression.
def numbers(n):
    for i in range(n):
        yield i

def squares(src):
    for x in src:
        yield x * x

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def run(n):
    total = 0
    for v in evens(squares(numbers(n))):
        total = (total + v) % 1000000007
    total += sum(x % 7 for x in range(n))
    return total

print(run(600000))
