# User-defined exception classes with extra data and hierarchy.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
def lookup(k):
    if k == "bad":
        raise Invalid("k", "is bad")
    raise NotFound(k)
for k in ("x", "bad"):
    try:
        lookup(k)
    except NotFound as e:
        print("NotFound", e.key, e.args, str(e))
    except AppError as e:
        print(type(e).__name__, e.field, e.args)
print(issubclass(NotFound, Exception), isinstance(NotFound("z"), AppError))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), WithStr("a").args)
