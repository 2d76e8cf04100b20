# max and min with iterables, several args, key and default.
print(max(3, 1, 2), min(3, 1, 2), max([5, 9, 1]), min("hello"), max((1, 2), (1, 3)))
print(max([], default="none"), min([], default=0), max([1], default=5))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max(-3, 2, key=abs), min([(-1, "x"), (0, "y")], key=lambda p: -p[0]))
print(max(2 ** 70, 3.5), min(-(2 ** 70), 0))
try:
    max([])
except ValueError:
    print("ValueError")
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))
print(max([3, 1, 3], key=lambda x: x), max(1, 1.0), min(1.0, 1))
