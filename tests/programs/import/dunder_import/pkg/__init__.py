X = 1
def rel():
    m = __import__("sub", globals(), None, ["f"], 1)
    return m.f()
