#!/usr/bin/python3
"""Regenerates the .exp of every program that is not micropython-specific by
running it under /usr/bin/python3 (CPython 3.11). A program that exits with a
status other than its .status, or succeeds but writes to stderr without a
.stderr, is reported and its .exp left alone. Hand-written .exp files (programs marked
'# micropython-specific:') are never touched."""
import argparse
import fnmatch
import os
import subprocess
import sys

sys.dont_write_bytecode = True
import corpus  # noqa: E402

CPYTHON = "/usr/bin/python3"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--filter", action="append", metavar="GLOB", help="only matching programs")
    ap.add_argument("--missing", action="store_true", help="only programs without an .exp")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    written = problems = 0
    for prog in corpus.discover():
        if prog.skip_reason(python=True, skip_needs=set()):
            continue
        if args.filter and not any(fnmatch.fnmatch(prog.name, g) for g in args.filter):
            continue
        if args.missing and prog.read_sidecar(".exp") is not None:
            continue
        stdin = prog.read_sidecar(".stdin") or ""
        proc = subprocess.run([CPYTHON, "-B", prog.entry_name] + prog.read_args(), cwd=prog.workdir,
                              input=stdin.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=30, env=env)
        status_text = prog.read_sidecar(".status")
        want_status = int(status_text) if status_text else 0
        if proc.returncode != want_status:
            print("%s: exit status %d (expected %d)\n%s" % (prog.name, proc.returncode, want_status,
                                                            proc.stderr.decode()[-600:]))
            problems += 1
            continue
        if proc.stderr and want_status == 0 and prog.read_sidecar(".stderr") is None:
            print("%s: unexpected stderr\n%s" % (prog.name, proc.stderr.decode()[-600:]))
            problems += 1
            continue
        with open(prog.base + ".exp", "wb") as f:
            f.write(proc.stdout)
        written += 1
    print("%d .exp written, %d problems" % (written, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
