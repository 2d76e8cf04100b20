#!/usr/bin/python3
"""Robustness of `mpyc parse` on hostile input generated at test time (fixed
seeds, nothing big is committed): binary garbage, NUL bytes, invalid UTF-8,
random mutations of the valid corpus, a ~100 MB program, 100,000-deep nesting
of every kind, a 1,000,000-term operator chain, huge tokens.

Every case must end by itself within its time bound with exit status 0 or 1:
never a signal, never a sanitizer report; status 1 must come with a clear
`PATH:LINE:COL: XxxError: message` first line on stderr. Cases where CPython
3.11 is definite (the input is valid, or its tokenizer rejects it) must also
get the same verdict.

usage: run_robustness.py MPYC [--scale=F] [NAME...]
  --scale=F multiplies the size of the big-file case (the ASan build uses 0.1)
"""
import os
import random
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_common import is_sanitized, run_mpyc, sanitizer_report, summary  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
VALID_DIR = os.path.join(HERE, "valid")
DEEP = 100_000
ANY, OK, ERROR = "0 or 1", "0", "1"


def garbage(seed, size):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def printable_garbage(seed, size, alphabet):
    rng = random.Random(seed)
    return bytes(rng.choice(alphabet) for _ in range(size))


def token_soup(seed, count):
    """Random sequences of Python tokens: gets much further into the parser than bytes."""
    rng = random.Random(seed)
    tokens = ["(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "+", "-", "*", "**",
              "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "==", "!=", "->", "+=", "**=",
              "if", "else", "elif", "for", "in", "while", "def", "class", "lambda", "return", "yield",
              "try", "except", "except*", "finally", "with", "as", "match", "case", "_", "not", "and",
              "or", "is", "async", "await", "del", "global", "nonlocal", "import", "from", "pass",
              "None", "True", "x", "y", "f", "1", "0x1f", "1.5e3", "2j", "'s'", 'b"b"', "f'{x}'",
              "f'{x!r:>{y}}'", '"""t"""', "\\\n", "\n", "\n    ", "\n\t", "\n        ", "#c\n", "@", "*"]
    return " ".join(rng.choice(tokens) for _ in range(count)).encode()


def mutants(count, seed):
    """Random byte edits (delete, duplicate, swap, insert) of valid corpus files."""
    rng = random.Random(seed)
    sources = []
    for name in sorted(os.listdir(VALID_DIR)):
        with open(os.path.join(VALID_DIR, name), "rb") as f:
            data = f.read()
        if 0 < len(data) < 20000:
            sources.append(data)
    inserts = [b"(", b")", b"[", b"]", b"{", b"}", b"'", b'"', b'"""', b"\\", b"\n", b"\t", b" ", b"\0",
               b"\xff", b"\xc3", b":", b",", b"*", b"**", b"=", b"f'{", b"}", b"!", b"#", b"\r", b"\x0c"]
    for i in range(count):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data) + 1)
            op = rng.randrange(4)
            if op == 0 and data:
                del data[at:at + rng.randint(1, 16)]
            elif op == 1:
                data[at:at] = rng.choice(inserts)
            elif op == 2 and len(data) > 2:
                other = rng.randrange(len(data))
                data[at % len(data)], data[other] = data[other], data[at % len(data)]
            else:
                data[at:at] = data[at:at + rng.randint(1, 40)]
        yield f"mutant_{i:03d}", bytes(data)


def big_program(target_bytes):
    """A valid program of about target_bytes, made of varied numbered blocks."""
    block = (
        "def function_{n}(a, b=1, *args, key=None, **kwargs):\n"
        "    '''Docstring of function {n}.'''\n"
        "    total = a + b * {n} - (a // 3) ** 2\n"
        "    for i in range(10):\n"
        "        if i % 2 == 0 and not key:\n"
        "            total += i\n"
        "        elif i in (3, 5, 7):\n"
        "            total -= i\n"
        "        else:\n"
        "            continue\n"
        "    values = [x * x for x in args if x]\n"
        "    mapping = {{'k{n}': total, 'v': values, 'f': f'{{total:>10}} {{a!r}}'}}\n"
        "    return mapping\n"
        "\n"
        "class Class_{n}(Base, metaclass=Meta):\n"
        "    attribute: int = {n}\n"
        "    def method(self, x):\n"
        "        try:\n"
        "            return self.attribute + x if x else None\n"
        "        except (ValueError, TypeError) as error:\n"
        "            raise RuntimeError('bad value') from error\n"
        "\n"
        "result_{n} = function_{n}({n}, 2, 3, 4, key=lambda v: v + 1) or Class_{n}().method(0.5e-3)\n"
    )
    size = len(block.format(n=0))
    return "".join(block.format(n=n) for n in range(max(1, target_bytes // size))).encode()


def nested_defs(depth):
    return "".join(" " * i + "def f():\n" for i in range(depth)).encode() + b" " * depth + b"pass\n"


def cases(scale):
    """(name, make_bytes, expected verdict, time bound in seconds)."""
    out = []
    for i in range(12):
        out.append((f"binary_garbage_{i:02d}", lambda i=i: garbage(1000 + i, 4096), ANY, 20))
    for i in range(6):
        out.append((f"garbage_without_nul_{i:02d}",
                    lambda i=i: printable_garbage(1500 + i, 4096, bytes(range(1, 256))), ANY, 20))
        out.append((f"ascii_garbage_{i:02d}",
                    lambda i=i: printable_garbage(1600 + i, 4096, bytes(range(32, 127)) + b"\n\n\t"), ANY, 20))
    for i in range(12):
        out.append((f"token_soup_{i:02d}", lambda i=i: token_soup(2000 + i, 3000), ANY, 20))
    out += [
        ("nul_byte_in_middle", lambda: b"x = 1\ny = 'a\0b'\n", ERROR, 20),
        ("nul_byte_first", lambda: b"\0x = 1\n", ERROR, 20),
        ("nul_bytes_only", lambda: b"\0" * 1000, ERROR, 20),
        ("nul_byte_in_comment", lambda: b"x = 1  # \0 comment\n", ERROR, 20),
        ("invalid_utf8_in_string", lambda: b"s = 'caf\xe9 au lait'\n", ERROR, 20),
        ("invalid_utf8_in_identifier", lambda: b"na\xefve = 1\n", ERROR, 20),
        ("invalid_utf8_in_comment", lambda: b"x = 1  # caf\xe9\n", ANY, 20),
        ("invalid_utf8_truncated_at_eof", lambda: b"s = 1\nt = '\xe2\x82", ERROR, 20),
        ("invalid_utf8_overlong_slash", lambda: b"s = '\xc0\xaf'\n", ERROR, 20),
        ("invalid_utf8_surrogate", lambda: b"s = '\xed\xa0\x80'\n", ERROR, 20),
        ("invalid_utf8_above_max", lambda: b"s = '\xf4\x90\x80\x80'\n", ERROR, 20),
        ("invalid_utf8_lone_continuation", lambda: b"\x80 = 1\n", ERROR, 20),
        ("invalid_utf8_bad_bom", lambda: b"\xef\xbb x = 1\n", ERROR, 20),
        (f"deep_parens_{DEEP}", lambda: b"x = " + b"(" * DEEP + b"1" + b")" * DEEP + b"\n", ERROR, 60),
        (f"deep_squares_{DEEP}", lambda: b"x = " + b"[" * DEEP + b"1" + b"]" * DEEP + b"\n", ERROR, 60),
        (f"deep_braces_{DEEP}", lambda: b"x = " + b"{" * DEEP + b"1" + b"}" * DEEP + b"\n", ERROR, 60),
        (f"deep_parens_unclosed_{DEEP}", lambda: b"x = " + b"(" * DEEP, ERROR, 60),
        (f"deep_unary_minus_{DEEP}", lambda: b"x = " + b"-" * DEEP + b"1\n", ANY, 60),
        (f"deep_unary_invert_{DEEP}", lambda: b"x = " + b"~" * DEEP + b"1\n", ANY, 60),
        (f"deep_not_{DEEP}", lambda: b"x = " + b"not " * DEEP + b"1\n", ANY, 60),
        (f"deep_lambda_{DEEP}", lambda: b"x = " + b"lambda: " * DEEP + b"1\n", ANY, 60),
        (f"deep_conditional_{DEEP}", lambda: b"x = " + b"1 if y else " * DEEP + b"1\n", ANY, 60),
        (f"deep_power_{DEEP}", lambda: b"x = " + b"2 ** " * DEEP + b"1\n", ANY, 60),
        # Indentation grows by one column per level: 3000 levels is already 4.5 MB.
        ("deep_defs_3000", lambda: nested_defs(3000), ERROR, 60),
        (f"deep_fstring_parens_{DEEP}", lambda: b"x = f'{" + b"(" * DEEP + b"1" + b")" * DEEP + b"}'\n", ERROR, 60),
        ("deep_defs_99_legal", lambda: nested_defs(99), OK, 20),
        (f"long_attribute_chain_{DEEP}", lambda: b"x = a" + b".b" * DEEP + b"\n", ANY, 60),
        (f"long_call_chain_{DEEP}", lambda: b"x = f" + b"()" * DEEP + b"\n", ANY, 60),
        (f"long_subscript_chain_{DEEP}", lambda: b"x = a" + b"[0]" * DEEP + b"\n", ANY, 60),
        (f"long_comparison_chain_{DEEP}", lambda: b"x = a" + b" < a" * DEEP + b"\n", ANY, 60),
        (f"long_and_chain_{DEEP}", lambda: b"x = a" + b" and a" * DEEP + b"\n", ANY, 60),
        ("long_sum_chain_1000000", lambda: b"x = " + b"+".join([b"1"] * 1_000_000) + b"\n", ANY, 120),
        ("long_power_operands_string_concat_1000000",
         lambda: b"x = " + b" ".join([b"'s'"] * 1_000_000) + b"\n", ANY, 120),
        ("wide_list_1000000", lambda: b"x = [" + b"1," * 1_000_000 + b"]\n", OK, 120),
        ("wide_call_args_100000", lambda: b"f(" + b"a," * DEEP + b")\n", OK, 60),
        ("many_statements_one_line_100000", lambda: b"x = 1;" * DEEP + b"\n", OK, 60),
        ("many_lines_1000000", lambda: b"x = 1\n" * 1_000_000, OK, 120),
        ("long_identifier_1MB", lambda: b"a" * (1 << 20) + b" = 1\n", OK, 60),
        ("long_string_10MB", lambda: b"s = '" + b"x" * (10 << 20) + b"'\n", OK, 60),
        ("long_comment_10MB", lambda: b"#" + b"c" * (10 << 20) + b"\nx = 1\n", OK, 60),
        ("long_line_continuations_100000", lambda: b"x = 1 \\\n" + b"+ 1 \\\n" * DEEP + b"+ 1\n", ANY, 60),
        ("huge_decimal_literal_100000_digits", lambda: b"x = " + b"7" * DEEP + b"\n", ANY, 60),
        ("huge_hex_literal_100000_digits", lambda: b"x = 0x" + b"f" * DEEP + b"\n", OK, 60),
        ("huge_float_literal_100000_digits", lambda: b"x = " + b"1" * DEEP + b".5e-3\n", OK, 60),
        ("unterminated_triple_string_100000_lines",
         lambda: b"s = '''" + b"line\n" * DEEP, ERROR, 60),
        ("indentation_100000_spaces", lambda: b"if x:\n" + b" " * DEEP + b"pass\n", OK, 60),
        ("blank_lines_100000_then_error", lambda: b"\n" * DEEP + b"x = (1]\n", ERROR, 60),
        ("many_dedents_at_eof", lambda: b"".join(b" " * i + b"if x:\n" for i in range(99)) + b" " * 99 + b"y\n",
         OK, 20),
    ]
    out += [(name, lambda d=data: d, ANY, 20) for name, data in mutants(150, 3000)]
    big = int(100_000_000 * scale)
    out.append((f"big_program_{big // 1_000_000}MB", lambda: big_program(big), OK, max(60, int(300 * scale))))
    return out


def check(mpyc, path, verdict, timeout_s):
    result = run_mpyc(mpyc, ["parse", path], timeout_s)
    if result.error:
        return [result.error], result
    problems = []
    report = sanitizer_report(result.stderr)
    if report:
        problems.append("sanitizer report: " + report)
    if result.returncode not in (0, 1):
        problems.append(f"exit status {result.returncode}, want {verdict}")
    elif verdict != ANY and str(result.returncode) != verdict:
        problems.append(f"exit status {result.returncode}, want {verdict} (CPython 3.11's verdict); "
                        f"stderr: {result.stderr[:300]!r}")
    if result.returncode == 1:
        first = result.stderr.split("\n", 1)[0]
        if not re.fullmatch(re.escape(path) + r":\d+:\d+: \w+: \S.*", first):
            problems.append(f"no clear 'PATH:LINE:COL: Error: message' line on stderr: {first[:300]!r}")
    return problems, result


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--scale=")]
    scales = [float(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--scale=")]
    if not args:
        sys.exit(__doc__)
    mpyc, wanted = args[0], set(args[1:])
    if not os.access(mpyc, os.X_OK):
        sys.exit(f"run_robustness.py: {mpyc} is missing or not executable")
    scale = scales[-1] if scales else (0.1 if is_sanitized(mpyc) else 1.0)
    if is_sanitized(mpyc):
        print("sanitized build: time bounds x4")
    workdir = tempfile.mkdtemp(prefix="mpyc-robustness-")
    failed = passed = 0
    try:
        for name, make, verdict, timeout_s in cases(scale):
            if wanted and name not in wanted:
                continue
            if is_sanitized(mpyc):
                timeout_s *= 4
            path = os.path.join(workdir, name + ".py")
            data = make()
            with open(path, "wb") as f:
                f.write(data)
            size = len(data)
            del data
            problems, result = check(mpyc, path, verdict, timeout_s)
            os.unlink(path)
            outcome = "" if result.returncode is None else \
                f" [exit {result.returncode}, {result.seconds:.2f} s" + \
                (f": {result.stderr.splitlines()[0][len(path) + 1:][:100]}" if result.returncode == 1 and result.stderr else "") + "]"
            if name.startswith("big_program") and result.returncode == 0:
                outcome += f" {size / 1e6 / max(result.seconds, 1e-9):.1f} MB/s"
            if problems:
                failed += 1
                print(f"FAIL {name}: " + "; ".join(problems) + outcome)
            else:
                passed += 1
                print(f"PASS {name}{outcome}")
            sys.stdout.flush()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    # Unreadable inputs: a clear error, never a crash.
    for name, target in (("missing_file", os.path.join(workdir, "does-not-exist.py")), ("directory", HERE)):
        if wanted and name not in wanted:
            continue
        result = run_mpyc(mpyc, ["parse", target], 20)
        why = result.error or sanitizer_report(result.stderr)
        if not why and result.returncode == 0:
            why = "exit status 0 for an unreadable input"
        if not why and target not in result.stderr:
            why = f"error message does not name the file: {result.stderr[:200]!r}"
        if why:
            failed += 1
            print(f"FAIL {name}: {why}")
        else:
            passed += 1
            print(f"PASS {name} [exit {result.returncode}: {result.stderr.strip()[:100]}]")
    sys.exit(summary(passed, failed))


if __name__ == "__main__":
    main()
