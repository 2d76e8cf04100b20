#!/usr/bin/python3
"""`mpyc compile cases/NAME.py --emit=ir` must print exactly cases/NAME.ir.
With --update, rewrites the expected dumps (review the diff before committing)."""
import difflib
import os
import subprocess
import sys

mpyc = os.path.abspath(sys.argv[1])
update = "--update" in sys.argv
cases = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
failed = passed = 0
for name in sorted(os.listdir(cases)):
    if not name.endswith(".py"):
        continue
    proc = subprocess.run([mpyc, "compile", name, "--emit=ir"], cwd=cases,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    got = proc.stdout.decode("utf-8")
    exp_path = os.path.join(cases, name[:-3] + ".ir")
    if update:
        with open(exp_path, "w", encoding="utf-8") as f:
            f.write(got)
    with open(exp_path, encoding="utf-8") as f:
        want = f.read()
    if proc.returncode != 0 or got != want:
        failed += 1
        print("FAIL %s (status %d)" % (name, proc.returncode))
        sys.stdout.writelines(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True)))[:30])
    else:
        passed += 1
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed or not passed else 0)
