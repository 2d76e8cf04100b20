#!/usr/bin/python3
"""Runs the tests/programs corpus and compares each program's behaviour with
its expected files. Ends with exactly 'N passed, N failed'."""
import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import signal
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
import corpus  # noqa: E402

CPYTHON = "/usr/bin/python3"


def command_for(prog, args):
    """The command line and working directory that run one program."""
    extra = prog.read_args()
    if args.python:
        return [CPYTHON, "-B", prog.entry_name] + extra
    cmd = [args.mpyc, "run"]
    if args.target:
        cmd += ["--target", args.target]
    heap = prog.read_sidecar(".heap")
    if heap is not None:
        cmd += ["--heap", heap.strip()]
    stack = prog.read_sidecar(".stack")
    if stack is not None and args.target:  # the host's stack is the OS's
        cmd += ["--stack", stack.strip()]
    cmd += args.mpyc_arg
    return cmd + [prog.entry_name] + extra


def short_diff(expected, actual, label):
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      "expected " + label, "actual " + label, lineterm="", n=1))
    if len(lines) > 14:
        lines = lines[:14] + ["    ... (%d more diff lines)" % (len(lines) - 14)]
    return "\n".join("    " + l for l in lines)


def run_one(prog, args):
    """Returns None on success, else a failure description."""
    cmd = command_for(prog, args)
    stdin = prog.read_sidecar(".stdin")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        # A session of its own, so that a timeout also ends what mpyc started
        # (the compiled program, an emulator).
        proc = subprocess.Popen(cmd, cwd=prog.workdir, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)
    except OSError as e:
        return "cannot run %s: %s" % (cmd[0], e)
    try:
        out_bytes, err_bytes = proc.communicate((stdin or "").encode(), timeout=args.timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return "timed out after %gs" % args.timeout
    out = out_bytes.decode("utf-8", "replace")
    err = err_bytes.decode("utf-8", "replace")
    problems = []
    expected_out = prog.read_sidecar(".exp")
    expected_err = prog.read_sidecar(".stderr")
    if args.target and args.target != "host":
        # a board has one console: the traceback follows the output on it
        if expected_out is not None and expected_err is not None:
            expected_out += expected_err
        elif expected_out is not None and out.startswith(expected_out) and \
                out[len(expected_out):].startswith("Traceback (most recent call last):\n"):
            out = expected_out  # stderr is not compared without a .stderr
        expected_err = None
    if expected_out is None:
        problems.append("missing .exp file")
    elif out != expected_out:
        problems.append("stdout differs\n" + short_diff(expected_out, out, "stdout"))
    status_text = prog.read_sidecar(".status")
    expected_status = int(status_text.strip()) if status_text else 0
    if proc.returncode != expected_status:
        tail = "\n".join("    " + l for l in err.splitlines()[-6:])
        problems.append("exit status %d, expected %d%s" % (proc.returncode, expected_status,
                                                          ("\n" + tail) if tail else ""))
    if expected_err is not None and err != expected_err:
        problems.append("stderr differs\n" + short_diff(expected_err, err, "stderr"))
    return "; ".join(problems) if problems else None


def select(args, programs):
    if args.list:
        wanted = []
        with open(args.list, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    wanted.append(line)
        by_name = {p.name: p for p in programs}
        missing = [w for w in wanted if w not in by_name]
        if missing:
            sys.exit("run.py: --list names unknown programs: " + ", ".join(missing))
        programs = [by_name[w] for w in wanted]
    if args.filter:
        programs = [p for p in programs if any(fnmatch.fnmatch(p.name, g) for g in args.filter)]
    return programs


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--mpyc", metavar="PATH", help="compiler binary; runs 'mpyc run FILE [ARGS]'")
    mode.add_argument("--python", action="store_true",
                      help="run under /usr/bin/python3 instead (checks the corpus itself)")
    ap.add_argument("--target", help="passed to 'mpyc run --target'")
    ap.add_argument("--mpyc-arg", action="append", default=[], metavar="ARG",
                    help="extra argument for 'mpyc run' (repeatable)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--filter", action="append", metavar="GLOB",
                    help="only programs whose name (e.g. int/bigmul.py) matches (repeatable)")
    ap.add_argument("--list", metavar="FILE", help="only the programs named in FILE, one a line")
    ap.add_argument("--skip-needs", action="append", default=[], metavar="FEATURE",
                    help="skip programs marked '# needs: FEATURE' (e.g. double-float)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per program (default 10)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print a line per pass")
    args = ap.parse_args()
    if args.mpyc:
        args.mpyc = os.path.abspath(args.mpyc)
        if not os.access(args.mpyc, os.X_OK):
            sys.exit("run.py: %s is not an executable" % args.mpyc)

    programs = select(args, corpus.discover())
    skipped = []
    runnable = []
    for p in programs:
        reason = p.skip_reason(python=args.python, skip_needs=set(args.skip_needs))
        (skipped if reason else runnable).append(p)

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda p: (p, run_one(p, args)), runnable)
        for prog, problem in results:
            if problem is None:
                passed += 1
                if args.verbose:
                    print("pass " + prog.name)
            else:
                failed += 1
                print("FAIL %s: %s" % (prog.name, problem))
            sys.stdout.flush()
    if skipped:
        print("%d skipped (micropython-specific, compile-error tests, or unmet '# needs:')" % len(skipped))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not (passed or skipped) else 0


if __name__ == "__main__":
    sys.exit(main())
