# Class bodies run once and have their own namespace.
print("before")
class Body:
    print("class body runs")
    a = 1
    b = a + 1
    def m(self):
        return Body.b
    names = [n for n in ("x", "y")]
print("after")
print(Body.a, Body.b, Body().m(), Body.names)
x = "module x"
class Shadow:
    x = "class x"
    def get(self):
        return x
print(Shadow().get(), Shadow.x)
