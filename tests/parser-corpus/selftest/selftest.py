#!/usr/bin/python3
"""Tests the corpus runners themselves: they must pass a correct parser and
fail each injected bug (see reference_mpyc.py)."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
REFERENCE = os.path.join(HERE, "reference_mpyc.py")
POSITIONED = ["assign_literal", "col_after_tab", "indent_unindent_mismatch", "fstr_invalid_expression",
              "crlf_line_endings_error", "col_after_non_ascii"]
ERROR_CASES = POSITIONED + ["char_nul_byte"]  # no position, message-free: only exit status and format
VALID_CASES = ["numbers_every_form", "match_class_and_mapping"]

# (runner, cases, injected bug, should the runner pass?)
EXPECTATIONS = [("run_errors.py", ERROR_CASES, "", True), ("run_valid.py", VALID_CASES, "", True)]
EXPECTATIONS += [("run_errors.py", POSITIONED, bug, False) for bug in ("caret", "column", "message")]
EXPECTATIONS += [("run_errors.py", ERROR_CASES, bug, False) for bug in ("exit", "signal", "silent")]
EXPECTATIONS += [("run_valid.py", VALID_CASES, bug, False) for bug in ("dump", "signal")]


def main():
    failed = 0
    for runner, cases, bug, should_pass in EXPECTATIONS:
        env = dict(os.environ, MPYC_REFERENCE_BUG=bug)
        proc = subprocess.run([sys.executable, os.path.join(CORPUS, runner), REFERENCE] + cases,
                              env=env, capture_output=True, text=True)
        passed = proc.returncode == 0
        # With a bug, every case must be caught, not just one.
        caught_all = all(f"FAIL {c}" in proc.stdout for c in cases)
        ok = passed if should_pass else (not passed and caught_all)
        failed += not ok
        print(f"{'PASS' if ok else 'FAIL'} {runner} with bug '{bug or 'none'}': runner "
              f"{'passed' if passed else 'failed'}" + ("" if ok else "\n" + proc.stdout[-1500:]))
    print(f"{len(EXPECTATIONS) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
