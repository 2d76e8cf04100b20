# Converting exception types while preserving information in args.
class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise AppError("cannot parse", s)
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AppError("missing", k) from None
for s in ("12", "x1"):
    try:
        print(parse(s))
    except AppError as e:
        print(e.args)
try:
    lookup({}, "key")
except AppError as e:
    print(e.args, isinstance(e, Exception))
