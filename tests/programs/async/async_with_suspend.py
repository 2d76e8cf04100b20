# async with whose __aenter__/__aexit__ suspend, with break/continue inside,
# several managers in one statement, and an exception raised by __aexit__.
class Pause:
    def __await__(self):
        yield "pause"

class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        await Pause()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Pause()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

class BadExit:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise OSError("from aexit")

async def main():
    for i in range(4):
        async with Res("loop%d" % i) as r:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", r)
    async with Res("a") as a, Res("b", swallow=True) as b:
        print("both", a, b)
        raise IndexError("inner")
    print("after swallow")
    try:
        async with Res("c"), Res("d", swallow=True):
            raise IndexError("swallowed by d")
        print("c still runs")
    except IndexError:
        print("not reached")
    try:
        async with BadExit():
            raise KeyError("hidden")
    except OSError as e:
        print("OSError", e)
    try:
        async with Res("e"):
            return "returned"
    finally:
        print("finally")

def run(co):
    steps = 0
    while True:
        try:
            co.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value

print(run(main()))
