# Subclasses of str: real instances with inherited methods and extra attributes.
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
print(n, repr(n), type(n).__name__, isinstance(n, str), isinstance(n, Name))
print(n.shout(), n.upper(), len(n), n[0], n[1:], n + "x", "x" + n, n * 2)
print(n == "ada", "ada" == n, n != "bob", n < "b", "ad" in n, n.startswith("a"))
print({n: 1}["ada"], {"ada": 2}[n], hash(n) == hash("ada"), n.replace("a", "A"))
print(",".join([n, "b"]), n.join(["1", "2"]), "%s/%s" % (n, n), "{}".format(n), str(n), type(str(n)).__name__)
n.tag = 5
print(n.tag, [c for c in n], n.split("d"), n.find("a", 1))
class Tagged(str):
    def __new__(cls, text, tag):
        self = super().__new__(cls, text)
        self.tag = tag
        return self
    def __repr__(self):
        return "Tagged(%s, %r)" % (str.__repr__(self), self.tag)
t = Tagged("hi", 3)
print(t, repr(t), t.tag, t.upper(), len(t), isinstance(t, Tagged))
class Loud(str):
    def __str__(self):
        return "LOUD " + self.upper()
print(str(Loud("x")), Loud("x") + "y", len(Loud("abc")))
