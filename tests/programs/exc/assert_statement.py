# assert raises AssertionError with an optional message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e.args, str(e))
def check(x):
    assert isinstance(x, int), "need int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
n = 0
def side():
    global n
    n += 1
    return True
assert side()
print(n)
