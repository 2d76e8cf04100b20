#!/usr/bin/env python3
"""Runs a command and checks its exit status and output.

check_run.py --status N [--output TEXT | --contains TEXT]... -- COMMAND...
--output: stdout must equal TEXT exactly (\\n escapes allowed).
--contains: stdout+stderr must contain TEXT."""
import argparse
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--status", type=int, required=True)
parser.add_argument("--output")
parser.add_argument("--contains", action="append", default=[])
parser.add_argument("command", nargs=argparse.REMAINDER)
args = parser.parse_args()
command = args.command[1:] if args.command[:1] == ["--"] else args.command
result = subprocess.run(command, capture_output=True, text=True, timeout=120)
everything = result.stdout + result.stderr
print(everything, end="")
failures = []
if result.returncode != args.status:
    failures.append(f"exit status {result.returncode}, expected {args.status}")
if args.output is not None:
    expected = args.output.encode().decode("unicode_escape")
    if result.stdout != expected:
        failures.append(f"stdout {result.stdout!r}, expected {expected!r}")
for text in args.contains:
    if text not in everything:
        failures.append(f"output lacks {text!r}")
for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
