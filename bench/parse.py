#!/usr/bin/python3
"""Parser benchmark: `mpyc parse` (one process, all files) against CPython
3.11's ast.parse (one process; all files read first, only parsing timed) over
every .py under /usr/lib/python3.11. Best of N runs each. Prints lines/s for
both, the ratio mpyc / CPython, mpyc's peak RSS, and whether both agree on
which files parse. Exit status 1 if they disagree.

usage: bench/parse.py [--mpyc PATH] [--root DIR] [--runs N]
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def python_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        found += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return found


def count_lines(data):
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def run_mpyc(mpyc, files):
    """(seconds, peak RSS in KiB, set of files reported as failing)."""
    start = time.perf_counter()
    proc = subprocess.Popen([mpyc, "parse"] + files, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: mpyc exited with status {proc.returncode}: {stderr[-2000:].decode(errors='replace')}")
    text = stderr.decode("utf-8", "replace")
    failing = set(re.findall(r"^(.+?):\d+:\d+: \w+: ", text, re.M)) & set(files)
    return seconds, usage.ru_maxrss, failing


def run_cpython(sources):
    """(seconds, set of files ast.parse rejects); only the parsing is timed."""
    failing = set()
    start = time.perf_counter()
    for path, data in sources:
        try:
            ast.parse(data)
        except (SyntaxError, ValueError):
            failing.add(path)
    return time.perf_counter() - start, failing


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mpyc", default=os.path.join(HERE, "..", "build", "mpyc"))
    ap.add_argument("--root", default="/usr/lib/python3.11")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"bench: run with /usr/bin/python3 (CPython 3.11), not {sys.version.split()[0]}")
    mpyc = os.path.abspath(args.mpyc)
    if not os.access(mpyc, os.X_OK):
        sys.exit(f"bench: {mpyc} not found; build it first (cmake --build build)")

    files = python_files(args.root)
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    lines = sum(count_lines(data) for _, data in sources)
    megabytes = sum(len(data) for _, data in sources) / 1e6
    print(f"corpus: {len(files)} files, {lines} lines, {megabytes:.1f} MB under {args.root}")

    mpyc_runs = [run_mpyc(mpyc, files) for _ in range(args.runs)]
    cpython_runs = [run_cpython(sources) for _ in range(args.runs)]
    mpyc_s = min(r[0] for r in mpyc_runs)
    peak_kib = max(r[1] for r in mpyc_runs)
    cpython_s = min(r[0] for r in cpython_runs)
    mpyc_fail, cpython_fail = mpyc_runs[0][2], cpython_runs[0][1]

    mpyc_rate, cpython_rate = lines / mpyc_s, lines / cpython_s
    print(f"mpyc parse      : {mpyc_s:8.3f} s  {mpyc_rate:12,.0f} lines/s  "
          f"(best of {args.runs}, whole process incl. reading files)")
    print(f"CPython ast.parse: {cpython_s:8.3f} s  {cpython_rate:12,.0f} lines/s  (best of {args.runs}, parse only)")
    print(f"ratio mpyc/CPython (lines/s): {mpyc_rate / cpython_rate:.2f}x")
    print(f"mpyc peak RSS: {peak_kib / 1024:.1f} MiB")
    print(f"files parsed: mpyc {len(files) - len(mpyc_fail)}, CPython {len(files) - len(cpython_fail)} "
          f"of {len(files)}")
    disagree = sorted(mpyc_fail ^ cpython_fail)
    if disagree:
        print(f"DISAGREE on {len(disagree)} files:")
        for path in disagree[:20]:
            print(f"  {path}: {'mpyc rejects' if path in mpyc_fail else 'CPython rejects'}")
        return 1
    print("agree on every file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
