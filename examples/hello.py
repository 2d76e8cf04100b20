# The smallest useful program: print and compute.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("hello from mpyc")
print("fib(20) =", fib(20))
