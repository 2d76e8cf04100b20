#!/usr/bin/python3
"""Differential test against CPython 3.11 on inputs generated at test time
(fixed seeds): random byte-level mutations of the valid corpus and random
token sequences. For every input, `mpyc parse --dump-ast` must reach
CPython's verdict: when ast.parse accepts, exit 0 and the same dump; when it
raises SyntaxError, exit 1 with the error on the same line. Verdicts and
dumps must agree on every input. The error line may differ on at most
LINE_MISMATCH_BUDGET of the rejected inputs (each one listed): CPython's
second parsing pass and its later-tokenizer-error rule produce hints whose
line no single-pass parser reproduces exactly; the hand-checked error corpus
(run_errors.py) stays exact. (Input that is
not valid in its declared encoding may be rejected even where ast.parse skips
decoding, in comments: running such a file, CPython rejects it too.)

usage: run_differential.py MPYC [--count=N]
"""
import ast
import io
import os
import re
import shutil
import sys
import tempfile
import tokenize
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_common import run_mpyc, sanitizer_report, summary  # noqa: E402
from run_robustness import mutants, token_soup  # noqa: E402

TIMEOUT_S = 20


# CPython re-parses a failing file with extra "invalid_*" rules that may fire
# on an earlier line its first pass accepted (`print -1` is valid, yet gets
# "Missing parentheses"). Those hints, reported before the line where mpyc
# (like CPython's first pass) fails, are counted as known quirks, not failures.
SECOND_PASS_HINTS = ("Missing parentheses in call to", "expected 'else' after 'if' expression")
quirks = []
line_mismatches = []
rejected = []
LINE_MISMATCH_BUDGET = 0.02


def oracle(data):
    """('ok', dump) or ('error', (line or None, message))."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return "ok", ast.dump(ast.parse(data))
    except SyntaxError as e:
        return "error", (e.lineno or None, e.msg)
    except (ValueError, RecursionError, MemoryError) as e:
        return "error", (None, str(e))


def decodes_as_declared(data):
    """Whether the whole input decodes in its BOM/cookie encoding (default UTF-8)."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        data.decode(encoding)
        return True
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return False


def check(mpyc, path, data):
    verdict, detail = oracle(data)
    if verdict == "error":
        rejected.append(os.path.basename(path))
    result = run_mpyc(mpyc, ["parse", "--dump-ast", path], TIMEOUT_S)
    if result.error:
        return result.error
    report = sanitizer_report(result.stderr)
    if report:
        return "sanitizer report: " + report
    first = result.stderr.split("\n", 1)[0]
    if verdict == "ok":
        if result.returncode == 1 and not decodes_as_declared(data):
            # ast.parse(bytes) skips decoding comments, but running the file
            # rejects them ("Non-UTF-8 code ..."): either verdict is CPython's.
            return None
        if result.returncode != 0:
            return f"CPython accepts, mpyc exit {result.returncode}: {first[len(path):][:200]!r}"
        got = result.stdout.decode("utf-8", "replace").rstrip("\n")
        if got != detail:
            n = next((i for i, (a, b) in enumerate(zip(got, detail)) if a != b), min(len(got), len(detail)))
            return f"dump differs at char {n}: got ...{got[max(0, n - 60):n + 60]!r}, want ...{detail[max(0, n - 60):n + 60]!r}"
        return None
    line, message = detail
    if result.returncode != 1:
        return f"CPython rejects (line {line}: {message}), mpyc exit {result.returncode}"
    m = re.match(re.escape(path) + r":(\d+):\d+: \w+: ", first)
    if not m:
        return f"no 'PATH:LINE:COL: Error: message' line: {first[:200]!r}"
    if line is not None and int(m.group(1)) != line:
        if int(m.group(1)) > line and message.startswith(SECOND_PASS_HINTS):
            quirks.append(os.path.basename(path))
            return None
        line_mismatches.append(f"{os.path.basename(path)}: error on line {m.group(1)}, CPython says line {line} ({message}): {first[len(path):][:160]!r}")
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--count=")]
    counts = [int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--count=")]
    count = counts[-1] if counts else 400
    if len(args) != 1:
        sys.exit(__doc__)
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"run_differential.py: the oracle must be CPython 3.11 (/usr/bin/python3), not {sys.version.split()[0]}")
    mpyc = args[0]
    if not os.access(mpyc, os.X_OK):
        sys.exit(f"run_differential.py: {mpyc} is missing or not executable")
    inputs = list(mutants(count, 7000))
    inputs += [(f"token_soup_{i:03d}", token_soup(8000 + i, 40)) for i in range(count // 4)]
    workdir = tempfile.mkdtemp(prefix="mpyc-differential-")
    failed = 0
    try:
        for name, data in inputs:
            path = os.path.join(workdir, name + ".py")
            with open(path, "wb") as f:
                f.write(data)
            why = check(mpyc, path, data)
            if why:
                failed += 1
                print(f"FAIL {name}: {why}")
                # Keep the input where a developer can find it.
                keep = os.path.join(os.getcwd(), "differential-failures")
                os.makedirs(keep, exist_ok=True)
                shutil.copy(path, keep)
            else:
                print(f"PASS {name}")
            os.unlink(path)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if quirks:
        print(f"{len(quirks)} inputs where CPython's second-pass hint names an earlier line: {' '.join(quirks)}")
    for mismatch in line_mismatches:
        print(f"LINE-MISMATCH {mismatch}")
    budget = int(len(rejected) * LINE_MISMATCH_BUDGET)
    print(f"{len(line_mismatches)} error-line mismatches of {len(rejected)} rejected inputs (budget {budget})")
    if len(line_mismatches) > budget:
        failed += len(line_mismatches) - budget
        print("FAIL error-line mismatches over budget")
    if failed:
        print(f"failing inputs kept in {os.path.join(os.getcwd(), 'differential-failures')}")
    sys.exit(summary(len(inputs) - failed, failed))


if __name__ == "__main__":
    main()
