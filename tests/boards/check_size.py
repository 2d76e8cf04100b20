#!/usr/bin/python3
"""The firmware links only what the app uses (issue 4).

  check_size.py MPYC BOARD budget    hello world's flash and static RAM
  check_size.py MPYC BOARD subset    what a pruned image does at its edges

budget: builds examples/hello.py and checks static RAM besides the heap
(.data + .bss + stack) against the 8 KB budget and flash against the
32 KB goal (issue 4), printing the measured figures (bench/README.md has
the table).

subset: a program that makes a float only through a run-time format string
gets a clear NotImplementedError, not a crash; `import builtins` keeps the
whole builtins namespace and getattr every method (lookups by a computed
name work); methods the program names work; float and complex still work
when the program names them; and each later pruning rule (runtime/README.md,
"What a firmware links") has a case that reaches the pruned part a
legitimate way: classes (also through type() and __class__), dict
subclasses through ** and update, % and format, sys/gc/micropython, the
builtin constructors, dict |, one-character strs, print(file=), object's
methods by name, OSError's errno text, ** and 64-bit printing, subscripts,
and the stdlib modules' attributes (also through the module object
escaping: passed around, getattr, dir, import *, str.format, __import__)."""
import os
import re
import subprocess
import sys
import tempfile

RAM_BUDGET = 8 * 1024
FLASH_GOAL = 32 * 1024
FLASH_CEILING = FLASH_GOAL   # met: hello links only what it uses

SUBSET_CASES = [
    # (program, expected status, texts the output must contain)
    ('fmt = "%%%s" % chr(102)\nprint("start")\nprint(fmt % 3)\n', 1,
     ["start", "NotImplementedError: float is not linked into this firmware"]),
    ('import builtins\nname = "l" + "en"\nprint(getattr(builtins, name)([1, 2, 3]))\n', 0, ["3\n"]),
    # methods named in the program are linked; getattr keeps every method
    ('l = [3, 1, 2]\nl.sort()\nprint(l, "a-b".split("-"), {1: 2}.get(1))\n'
     'print(getattr("x", "up" + "per")(), getattr([], "co" + "py")())\n', 0, ["[1, 2, 3] ['a', 'b'] 2\nX []\n"]),
    ('x = 7 / 2\nprint(x, 2 ** -1, round(2.675, 2), "%.3f" % 1, float("1e3"))\n', 0,
     ["3.5 0.5 2.67 1.000 1000.0\n"]),
    # calling a user class runs __new__ / __init__ (class_build.c)
    ('class A:\n    def __new__(cls, x):\n        o = super().__new__(cls)\n        o.y = x\n        return o\n'
     '    def __init__(self, x):\n        self.x = x * 2\nprint(A(3).x, A(4).y)\n', 0, ["6 4\n"]),
    # type(name, bases, dict) makes a class without a class statement
    ('A = type("A", (), {"x": 1})\nprint(A().x, type(A).__name__, A.__class__)\n', 0, ["1 type <class 'type'>\n"]),
    # a dict subclass takes dict's keys through ** and update
    ('class D(dict):\n    pass\ndef f(**k):\n    return sorted(k)\nd = D(a=1)\ne = {}\ne.update(d)\nprint(f(**d), e)\n', 0,
     ["['a'] {'a': 1}\n"]),
    # % links printf-style formatting; sys, gc, micropython come when imported
    ('x = 9\nx %= 4\nprint("%d-%s" % (x, "y"), b"%d" % 5)\n', 0, ["1-y b'5'\n"]),
    ('import sys\nimport gc\ngc.collect()\nm = __import__("micro" + "python")\nprint(len(sys.platform) > 0, m.__name__)\n',
     0, ["True micropython\n"]),
    # f-strings, format() and str.format link str_format.c; | links dict merging
    ('x = 3\nprint("{}-{:>3}".format(1, 2), f"{x:02d}", f"{x!r}", format(4, "x"))\n', 0, ["1-  2 03 3 4\n"]),
    ('d = {1: 2} | {3: 4}\nd |= {5: 6}\nprint(d, 6 | 1)\n', 0, ["{1: 2, 3: 4, 5: 6} 7\n"]),
    # one-character strs come from the ROM table or the heap alike
    ('s = "ab"\nprint(s[0], [c for c in s], "x" * 1 == "x")\nprint(1 + "a")\n', 1,
     ["a ['a', 'b'] True\n", "TypeError: unsupported types for __add__: 'int', 'str'"]),
    # print(file=) writes through the file's write method; object's methods by name
    ('class F:\n    def write(self, s):\n        sys.stdout.write("<" + s + ">")\nimport sys\nprint("a", 1, file=F())\n'
     'print(object.__str__(5), (7).__repr__(), "q".__eq__("q"))\n', 0, ["<a>< ><1><\n>5 7 True\n"]),
    # OSError's errno text comes with the name OSError; ** with pow; 64-bit
    # printing and big-int hashes without 64-bit division
    ('try:\n    raise OSError(2)\nexcept OSError as e:\n    print(e, e.errno)\n', 0, ["[Errno 2] ENOENT 2\n"]),
    ('x = 3\nprint(x ** 40, pow(2, 10, 1000), hash(1 << 70) == hash(1 << 70), [1, 2][0])\n', 0,
     ["12157665459056928801 24 True 1\n"]),
    # float formatting and round() use int ** internally
    ('print("%g %.3g" % (1e-5, 1234.5), round(1234.5678, -2))\n', 0, ["1e-05 1.23e+03 1200.0\n"]),
    ('n = 1 << 40\nprint(n + n, -n * 5000, "%d" % n)\n', 0, ["2199023255552 -5497558138880000 1099511627776\n"]),
    # a builtin type's constructor comes with its name, type() or __class__
    ('print(int("12") + 1, str(5), bytes(2), list((1,)), tuple([2]), dict(a=1))\n', 0,
     ["13 5 b'\\x00\\x00' [1] (2,) {'a': 1}\n"]),
    ('print(type(5)("7"), (1).__class__("8"), "".__class__(9), ().__class__([1]))\n', 0, ["7 8 9 (1,)\n"]),
    ('class L(list):\n    def __init__(self, x):\n        super().__init__(x)\nprint(L((1, 2)), (5).bit_length(), (3, 3).count(3))\n',
     0, ["[1, 2] 3 2\n"]),
    ('print(abs((-8) ** 0.5 - complex(0, 8 ** 0.5)) < 1e-9, abs(3 + 4j), int(2.9), 1 // 1.0)\n', 0,
     ["True 5.0 2 1.0\n"]),
    # str, bytes, tuple and dict subscripts (and slicing) come with a
    # subscript, reversed, % or format with mappings, or a class; iterating
    # and unpacking need none
    ('t = (1, 2)\nfor x in t:\n    print(x, end=" ")\na, b = t\nprint(a + b, *t)\nfor k in {3: 4}:\n    print(k, list(b"ab"))\n',
     0, ["1 2 3 1 2\n3 [97, 98]\n"]),
    ('print(list(reversed("abc")), list(reversed((1, 2))))\n', 0, ["['c', 'b', 'a'] [2, 1]\n"]),
    ('print("%(a)s" % {"a": 5})\n', 0, ["5\n"]),
    ('print("{0[1]}{1[x]}".format((5, 6), {"x": 7}))\n', 0, ["67\n"]),
    # str.format fields name methods in text, also in a format string
    # kept in a variable
    ('fmt = "{0.upper}|{1.append}"\nprint(fmt.format("ab", []).count("<bound_method"))\n', 0, ["2\n"]),
    ('class T(tuple):\n    pass\nclass D(dict):\n    pass\nfor x in T((8, 9)):\n    print(x, list(reversed(T((1, 2)))))\n',
     0, ["8 [2, 1]\n9 [2, 1]\n"]),
    ('s = "hello"\nprint(s[1], s[-2:], b"xyz"[1], (1, 2, 3)[::2], {1: 2}[1])\n', 0, ["e lo 121 (1, 3) 2\n"]),
    # a stdlib module links only the attributes the program names; the
    # module passed around keeps them; names made at run time (getattr,
    # hasattr, dir, import *, str.format fields, __import__) link all of it
    ('import time\ndef f(m):\n    return m.ticks_add(5, 3)\nprint(f(time), time.__name__)\n', 0, ["8 time\n"]),
    ('import time\nname = "ticks_" + "add"\nprint(getattr(time, name)(1, 2))\n', 0, ["3\n"]),
    ('import machine as m\nimport time\nprint(hasattr(m, "fr" + "eq"), "mktime" in dir(time))\n', 0, ["True True\n"]),
    ('from time import *\nprint(ticks_diff(5, 3), len([k for k in globals() if k.startswith("ticks")]))\n', 0,
     ["2 5\n"]),
    ('import time\nprint("{0.ticks_" "cpu}".format(time).startswith("<"))\n', 0, ["True\n"]),
    ('t = __import__("ti" + "me")\nprint(t.sleep_us(1), getattr(t, "gm" + "time")(0)[:3])\n', 0,
     ["None (1970, 1, 1)\n"]),
    # time accepts floats when the program makes them, and ints without
    ('import time\ntime.sleep(0.001)\nprint(time.gmtime(86400.5)[:3])\n', 0, ["(1970, 1, 2)\n"]),
    ('import time\ntime.sleep(0)\nprint(time.localtime(86400)[:3], "a b".split())\n', 0,
     ["(1970, 1, 2) ['a', 'b']\n"]),
]


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out = r.stdout + r.stderr
    print("$ " + " ".join(cmd) + "\n" + out + "[status %d]" % r.returncode)
    return r.returncode, out


def budget(mpyc, board, src):
    with tempfile.TemporaryDirectory(prefix="mpyc-size-") as tmp:
        st, out = run([mpyc, "build", os.path.join(src, "examples", "hello.py"), "--target", board,
                       "-o", os.path.join(tmp, "hello.elf")])
    if st != 0:
        print("FAIL: mpyc build failed")
        return 1
    flash = re.search(r"^flash: (\d+) bytes", out, re.M)
    ram = re.search(r"^RAM: +(\d+) bytes static \+ (\d+) heap \+ (\d+) stack", out, re.M)
    if not flash or not ram:
        print("FAIL: no flash/RAM figures in mpyc build's report")
        return 1
    flash = int(flash.group(1))
    static = int(ram.group(1)) + int(ram.group(3))
    print("hello world on %s: flash %d bytes (goal %d, %s), static RAM besides the heap %d bytes (budget %d)"
          % (board, flash, FLASH_GOAL, "met" if flash <= FLASH_GOAL else "%d over" % (flash - FLASH_GOAL),
             static, RAM_BUDGET))
    bad = 0
    if static > RAM_BUDGET:
        print("FAIL: static RAM %d > %d" % (static, RAM_BUDGET))
        bad = 1
    if flash > FLASH_CEILING:
        print("FAIL: flash %d > ceiling %d" % (flash, FLASH_CEILING))
        bad = 1
    return bad


def subset(mpyc, board):
    bad = 0
    with tempfile.TemporaryDirectory(prefix="mpyc-subset-") as tmp:
        for i, (program, want_status, texts) in enumerate(SUBSET_CASES):
            path = os.path.join(tmp, "case%d.py" % i)
            with open(path, "w") as f:
                f.write(program)
            st, out = run([mpyc, "run", "--target", board, "--timeout", "60", path])
            problems = ["status %d, expected %d" % (st, want_status)] if st != want_status else []
            problems += ["output lacks %r" % t for t in texts if t not in out]
            for p in problems:
                print("FAIL: case %d: %s" % (i, p))
            bad |= bool(problems)
    return int(bad)


def main():
    mpyc, board, what = sys.argv[1:4]
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return budget(mpyc, board, src) if what == "budget" else subset(mpyc, board)


if __name__ == "__main__":
    sys.exit(main())
