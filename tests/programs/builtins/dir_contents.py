# dir() lists attributes; only check membership of names both agree on.
class C:
    cls_attr = 1
    def meth(self):
        pass
c = C()
c.inst = 2
names = dir(c)
print("cls_attr" in names, "meth" in names, "inst" in names, "zzz" in names)
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print("C" in dir(), "c" in dir())
