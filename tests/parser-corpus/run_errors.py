#!/usr/bin/python3
"""Runs `mpyc parse` on every errors/NAME.py and checks its diagnostic
against errors/NAME.exp (written by gen_expected.py from CPython 3.11):

    PATH:LINE:COL: SyntaxError: MESSAGE
        <the source line>
        <spaces>^

- exit status 1, no signal, no sanitizer report, nothing else on stderr;
- LINE, COL and MESSAGE as CPython says (MESSAGE not checked for cases whose
  .exp says `message-free`); the class may be SyntaxError or CPython's own
  subclass name (IndentationError, TabError);
- the source line is line LINE of the file, shown whole or with its leading
  whitespace stripped (as CPython's traceback does); the caret sits under
  column COL of what is shown (one '^' or a run of them).

usage: run_errors.py MPYC [NAME...]
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_common import run_mpyc, sanitizer_report, summary  # noqa: E402

ERRORS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "errors")
TIMEOUT_S = 30


def read_exp(path):
    exp = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or ": " not in line:
                continue
            key, value = line.rstrip("\n").split(": ", 1)
            exp[key] = value
    return exp


def file_line(data, lineno):
    lines = data.splitlines()
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].decode("utf-8", "replace").replace("\0", "")
    return ""


def check_source_and_caret(shown, caret, real, col):
    """None if `shown`/`caret` display column `col` of `real`, else why not."""
    shown = shown.replace("\0", "")
    if not shown.startswith("    "):
        return f"source line not indented by 4 spaces: {shown!r}"
    body = shown[4:].rstrip()
    if body == real.rstrip():
        dropped = 0
    elif body == real.strip():
        dropped = len(real) - len(real.lstrip())
    else:
        return f"source line {shown!r} is not line text {real!r}"
    want = 4 + max(col - 1 - dropped, 0)
    m = re.fullmatch(r"( *)\^+ *", caret)
    if not m:
        return f"caret line malformed: {caret!r}"
    if len(m.group(1)) != want:
        return f"caret at display column {len(m.group(1)) - 4 + 1}, want {want - 4 + 1} ({caret!r})"
    return None


def check_case(mpyc, name):
    path = os.path.join(ERRORS_DIR, name + ".py")
    exp = read_exp(os.path.join(ERRORS_DIR, name + ".exp"))
    with open(path, "rb") as f:
        data = f.read()
    result = run_mpyc(mpyc, ["parse", path], TIMEOUT_S)
    if result.error:
        return [result.error]
    problems = []
    if result.returncode != 1:
        problems.append(f"exit status {result.returncode}, want 1")
    report = sanitizer_report(result.stderr)
    if report:
        problems.append("sanitizer report: " + report)
    lines = result.stderr.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        return problems + ["nothing on stderr"]
    m = re.fullmatch(re.escape(path) + r":(\d+):(\d+): (\w+): (.*)", lines[0])
    if not m:
        return problems + [f"first stderr line is not 'PATH:LINE:COL: SyntaxError: MESSAGE': {lines[0]!r}"]
    line, col, kind, message = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
    if kind not in ("SyntaxError", exp["type"]):
        problems.append(f"error class {kind}, want SyntaxError or {exp['type']}")
    if "message-free" not in exp and message != exp["message"]:
        problems.append(f"message {message!r}, want {exp['message']!r}")
    if exp["line"] == "none":
        # CPython gives no position: any position, source line optional.
        if len(lines) not in (1, 3):
            problems.append(f"{len(lines)} stderr lines, want 1 or 3")
        return problems
    want_line, want_col = int(exp["line"]), int(exp["col"])
    if (line, col) != (want_line, want_col):
        problems.append(f"position {line}:{col}, want {want_line}:{want_col}")
    real = file_line(data, want_line)
    if len(lines) == 1 and real.strip() == "":
        return problems
    if len(lines) != 3:
        return problems + [f"{len(lines)} stderr lines, want 3 (error, source line, caret): {lines!r}"]
    why = check_source_and_caret(lines[1], lines[2], real, want_col)
    if why:
        problems.append(why)
    return problems


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    mpyc = sys.argv[1]
    if not os.access(mpyc, os.X_OK):
        sys.exit(f"run_errors.py: {mpyc} is missing or not executable")
    names = sys.argv[2:] or sorted(f[:-3] for f in os.listdir(ERRORS_DIR) if f.endswith(".py"))
    failed = 0
    for name in names:
        problems = check_case(mpyc, name)
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            print(f"PASS {name}")
    sys.exit(summary(len(names) - failed, failed))


if __name__ == "__main__":
    main()
