# input() reads lines from stdin.
name = input()
age = int(input())
print("hello", name, "next year", age + 1)
rest = input("prompt> ")
print("got", repr(rest))
try:
    input()
except EOFError:
    print("EOFError")
