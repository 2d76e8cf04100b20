#!/usr/bin/env python3
"""mpyc vs python3 (and a hand-written C twin where there is one).

Builds each bench/programs/*.py with `mpyc build`, times the executable
(not the compile), python3 and the C twin, best of --runs, checks that all
print the same checksum, and prints a table with the geometric mean of the
python3/mpyc ratios. Exit status 1 when any output disagrees.
"""
import argparse, math, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def best_time(cmd, runs, cwd):
    best, out = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, "exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace")[-300:])
        out = p.stdout
        best = dt if best is None or dt < best else best
    return best, out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mpyc", default=os.path.join(HERE, "..", "build", "mpyc"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--cc", default="cc")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--heap", default="64m", help="mpyc build --heap (CPython has no limit either)")
    ap.add_argument("--filter", action="append", help="only programs whose name contains this")
    ap.add_argument("--startup", action="store_true",
                    help="also time a cached `mpyc run` of examples/hello.py (compile skipped) against python3")
    a = ap.parse_args()
    progs = sorted(f for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    if a.filter:
        progs = [p for p in progs if any(f in p for f in a.filter)]
    tmp = tempfile.mkdtemp(prefix="mpyc-bench-")
    rows, ratios, bad = [], [], 0
    for p in progs:
        name = p[:-3]
        src = os.path.join(HERE, "programs", p)
        exe = os.path.join(tmp, name)
        b = subprocess.run([a.mpyc, "build", src, "-o", exe, "--heap", a.heap], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if b.returncode != 0:
            print("%s: mpyc build failed: %s" % (name, b.stderr.decode(errors="replace")[-500:]))
            bad += 1
            continue
        tp, op = best_time([a.python, src], a.runs, tmp)
        tm, om = best_time([exe], a.runs, tmp)
        tc, oc = None, None
        twin = os.path.join(HERE, "c", name + ".c")
        if os.path.exists(twin):
            cexe = exe + "-c"
            subprocess.run([a.cc, "-O2", "-o", cexe, twin], check=True)
            tc, oc = best_time([cexe], a.runs, tmp)
        agree = tp is not None and tm is not None and op == om and (tc is None or oc == op)
        if not agree:
            bad += 1
            print("%s: outputs disagree: python3 %r mpyc %r C %r" % (name, op, om, oc))
        ratio = tp / tm if tp and tm else None
        if ratio:
            ratios.append(ratio)
        rows.append((name, tp, tm, tc, ratio, tm / tc if tm and tc else None, agree))
    fmt = lambda t: "%8.3f" % t if t is not None else "       -"
    print("%-12s %8s %8s %8s %10s %10s  %s" % ("program", "python3", "mpyc", "C", "py/mpyc", "mpyc/C", "agree"))
    for name, tp, tm, tc, r, rc, ok in rows:
        print("%-12s %s %s %s %9.2fx %s  %s" % (name, fmt(tp), fmt(tm), fmt(tc), r or 0,
                                              ("%9.2fx" % rc) if rc else "         -", "yes" if ok else "NO"))
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean python3/mpyc: %.2fx (best of %d runs, seconds)" % (g, a.runs))
    if a.startup:
        hello = os.path.join(HERE, "..", "examples", "hello.py")
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(tmp, "cache"))
        subprocess.run([a.mpyc, "run", hello], env=env, stdout=subprocess.DEVNULL, check=True)  # fills the cache
        best = None
        for _ in range(max(a.runs, 5)):
            t0 = time.perf_counter()
            subprocess.run([a.mpyc, "run", hello], env=env, stdout=subprocess.DEVNULL, check=True)
            dt = time.perf_counter() - t0
            best = dt if best is None or dt < best else best
        tp, _ = best_time([a.python, hello], max(a.runs, 5), tmp)
        print("cached `mpyc run examples/hello.py`: %.1f ms (python3: %.1f ms)" % (best * 1e3, tp * 1e3))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
