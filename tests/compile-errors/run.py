#!/usr/bin/python3
"""Each cases/NAME.py must fail `mpyc compile` with exit status 1 and a
first stderr line equal to cases/NAME.err (FILE:LINE:COL: error: ...)."""
import os
import subprocess
import sys

mpyc = os.path.abspath(sys.argv[1])
cases = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
failed = passed = 0
for name in sorted(os.listdir(cases)):
    if not name.endswith(".py"):
        continue
    with open(os.path.join(cases, name[:-3] + ".err"), encoding="utf-8") as f:
        want = f.read().strip()
    proc = subprocess.run([mpyc, "compile", name, "--emit=c", "-o", os.devnull], cwd=cases,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    got = proc.stderr.decode("utf-8", "replace").splitlines()
    if proc.returncode != 1 or not got or got[0] != want:
        failed += 1
        print("FAIL %s: status %d, stderr %r, expected %r" % (name, proc.returncode, got[:1], want))
    else:
        passed += 1
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed or not passed else 0)
