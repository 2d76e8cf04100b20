"""Writes number test vectors computed by CPython (see test_numbers.c)."""
import random
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
out = sys.stdout


def rand_int():
    kind = rng.random()
    if kind < 0.3:
        n = rng.randint(-1000, 1000)
    elif kind < 0.6:
        n = rng.randint(-(1 << 64), 1 << 64)
    else:
        n = rng.getrandbits(rng.randint(1, 400)) * rng.choice((1, -1))
    return n


def emit(op, args, fn):
    try:
        r = fn()
        if isinstance(r, str):
            text = r
        else:
            text = repr(r)
    except Exception as e:
        text = "!" + type(e).__name__
    out.write("%s %s %s\n" % (op, " ".join(str(a) for a in args), text))


int_ops = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "divmod": divmod,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
    "lt": lambda a, b: a < b, "le": lambda a, b: a <= b, "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b, "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
}
for _ in range(3000):
    op = rng.choice(list(int_ops))
    a, b = rand_int(), rand_int()
    if rng.random() < 0.1:
        b = a
    if rng.random() < 0.05:
        b = 0
    emit(op, (a, b), lambda: int_ops[op](a, b))
for _ in range(300):
    a, s = rand_int(), rng.randint(0, 200)
    emit("lshift", (a, s), lambda: a << s)
    emit("rshift", (a, s), lambda: a >> s)
for _ in range(200):
    a, e = rng.randint(-50, 50), rng.randint(0, 60)
    emit("pow", (a, e), lambda: a ** e)
    m = rand_int() or 7
    x = rand_int()
    e2 = rng.randint(0, 1 << 70)
    emit("pow3", (x, e2, m), lambda: pow(x, e2, m))
for _ in range(300):
    a = rand_int()
    for op, fn in (("neg", lambda: -a), ("invert", lambda: ~a), ("abs", lambda: abs(a)),
                   ("hex", lambda: hex(a)), ("oct", lambda: oct(a)), ("bin", lambda: bin(a))):
        emit(op, (a,), fn)
    if abs(a) < 1 << 250:
        emit("bytes", (a,), lambda: a)
for _ in range(200):
    a = rand_int()
    if abs(a) < 1 << 1000:
        emit("float", (a,), lambda: float(a))
    if float(a) == a:
        emit("hasheq", (a,), lambda: True)
    emit("truediv", (a, rng.randint(1, 1 << 40)), lambda: a / b if False else None) if False else None
for _ in range(200):
    a, b = rand_int(), rng.randint(1, 1 << 40) * rng.choice((1, -1))
    emit("truediv", (a, b), lambda: a / b)

# floats: repr round trip and formatting
specials = [0.1, 0.2, 0.30000000000000004, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
            5e-324, 1.7976931348623157e308, 2.5, 0.5, 1.5, 1e22, 1e23, 9007199254740993.0]
floats = specials + [rng.uniform(-1e6, 1e6) for _ in range(300)] + \
    [rng.random() * 10 ** rng.randint(-300, 300) for _ in range(300)] + \
    [float(rng.randint(-1000, 1000)) for _ in range(50)]
for f in floats:
    emit("float", (repr(f),), lambda: f)
    emit("neg", (repr(f),), lambda: -f)
    emit("int", (repr(f),), lambda: int(f))
    p = rng.randint(0, 20)
    emit("fmt_e", (repr(f), p), lambda: "%.*e" % (p, f))
    emit("fmt_f", (repr(f), p), lambda: "%.*f" % (p, f) if abs(f) < 1e50 else "skip")
    emit("fmt_g", (repr(f), p), lambda: "%.*g" % (p, f))
for _ in range(400):
    a, b = rng.choice(floats), rng.choice(floats)
    op = rng.choice(["add", "sub", "mul", "truediv", "floordiv", "mod", "lt", "eq", "ge"])
    fn = {"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "truediv": lambda: a / b,
          "floordiv": lambda: a // b, "mod": lambda: a % b, "lt": lambda: a < b, "eq": lambda: a == b,
          "ge": lambda: a >= b}[op]
    emit(op, (repr(a), repr(b)), fn)
# int/float mixed comparisons, exact
for _ in range(200):
    i = rand_int()
    f = float(i) if abs(i) < 1 << 1000 else 1e300
    f2 = rng.choice([f, f * (1 + 1e-15), rng.random()])
    emit(rng.choice(["lt", "eq", "gt"]), (i, repr(f2)), None) if False else None
    for op, fn in (("lt", lambda: i < f2), ("eq", lambda: i == f2), ("ge", lambda: i >= f2)):
        emit(op, (i, repr(f2)), fn)
