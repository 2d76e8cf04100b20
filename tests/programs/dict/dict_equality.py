# Dict equality ignores insertion order.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1: 1.0}, {1: 1} == {True: 1}, {} == {})
print({"a": 1} == {"a": 1, "b": 2}, {"a": None} == {"b": None})
