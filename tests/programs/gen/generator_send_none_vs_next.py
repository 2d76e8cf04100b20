# next(g) is send(None); values of yield expressions show which was used.
def show():
    got = []
    for _ in range(4):
        v = yield len(got)
        got.append(v)
    yield got
g = show()
print(next(g), g.send("a"), next(g), g.send(0), g.send(False))
