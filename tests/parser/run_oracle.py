"""CPython oracle for the mpyc parser.

For every .py under ROOT, `mpyc parse --dump-ast` must print exactly what
CPython's ast.dump(ast.parse(source_bytes)) prints, and must reject exactly the
files CPython rejects. CPython's results are cached under CACHE keyed by the
file's content hash (and the Python version), so repeated runs are fast.

usage: run_oracle.py [--skip-if-missing] MPYC CACHE_DIR ROOT [ROOT...]
(--skip-if-missing: exit 77, which ctest reports as skipped, when MPYC does not exist)
"""
import ast
import hashlib
import os
import re
import subprocess
import sys

MAX_SHOWN = 5


def cache_path(data, cache_dir):
    key = hashlib.sha256(sys.version.encode() + b"\0" + data).hexdigest()
    return os.path.join(cache_dir, key[:2], key)


def cached_result(path):
    try:
        with open(path, "r", encoding="utf-8", errors="surrogatepass") as f:
            kind, _, text = f.read().partition("\n")
            return kind, text
    except FileNotFoundError:
        return None


def compute_result(job):
    """Runs CPython on one file and stores the result in the cache."""
    source_file, path = job
    with open(source_file, "rb") as fh:
        data = fh.read()
    try:
        kind, text = "OK", ast.dump(ast.parse(data))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        kind, text = "ERR", "%s: %s" % (type(e).__name__, e)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp%d" % os.getpid()
    with open(tmp, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(kind + "\n" + text)
    os.replace(tmp, path)
    return kind, text


def cpython_results(files, cache_dir):
    """{file: (kind, text)}; cache misses are computed on every core."""
    results, missing = {}, []
    for f in files:
        with open(f, "rb") as fh:
            path = cache_path(fh.read(), cache_dir)
        hit = cached_result(path)
        if hit is None:
            missing.append((f, path))
        else:
            results[f] = hit
    if missing:
        import multiprocessing
        with multiprocessing.Pool(min(2, os.cpu_count() or 1)) as pool:
            for (f, _), result in zip(missing, pool.imap(compute_result, missing, chunksize=16)):
                results[f] = result
    return results


def run_mpyc(mpyc, files):
    """Parses all files in one process; returns {file: ('OK', dump) | ('ERR', message)}."""
    proc = subprocess.run([mpyc, "parse", "--dump-ast"] + files, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=1800)
    err_re = re.compile(r"^(.*):(\d+):(\d+): SyntaxError: (.*)$")
    failed = {}
    stderr = proc.stderr.decode("utf-8", "replace")
    for marker in ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer"):
        if marker in stderr:
            at = stderr.index(marker)
            sys.stderr.write(stderr[max(0, at - 500):at + 3000])
            raise SystemExit("sanitizer report from mpyc")
    for line in stderr.splitlines():
        m = err_re.match(line)
        if m and m.group(1) in files_set(files):
            failed[m.group(1)] = "line %s col %s: %s" % (m.group(2), m.group(3), m.group(4))
    if proc.returncode not in (0, 1) or (proc.returncode == 1) != bool(failed):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-4000:])
        raise SystemExit("mpyc exited with status %d (crash?)" % proc.returncode)
    lines = proc.stdout.decode("utf-8", "surrogateescape").split("\n")
    results, i = {}, 0
    for f in files:
        if f in failed:
            results[f] = ("ERR", failed[f])
        else:
            results[f] = ("OK", lines[i] if i < len(lines) else "<missing output>")
            i += 1
    return results


_files_set_cache = {}


def files_set(files):
    key = id(files)
    if key not in _files_set_cache:
        _files_set_cache[key] = set(files)
    return _files_set_cache[key]


def first_difference(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    lo = max(0, i - 150)
    return "    cpython: ...%s\n    mpyc:    ...%s" % (a[lo:i + 150], b[lo:i + 150])


def main():
    args = sys.argv[1:]
    skip_if_missing = bool(args) and args[0] == "--skip-if-missing"
    if skip_if_missing:
        args = args[1:]
    if len(args) < 3:
        raise SystemExit(__doc__)
    mpyc, cache_dir, roots = args[0], args[1], args[2:]
    if not os.path.exists(mpyc):
        if skip_if_missing:
            print("SKIPPED: %s has not been built" % mpyc)
            return 77
        raise SystemExit("mpyc binary not found: %s" % mpyc)
    files = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            files += [os.path.join(dirpath, n) for n in sorted(filenames) if n.endswith(".py")]
    if not files:
        raise SystemExit("no .py files under %s" % roots)
    expected = cpython_results(files, cache_dir)
    got = run_mpyc(mpyc, files)
    agree, bad = 0, []
    for f in files:
        ek, et = expected[f]
        gk, gt = got[f]
        if ek == gk and (ek == "ERR" or et == gt):
            agree += 1
        else:
            bad.append((f, ek, et, gk, gt))
    print("%d of %d files agree with CPython %s" % (agree, len(files), sys.version.split()[0]))
    for f, ek, et, gk, gt in bad[:MAX_SHOWN]:
        print("DIFF %s" % f)
        if ek != gk:
            print("    cpython: %s %s\n    mpyc:    %s %s" % (ek, et[:300], gk, gt[:300]))
        else:
            print(first_difference(et, gt))
    if bad:
        print("%d files disagree" % len(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
