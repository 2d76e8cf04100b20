#!/usr/bin/python3
"""Checks `mpyc parse --dump-ast FILE` on every valid/*.py against CPython
3.11's ast.dump(ast.parse(bytes)) (the oracle, this interpreter), then the
multi-file contract of `mpyc parse FILE...` (exit 0 iff every file parses,
and every bad file is reported).

usage: run_valid.py MPYC [NAME...]
"""
import ast
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_common import run_mpyc, sanitizer_report, summary  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
VALID_DIR = os.path.join(HERE, "valid")
ERRORS_DIR = os.path.join(HERE, "errors")
TIMEOUT_S = 60


def first_difference(got, want):
    n = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    lo = max(0, n - 80)
    return f"differs at char {n}: got ...{got[lo:n + 80]!r}, want ...{want[lo:n + 80]!r}"


def check_dump(mpyc, name):
    path = os.path.join(VALID_DIR, name + ".py")
    with open(path, "rb") as f:
        want = ast.dump(ast.parse(f.read()))
    result = run_mpyc(mpyc, ["parse", "--dump-ast", path], TIMEOUT_S)
    if result.error:
        return [result.error]
    problems = []
    report = sanitizer_report(result.stderr)
    if report:
        problems.append("sanitizer report: " + report)
    if result.returncode != 0:
        problems.append(f"exit status {result.returncode}, want 0; stderr: {result.stderr[:400]!r}")
    got = result.stdout.decode("utf-8", "replace")
    if got not in (want, want + "\n"):
        problems.append("dump " + first_difference(got.rstrip("\n"), want))
    return problems


def reported_files(stderr):
    return re.findall(r"^(.*?):\d+:\d+: \w+: ", stderr, re.M)


def check_multi_file(mpyc):
    """(name, problems) for the `mpyc parse FILE...` contract."""
    valid = sorted(os.path.join(VALID_DIR, f) for f in os.listdir(VALID_DIR) if f.endswith(".py"))
    bad1 = os.path.join(ERRORS_DIR, "assign_literal.py")
    bad2 = os.path.join(ERRORS_DIR, "bracket_paren_unclosed.py")
    checks = []

    r = run_mpyc(mpyc, ["parse"] + valid, TIMEOUT_S)
    p = [r.error] if r.error else []
    if not r.error and r.returncode != 0:
        p.append(f"exit status {r.returncode}, want 0; stderr: {r.stderr[:300]!r}")
    checks.append(("multi_all_valid_files_in_one_run", p))

    r = run_mpyc(mpyc, ["parse", valid[0], bad1, valid[1]], TIMEOUT_S)
    p = [r.error] if r.error else []
    if not r.error:
        if r.returncode != 1:
            p.append(f"exit status {r.returncode}, want 1")
        if reported_files(r.stderr) != [bad1]:
            p.append(f"reported {reported_files(r.stderr)}, want only {bad1}")
    checks.append(("multi_one_bad_among_valid", p))

    r = run_mpyc(mpyc, ["parse", bad1, valid[0], bad2], TIMEOUT_S)
    p = [r.error] if r.error else []
    if not r.error:
        if r.returncode != 1:
            p.append(f"exit status {r.returncode}, want 1")
        if reported_files(r.stderr) != [bad1, bad2]:
            p.append(f"reported {reported_files(r.stderr)}, want {[bad1, bad2]} (every bad file, in order)")
    checks.append(("multi_every_bad_file_reported", p))
    return checks


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"run_valid.py: the oracle must be CPython 3.11 (/usr/bin/python3), this is {sys.version.split()[0]}")
    mpyc = sys.argv[1]
    if not os.access(mpyc, os.X_OK):
        sys.exit(f"run_valid.py: {mpyc} is missing or not executable")
    names = sys.argv[2:] or sorted(f[:-3] for f in os.listdir(VALID_DIR) if f.endswith(".py"))
    results = [(name, check_dump(mpyc, name)) for name in names]
    if not sys.argv[2:]:
        results += check_multi_file(mpyc)
    failed = 0
    for name, problems in results:
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            print(f"PASS {name}")
    sys.exit(summary(len(results) - failed, failed))


if __name__ == "__main__":
    main()
