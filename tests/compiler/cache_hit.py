#!/usr/bin/python3
"""Build results are cached by content (issue 3).

  cache_hit.py MPYC

Runs a program three times through `mpyc run` with CC set to a wrapper
that logs each C compiler invocation: the first run must compile, the
second (same program) must not invoke the C compiler at all and print the
same output, and after the program's text changes it must compile again.
A module imported by the program counts as content too. How long a cached
run takes is measured in bench/ (bench/run.py --startup), not here."""
import os
import subprocess
import sys
import tempfile

mpyc = os.path.abspath(sys.argv[1])
failures = 0


def check(cond, what):
    global failures
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures += 1


with tempfile.TemporaryDirectory(prefix="mpyc-cache-test-") as tmp:
    log = os.path.join(tmp, "cc.log")
    wrapper = os.path.join(tmp, "cc-logging")
    with open(wrapper, "w") as f:
        f.write('#!/bin/sh\necho "$@" >> %s\nexec cc "$@"\n' % log)
    os.chmod(wrapper, 0o755)
    env = dict(os.environ, CC=wrapper, XDG_CACHE_HOME=os.path.join(tmp, "cache"))
    app = os.path.join(tmp, "app.py")
    helper = os.path.join(tmp, "helper.py")
    with open(helper, "w") as f:
        f.write("def twice(x):\n    return 2 * x\n")
    with open(app, "w") as f:
        f.write("import helper\nprint('cached', helper.twice(21))\n")

    def run():
        if os.path.exists(log):
            os.remove(log)
        r = subprocess.run([mpyc, "run", app], env=env, capture_output=True, text=True, timeout=300)
        compiled = os.path.exists(log) and os.path.getsize(log) > 0
        return r.returncode, r.stdout, compiled

    status, out, compiled = run()
    check(status == 0 and out == "cached 42\n", "first run prints 'cached 42' (got %r, status %d)" % (out, status))
    check(compiled, "first run invokes the C compiler")
    status, out, compiled = run()
    check(status == 0 and out == "cached 42\n", "second run prints the same (got %r)" % out)
    check(not compiled, "second run of the unchanged program does not invoke the C compiler")
    with open(helper, "w") as f:
        f.write("def twice(x):\n    return x + x + 1\n")
    status, out, compiled = run()
    check(compiled and out == "cached 43\n", "an imported module's change rebuilds (got %r)" % out)
    with open(app, "a") as f:
        f.write("print('more')\n")
    status, out, compiled = run()
    check(compiled and out == "cached 43\nmore\n", "the program's change rebuilds (got %r)" % out)

print("%d passed, %d failed" % (6 - failures, failures))
sys.exit(1 if failures else 0)
