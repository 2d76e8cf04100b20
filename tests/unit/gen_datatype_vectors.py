#!/usr/bin/env python3
"""Random cases for the data types, answered by CPython (run: gen_datatype_vectors.py SEED).

Only behaviour where MicroPython agrees with CPython is generated: format
specs, % formatting, str / bytes methods, list slicing and sorting. One
case per line, tab-separated: op, arguments as typed tokens, then the
expected repr (hex of its UTF-8) or !ExceptionType.
Tokens: i:<int>  f:<float repr>  s:<hex utf-8>  b:<hex>  n:  l:<int,int,...>
"""
import random
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ALPHABET = "ab, xé€-"


def tok(v):
    if v is None:
        return "n:"
    if isinstance(v, bool):
        raise ValueError
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%r" % v
    if isinstance(v, str):
        return "s:" + v.encode().hex()
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, list):
        return "l:" + ",".join(str(x) for x in v)
    raise ValueError(v)


def emit(op, args, fn):
    try:
        want = repr(fn())
        want = want.encode().hex()
    except Exception as e:  # noqa: BLE001 - any exception is an expected outcome
        want = "!" + type(e).__name__
    print("\t".join([op] + [tok(a) for a in args] + [want]))


def rand_str(n=8, alphabet=ALPHABET):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, n)))


def rand_spec(kind):
    fill = rng.choice(["", "", "*", "0", "é"])
    align = rng.choice(["", "<", ">", "^", "="] if kind != "s" else ["", "<", ">", "^"])
    if not align:
        fill = ""
    sign = rng.choice(["", "+", "-", " "]) if kind != "s" else ""
    alt = rng.choice(["", "#"]) if kind == "i" else ""
    zero = rng.choice(["", "", "0"]) if kind != "s" else ""
    width = rng.choice(["", str(rng.randint(1, 14))])
    group = rng.choice(["", "", ",", "_"]) if kind != "s" else ""
    prec = rng.choice(["", "." + str(rng.randint(0, 8))]) if kind != "i" else ""
    types = {"i": ["", "d", "b", "o", "x", "X", "e", "f", "%"],
             "f": ["", "e", "E", "f", "F", "g", "%"],
             "s": ["", "s"]}[kind]
    typ = rng.choice(types)
    if group == "_" and typ not in ("d", "b", "o", "x", "X", "") or (group and typ in ("", "s")):
        group = ""
    if group == "," and typ in ("b", "o", "x", "X"):
        group = ""  # MicroPython accepts this (documented difference); CPython raises
    if group and kind == "f" and typ in ("", "g"):
        group = ""
    return fill + align + sign + alt + zero + width + group + prec + typ


def gen_format(n):
    for _ in range(n):
        kind = rng.choice("iifs")
        if kind == "i":
            v = rng.choice([0, 7, -7, 255, 1234567, -98765432, 2**40 + 3])
        elif kind == "f":
            v = rng.choice([0.0, 1.5, -2.25, 3.14159, 123456.789, 1e-5, -0.001, 1e20])
        else:
            v = rand_str()
        spec = rand_spec(kind)
        emit("fmt", [v, spec], lambda v=v, spec=spec: format(v, spec))


def gen_percent(n):
    convs = ["d", "i", "x", "X", "o", "s", "r", "f", "e", "g", "c"]
    for _ in range(n):
        c = rng.choice(convs)
        flags = "".join(rng.sample(["-", "+", " ", "0", "#"], rng.randint(0, 2)))
        if c in "sr":
            flags = flags.replace("0", "").replace("#", "").replace("+", "").replace(" ", "")
        if c == "c":
            flags = flags.replace("0", "").replace("#", "").replace("+", "").replace(" ", "")
        if c in "dis":
            flags = flags.replace("#", "")
        width = rng.choice(["", str(rng.randint(1, 10))])
        prec = rng.choice(["", "." + str(rng.randint(0, 5))]) if c in "feg" else ""
        fmt = "<%" + flags + width + prec + c + ">"
        if c in "sr":
            v = rng.choice([rand_str(), 42, None])
        elif c == "c":
            v = rng.choice([65, 0x20ac, "z"])
        elif c in "feg":
            v = rng.choice([1.5, -2.25, 123.456, 0.0001, 7])
        else:
            v = rng.choice([0, 42, -42, 255, 10**12])
        emit("mod", [fmt, v], lambda fmt=fmt, v=v: fmt % (v,))


def gen_str_methods(n):
    for _ in range(n):
        s = rand_str(10)
        sub = rand_str(2, "ab,é ")
        m = rng.choice(["find", "rfind", "index", "rindex", "count", "startswith", "endswith",
                        "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "partition",
                        "rpartition", "center", "upper", "lower", "isalpha", "isspace", "splitlines", "join"])
        if m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
            args = [sub] + [rng.randint(-12, 12) for _ in range(rng.randint(0, 2))]
        elif m in ("split", "rsplit"):
            args = rng.choice([[], [sub or ","], [sub or ",", rng.randint(-1, 3)], [None, rng.randint(0, 2)]])
        elif m in ("strip", "lstrip", "rstrip"):
            args = rng.choice([[], [sub]])
        elif m == "replace":
            args = [sub, rand_str(2)] + ([rng.randint(-1, 3)] if rng.random() < 0.4 else [])
        elif m in ("partition", "rpartition"):
            args = [sub or ","]
        elif m == "center":
            args = [rng.randint(0, 14)] + ([rng.choice("*é")] if rng.random() < 0.5 else [])
        elif m == "join":
            args = [[rand_str(3) for _ in range(rng.randint(0, 4))]]
            s = rand_str(2)
            emit("join", [s] + [a for a in args[0]], lambda s=s, a=args[0]: s.join(a))
            continue
        elif m == "splitlines":
            s = "".join(rng.choice(["a", "b", "\n", "\r", "\r\n"]) for _ in range(rng.randint(0, 8)))
            args = rng.choice([[], [True]])
            emit("meth", [s, m] + [1 if a is True else a for a in args], lambda s=s, a=args: s.splitlines(*a))
            continue
        else:
            args = []
            if m in ("upper", "lower", "isalpha", "isspace"):
                s = s.encode("ascii", "ignore").decode()  # MicroPython changes ASCII case only
        emit("meth", [s, m] + args, lambda s=s, m=m, a=args: getattr(s, m)(*a))
        # The same on bytes where the method exists there.
        if m not in ("center", "isalpha", "isspace") and all(not isinstance(a, str) or a.isascii() for a in args) and s.isascii():
            bargs = [a.encode() if isinstance(a, str) else a for a in args]
            emit("meth", [s.encode(), m] + bargs, lambda s=s.encode(), m=m, a=bargs: getattr(s, m)(*a))


def rand_slice():
    pick = lambda: rng.choice([None, rng.randint(-8, 8)])  # noqa: E731
    step = rng.choice([None, None, 1, 2, -1, -2, 3])
    return pick(), pick(), step


def gen_list_slices(n):
    for _ in range(n):
        lst = list(range(rng.randint(0, 8)))
        a, b, c = rand_slice()
        op = rng.choice(["sget", "sset", "sdel"])
        if op == "sget":
            emit(op, [lst, a, b, c], lambda l=lst, s=slice(a, b, c): l[s])
        elif op == "sdel":
            def f(l=lst, s=slice(a, b, c)):
                l = list(l)
                del l[s]
                return l
            emit(op, [lst, a, b, c], f)
        else:
            val = [100 + i for i in range(rng.randint(0, 4))]
            def f(l=lst, s=slice(a, b, c), v=val):
                l = list(l)
                l[s] = v
                return l
            emit(op, [lst, a, b, c, val], f)


def gen_sorts(n):
    for _ in range(n):
        lst = [rng.randint(-20, 20) for _ in range(rng.randint(0, 40))]
        rev = rng.random() < 0.5
        emit("sort", [lst, 1 if rev else 0], lambda l=lst, r=rev: sorted(l, reverse=r))
        words = [rand_str(4, "abc") for _ in range(rng.randint(0, 30))]
        emit("sortlen", words + [1 if rev else 0], lambda w=words, r=rev: sorted(w, key=len, reverse=r))


def gen_container_methods(n):
    """list / dict / set methods: the result and the container afterwards."""
    for _ in range(n):
        kind = rng.choice("lds")
        if kind == "l":
            lst = [rng.randint(0, 5) for _ in range(rng.randint(0, 7))]
            m, args = rng.choice([
                ("append", [rng.randint(0, 9)]), ("insert", [rng.randint(-9, 9), 7]),
                ("pop", []), ("pop", [rng.randint(-8, 8)]), ("remove", [rng.randint(0, 5)]),
                ("index", [rng.randint(0, 5)]), ("index", [rng.randint(0, 5), rng.randint(-5, 5)]),
                ("count", [rng.randint(0, 5)]), ("reverse", []), ("extend", [[1, 2]]), ("copy", []),
                ("clear", [])])
            def f(l=list(lst), m=m, a=args):
                r = getattr(l, m)(*a)
                return (r, l)
            emit("lmeth", [lst, m] + args, f)
        elif kind == "d":
            keys = [rng.randint(0, 6) for _ in range(rng.randint(0, 6))]
            m, args = rng.choice([
                ("get", [rng.randint(0, 6)]), ("get", [rng.randint(0, 6), -1]), ("pop", [rng.randint(0, 6)]),
                ("pop", [rng.randint(0, 6), -1]), ("popitem", []), ("setdefault", [rng.randint(0, 6), 9]),
                ("keys", []), ("values", []), ("items", []), ("copy", []), ("clear", [])])
            def f(keys=keys, m=m, a=args):
                d = {k: k * 10 for k in keys}
                r = getattr(d, m)(*a)
                if m in ("keys", "values", "items"):
                    r = list(r)
                return (r, d)
            emit("dmeth", keys + [m] + args, f)
        else:
            items = [rng.randint(0, 6) for _ in range(rng.randint(0, 6))]
            other = [rng.randint(0, 6) for _ in range(rng.randint(0, 4))]
            m = rng.choice(["union", "intersection", "difference", "symmetric_difference", "issubset",
                            "issuperset", "isdisjoint", "update", "intersection_update", "difference_update",
                            "symmetric_difference_update", "discard", "remove", "add"])
            arg = other if m not in ("discard", "remove", "add") else rng.randint(0, 6)
            def f(items=items, m=m, arg=arg):
                st = set(items)
                r = getattr(st, m)(arg)
                if isinstance(r, set):
                    r = sorted(r)
                return (r, sorted(st))
            emit("smeth", [items, m, arg], f)


def gen_garbage(n):
    """Random format specs and % strings: only "no crash" is checked (*)."""
    chars = "{}!:%()*.#0123456789<>^=+- ,_sdxXobcefgrn%é\x00"
    for _ in range(n):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        v = rng.choice([0, -5, 1.5, "ab", None, 2**70])
        print("\t".join(["fmt", tok(v), tok(text), "*"]))
        print("\t".join(["mod", tok(text), tok(v), "*"]))
        print("\t".join(["meth", tok(text), tok("format"), tok(v), "*"]))


gen_format(600)
gen_garbage(300)
gen_percent(300)
gen_str_methods(700)
gen_list_slices(400)
gen_sorts(100)
gen_container_methods(600)
