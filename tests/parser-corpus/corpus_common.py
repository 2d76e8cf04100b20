"""Shared by the parser-corpus runners: running mpyc safely and reporting."""
import os
import resource
import signal
import subprocess
import time

# A runaway parser must not take the machine down; ASan reserves a huge
# virtual shadow, so only the plain build gets an address-space cap.
PLAIN_BUILD_MEMORY_CAP = 8 << 30

SANITIZER_MARKERS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                     "ERROR: UndefinedBehaviorSanitizer", "SUMMARY: AddressSanitizer",
                     "SUMMARY: UndefinedBehaviorSanitizer")


class Result:
    def __init__(self):
        self.returncode = None
        self.stdout = b""
        self.stderr = ""
        self.seconds = 0.0
        self.error = None  # set when the run itself went wrong (signal, timeout)


def is_sanitized(binary):
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


def sanitizer_env():
    env = dict(os.environ)
    # A distinct exit status makes a sanitizer finding impossible to miss.
    env["ASAN_OPTIONS"] = "exitcode=86:" + env.get("ASAN_OPTIONS", "")
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86:" + env.get("UBSAN_OPTIONS", "")
    return env


def run_mpyc(mpyc, args, timeout_s, stdin_bytes=None):
    result = Result()
    cap = None if is_sanitized(mpyc) else PLAIN_BUILD_MEMORY_CAP

    def limit():
        if cap:
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    start = time.monotonic()
    try:
        proc = subprocess.run([mpyc] + args, input=stdin_bytes, capture_output=True,
                              timeout=timeout_s, env=sanitizer_env(), preexec_fn=limit)
    except subprocess.TimeoutExpired:
        result.error = f"timed out after {timeout_s} s"
        return result
    result.seconds = time.monotonic() - start
    result.returncode = proc.returncode
    result.stdout = proc.stdout
    result.stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = str(-proc.returncode)
        result.error = f"killed by signal {name}; stderr: {result.stderr[-500:]!r}"
    elif proc.returncode == 86 and sanitizer_report(result.stderr):
        result.error = "sanitizer report: " + sanitizer_report(result.stderr)
    return result


def sanitizer_report(stderr):
    for marker in SANITIZER_MARKERS:
        at = stderr.find(marker)
        if at >= 0:
            return stderr[at:at + 300].replace("\n", " | ")
    return None


def summary(passed, failed):
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0
