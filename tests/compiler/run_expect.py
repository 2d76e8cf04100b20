#!/usr/bin/env python3
"""run_expect.py MPYC PROG.py: runs `mpyc run PROG.py`; stdout must equal
PROG.exp, and when PROG.status exists the exit status must equal it and
stderr must end with PROG.stderr_tail (if present)."""
import os, subprocess, sys

mpyc, prog = sys.argv[1], sys.argv[2]
base = prog[:-3]
p = subprocess.run([mpyc, "run", prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
ok = True
exp = open(base + ".exp", "rb").read()
if p.stdout != exp:
    print("stdout differs:\n%s\nexpected:\n%s" % (p.stdout.decode(errors="replace"), exp.decode()))
    ok = False
status = int(open(base + ".status").read()) if os.path.exists(base + ".status") else 0
if p.returncode != status:
    print("exit status %d, expected %d" % (p.returncode, status))
    ok = False
if os.path.exists(base + ".stderr_tail"):
    tail = open(base + ".stderr_tail", "rb").read()
    if not p.stderr.endswith(tail):
        print("stderr does not end with %r:\n%s" % (tail, p.stderr.decode(errors="replace")))
        ok = False
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
