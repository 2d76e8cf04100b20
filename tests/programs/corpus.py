"""Finds the programs of the corpus and reads their markers and sidecar files
(shared by run.py and make_exp.py)."""
import os
import re
import shlex

ROOT = os.path.dirname(os.path.abspath(__file__))
# Folders under ROOT that hold no programs.
NOT_AREAS = {"__pycache__"}
# Programs here expect mpyc's compile errors, which CPython never gives.
COMPILE_ERROR_AREA = "errors-compile"
# '# needs: X' features that /usr/bin/python3 provides.
CPYTHON_FEATURES = {"double-float", "c3-mro", "posonly-params"}
MARKER_LINES = 3


class Program:
    def __init__(self, name, base, workdir, entry_name, source):
        self.name = name            # e.g. "int/bigmul.py" or "import/pkg" (a folder program)
        self.base = base            # path without extension, where sidecars live
        self.workdir = workdir      # the program runs with this current directory
        self.entry_name = entry_name
        self.source = source        # path of the main script
        self.mp_specific = None
        self.needs = set()
        with open(source, encoding="utf-8") as f:
            for _ in range(MARKER_LINES):
                line = f.readline()
                m = re.match(r"#\s*micropython-specific:\s*(.*)", line)
                if m:
                    self.mp_specific = m.group(1).strip() or "unspecified"
                m = re.match(r"#\s*needs:\s*(.*)", line)
                if m:
                    self.needs |= {n.strip() for n in m.group(1).split(",") if n.strip()}

    def read_sidecar(self, ext):
        path = self.base + ext
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()

    def read_args(self):
        text = self.read_sidecar(".args")
        return shlex.split(text) if text else []

    def skip_reason(self, python, skip_needs):
        if python and self.name.startswith(COMPILE_ERROR_AREA + "/"):
            return "compile-error test"
        if python and self.mp_specific:
            return "micropython-specific"
        if python and self.needs - CPYTHON_FEATURES:
            return "needs " + ", ".join(sorted(self.needs - CPYTHON_FEATURES))
        if self.needs & skip_needs:
            return "needs " + ", ".join(sorted(self.needs & skip_needs))
        return None


def discover():
    """Every program, sorted by name: <area>/<name>.py, or <area>/<name>/main.py."""
    found = []
    for area in sorted(os.listdir(ROOT)):
        area_dir = os.path.join(ROOT, area)
        if area in NOT_AREAS or area.startswith(".") or not os.path.isdir(area_dir):
            continue
        for entry in sorted(os.listdir(area_dir)):
            path = os.path.join(area_dir, entry)
            if entry.endswith(".py") and os.path.isfile(path):
                found.append(Program(area + "/" + entry, path[:-3], area_dir, entry, path))
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, "main.py")):
                found.append(Program(area + "/" + entry, path, path, "main.py",
                                     os.path.join(path, "main.py")))
    return found
