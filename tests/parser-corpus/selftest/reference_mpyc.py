#!/usr/bin/python3
"""A stand-in for `mpyc parse` built on CPython's ast module, used only to test
the corpus runners: correct by construction, or with one bug injected
(MPYC_REFERENCE_BUG=caret|message|column|exit|signal|dump|silent)."""
import ast
import os
import signal
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gen_expected import expectation  # noqa: E402

BUG = os.environ.get("MPYC_REFERENCE_BUG", "")


def report(path, data):
    exp = dict(expectation(data))
    line = 1 if exp["line"] == "none" else int(exp["line"])
    col = 1 if exp["col"] == "none" else int(exp["col"])
    lines = data.splitlines()
    text = lines[line - 1].decode("utf-8", "replace").replace("\0", "") if line <= len(lines) else ""
    message = exp["message"] + (" (sic)" if BUG == "message" else "")
    col += BUG == "column"
    if BUG != "silent":
        print(f"{path}:{line}:{col}: SyntaxError: {message}", file=sys.stderr)
        print("    " + text, file=sys.stderr)
        print("    " + " " * (col - 1 + (BUG == "caret")) + "^", file=sys.stderr)


def main():
    args = sys.argv[1:]
    dump = "--dump-ast" in args
    status = 0
    for path in [a for a in args[1:] if a != "--dump-ast"]:
        with open(path, "rb") as f:
            data = f.read()
        if BUG == "signal":
            os.kill(os.getpid(), signal.SIGSEGV)
        try:
            tree = ast.parse(data)
        except (SyntaxError, ValueError):
            report(path, data)
            status = 1
            continue
        if dump:
            print(ast.dump(tree).replace("Load()", "Store()", 1 if BUG == "dump" else 0))
    sys.exit(0 if BUG == "exit" else status)


if __name__ == "__main__":
    main()
