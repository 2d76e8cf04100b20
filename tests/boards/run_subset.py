#!/usr/bin/python3
"""Runs the board subset of tests/programs on one emulated board through
tests/programs/run.py --target: the programs of subset-boards.txt that also
pass on the host (passing.txt), minus this board's entries in
known-failing.txt. Fails when any of them fails, or when fewer than
--min-count programs are left to run."""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "..", "programs")


def names(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


def known_failing(path, board):
    """{program: reason} for this board ('*' lines apply to every board)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            text, _, reason = line.partition("#")
            fields = text.split()
            if len(fields) == 2 and fields[0] in ("*", board):
                out[fields[1]] = reason.strip()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mpyc", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--jobs", default="2")
    ap.add_argument("--timeout", default="60")
    ap.add_argument("--min-count", type=int, default=100)
    ap.add_argument("--limit", type=int, default=0, help="run only the first N (0: all)")
    args = ap.parse_args()

    passing = set(names(os.path.join(PROGRAMS, "passing.txt")))
    skip = known_failing(os.path.join(HERE, "known-failing.txt"), args.target)
    chosen = [p for p in names(os.path.join(PROGRAMS, "subset-boards.txt")) if p in passing and p not in skip]
    if args.limit:
        chosen = chosen[:args.limit]
    print("%s: %d programs (%d known failing on this board skipped)" % (args.target, len(chosen), len(skip)))
    if len(chosen) < args.min_count:
        print("too few programs for %s: %d < %d" % (args.target, len(chosen), args.min_count))
        return 1
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(chosen) + "\n")
        list_path = f.name
    try:
        cmd = [sys.executable, os.path.join(PROGRAMS, "run.py"), "--mpyc", args.mpyc, "--target", args.target,
               "--list", list_path, "--jobs", args.jobs, "--timeout", args.timeout]
        # mpyc stops the emulator itself (status 124) before run.py's own limit
        cmd += ["--mpyc-arg=--timeout", "--mpyc-arg=%g" % (float(args.timeout) - 5)]
        # qemu: deterministic instruction counting (rp2040js is deterministic anyway)
        if args.target != "rp2040":
            cmd.append("--mpyc-arg=--icount")
        return subprocess.call(cmd)
    finally:
        os.unlink(list_path)


if __name__ == "__main__":
    sys.exit(main())
