# len() on every sized builtin type.
print(len("héllo"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}))
print(len(frozenset()), len(range(0, 10, 3)), len(range(5, 0)), len(memoryview(b"abcd")), len(""))
print(len({}.keys()), len({"a": 1}.items()), len(str(2 ** 100)))
