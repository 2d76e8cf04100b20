# Custom attributes on user exceptions; args and str.
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(msg)
        self.line = line
        self.col = col
    def __str__(self):
        return "%d:%d: %s" % (self.line, self.col, self.args[0])
try:
    raise ParseError(3, 14, "unexpected token")
except ParseError as e:
    print(e, e.line, e.col, e.args)
    print(str(e), "%s" % e, "{}".format(e))
class Plain(Exception):
    pass
p = Plain("a", 1)
print(p.args, str(p), repr(p))
