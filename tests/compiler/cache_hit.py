#!/usr/bin/python3
"""Build results are cached by content (issue 3).

  cache_hit.py MPYC

Runs a program three times through `mpyc run` with CC set to a wrapper
that logs each C compiler invocation: the first run must compile, the
second (same program) must not invoke the C compiler at all and print the
same output, and after the program's text changes it must compile again.
A module imported by the program counts as content too. How long a cached
run takes is measured in bench/ (bench/run.py --startup), not here.

The cache is bounded by MPYC_CACHE_SIZE: with room for about two entries,
a third evicts the least recently used one (a cache hit counts as a use),
a bad size is refused with a message, and a failed build leaves nothing."""
import os
import subprocess
import sys
import tempfile
import time

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

    def run(prog=None, extra_env=None):
        if os.path.exists(log):
            os.remove(log)
        time.sleep(0.02)  # uses a few file-timestamp ticks apart, so "least recent" is well defined
        r = subprocess.run([mpyc, "run", prog or app], env=dict(env, **(extra_env or {})), capture_output=True,
                           text=True, timeout=300)
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

    # eviction: a fresh cache sized for about two and a half entries
    cache = os.path.join(tmp, "bounded")
    env["XDG_CACHE_HOME"] = cache
    progs = {}
    for name in "abcd":
        progs[name] = os.path.join(tmp, "evict_%s.py" % name)
        with open(progs[name], "w") as f:
            f.write("print('program %s')\n" % name)

    def cache_bytes():
        total = 0
        for root, _, files in os.walk(os.path.join(cache, "mpyc")):
            for fn in files:
                total += os.stat(os.path.join(root, fn)).st_blocks * 512
        return total

    status, out, compiled = run(progs["a"])
    entry = cache_bytes()
    limit = {"MPYC_CACHE_SIZE": str(entry * 5 // 2)}
    status, out, compiled = run(progs["b"], limit)
    status, out, compiled = run(progs["a"], limit)
    check(not compiled and out == "program a\n", "a and b fit: a is still cached (got %r)" % out)
    status, out, compiled = run(progs["c"], limit)
    check(status == 0 and compiled and cache_bytes() <= entry * 5 // 2,
          "after c the cache is within MPYC_CACHE_SIZE (%d <= %d)" % (cache_bytes(), entry * 5 // 2))
    status, out, compiled = run(progs["a"], limit)
    check(not compiled, "a, used after b, is kept")
    status, out, compiled = run(progs["b"], limit)
    check(compiled and out == "program b\n", "b, the least recently used, was evicted and rebuilds")

    r = subprocess.run([mpyc, "run", progs["d"]], env=dict(env, MPYC_CACHE_SIZE="lots"), capture_output=True,
                       text=True, timeout=300)
    check(r.returncode != 0 and "MPYC_CACHE_SIZE='lots' is not a size" in r.stderr,
          "a bad MPYC_CACHE_SIZE is refused with a message (got %r)" % r.stderr)

    r = subprocess.run([mpyc, "run", progs["d"]], env=dict(env, CC="false"), capture_output=True, text=True,
                       timeout=300)
    leftovers = [d for d in os.listdir(os.path.join(cache, "mpyc")) if ".tmp" in d]
    check(r.returncode != 0 and not leftovers, "a failed build leaves no temporary directory (%r)" % leftovers)

print("%d passed, %d failed" % (12 - failures, failures))
sys.exit(1 if failures else 0)
