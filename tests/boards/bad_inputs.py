#!/usr/bin/python3
"""Bad inputs to `mpyc build/run --target`: each case runs mpyc and checks
its exit status and message. Usage: bad_inputs.py MPYC CASE [BOARD]
(BOARD "host": `mpyc run` without --target, for the cases that run a program)."""
import os
import shutil
import subprocess
import sys
import tempfile

HELLO = 'print("hello")\n'
# a string constant lives in flash: 320 KB of them outgrow the microbit's 256 KB
TOO_BIG = "".join('s%d = "%s"\n' % (i, ("%04d" % i) * 1000) for i in range(80)) + "print(len(s0))\n"
HEAP_CAUGHT = """\
chunks = []
try:
    while True:
        chunks.append(bytearray(256))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError caught after", "many" if n > 4 else "few", "chunks")
print("still running:", sum(range(10)))
"""
HEAP_UNCAUGHT = """\
print("start")
keep = [bytearray(2048) for i in range(1000)]
print("not reached")
"""


def run(cmd, env=None, cwd=None):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=cwd)
    out = r.stdout + r.stderr
    print("$ " + " ".join(cmd) + "\n" + out + "[status %d]" % r.returncode)
    return r.returncode, out


def expect(status, out, want_status, *texts):
    problems = []
    if status != want_status:
        problems.append("status %d, expected %d" % (status, want_status))
    for t in texts:
        if t not in out:
            problems.append("output lacks %r" % t)
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


def write(tmp, name, text):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def main():
    mpyc, case = sys.argv[1], sys.argv[2]
    board = sys.argv[3] if len(sys.argv) > 3 else "mps2-an385"
    heap = "6k" if board == "microbit" else "16k"  # the microbit has 16 KB of RAM in all
    target = [] if board == "host" else ["--target", board, "--timeout", "60"]
    tmp = tempfile.mkdtemp(prefix="mpyc-bad-")
    try:
        app = write(tmp, "app.py", HELLO)
        if case == "unknown-target":
            st, out = run([mpyc, "build", app, "--target", "nosuchboard"])
            return expect(st, out, 2, "unknown target 'nosuchboard'", "valid targets", "rp2040", "mps2-an385",
                          "microbit", "virt-rv32", "sim-lx106")
        if case == "missing-toolchain":
            # a PATH without the cross compiler
            env = dict(os.environ, PATH=tmp)
            st, out = run([mpyc, "build", app, "--target", board], env=env)
            return expect(st, out, 1, "C toolchain", "missing", "apt-get install gcc-arm-none-eabi")
        if case == "missing-emulator":
            # the cross compiler on PATH, the emulator not
            bindir = os.path.join(tmp, "bin")
            os.mkdir(bindir)
            os.symlink(shutil.which("arm-none-eabi-gcc"), os.path.join(bindir, "arm-none-eabi-gcc"))
            env = dict(os.environ, PATH=bindir)
            st, out = run([mpyc, "run", "--target", board, app], env=env)
            return expect(st, out, 2, "emulator", "missing", "apt-get install qemu-system-arm")
        if case == "too-large":
            big = write(tmp, "big.py", TOO_BIG)
            st, out = run([mpyc, "build", big, "--target", "microbit", "-o", os.path.join(tmp, "big.elf")])
            return expect(st, out, 1, "too large for microbit", "bytes of flash", "the board has 262144")
        if case == "too-large-ram":
            st, out = run([mpyc, "build", app, "--target", "microbit", "--heap", "64k", "-o", os.path.join(tmp, "a.elf")])
            return expect(st, out, 1, "does not fit in microbit's RAM", "heap 65536", "the board has 16384")
        if case == "heap-stack-override":
            st, out = run([mpyc, "build", app, "--target", board, "--heap", "4k", "--stack", "3k",
                           "-o", os.path.join(tmp, "a.elf")])
            return expect(st, out, 0, "+ 4096 heap + 3072 stack")
        if case == "heap-caught":
            p = write(tmp, "heap.py", HEAP_CAUGHT)
            st, out = run([mpyc, "run"] + target + ["--heap", heap, p])
            return expect(st, out, 0, "MemoryError caught after many chunks", "still running: 45")
        if case == "heap-uncaught":
            p = write(tmp, "heap.py", HEAP_UNCAUGHT)
            st, out = run([mpyc, "run"] + target + ["--heap", heap, p])
            # MicroPython's report, printed without allocating on a full heap
            bad = expect(st, out, 1, "start", "Traceback (most recent call last):\n",
                         'heap.py", line 2, in ', "\nMemoryError: memory allocation failed, allocating ")
            if "not reached" in out or "FATAL" in out:
                print("FAIL: the program went on or the board faulted")
                bad = 1
            return bad
        if case == "timeout":
            p = write(tmp, "hang.py", "print('spinning')\nwhile True:\n    pass\n")
            st, out = run([mpyc, "run", "--target", board, "--timeout", "3", p])
            return expect(st, out, 124, "spinning", "timeout")
        if case == "uncaught":
            p = write(tmp, "boom.py", "print('before')\nraise ValueError('boom')\n")
            st, out = run([mpyc, "run", "--target", board, "--timeout", "60", p])
            return expect(st, out, 1, "before", "Traceback", "ValueError: boom")
        if case == "build-or-explain":
            st, out = run([mpyc, "run", "--target", board, "--timeout", "60", app])
            if st == 0:
                return expect(st, out, 0, "hello")
            return expect(st, out, 1, "mpyc: ", "failed") or (1 if "Segmentation" in out else 0)
        print("unknown case " + case)
        return 2
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
