# Exception classes with methods, class attributes and inheritance.
class HttpError(Exception):
    code = 500
    def describe(self):
        return "%d %s" % (self.code, self.args[0] if self.args else "")
class NotFound(HttpError):
    code = 404
class Forbidden(HttpError):
    code = 403
for exc in (NotFound("/missing"), Forbidden("/secret"), HttpError("boom"), NotFound()):
    try:
        raise exc
    except HttpError as e:
        print(type(e).__name__, e.describe(), isinstance(e, Exception))
