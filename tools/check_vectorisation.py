#!/usr/bin/python3
"""Check that every function's hot loops vectorise, from GCC's own report.

    check_vectorisation.py [--cxx g++] [--isystem DIR]... [--keep DIR]

Compiles tests/vectorisation/every_function.cpp with
    g++ -std=c++17 -O3 -mavx2 -mfma
(the flags CONTRIBUTING.md promises vector loops for), in which every
function of act::functions has one function per case: a plain loop
y[i] = act::f(x[i]) and the lazy assignment xt::noalias(y) = act::f(x), for
the value and the derivative, for float and double. Prints which of them GCC
vectorised, and exits 1 if any was not, naming it with GCC's reasons.

How a "loop vectorized" note is tied to its function: -fopt-info-vec prints
notes by source line, and every case's loop is the same line (the plain loop
one line of every_function.cpp, the lazy loop one line of xtensor's
xassign.hpp), so those notes cannot say which function stopped vectorising.
The same notes written as a dump file (-fdump-tree-vect-optimized-missed)
come in one section per compiled function, headed ";; Function NAME
(MANGLED, ...)". Each case is a function of its own, not inlined, so its
section holds exactly its loop's notes. A case passes when its section says
"loop vectorized" at its loop: every_function.cpp for the plain loop, an
xtensor header for the lazy one (not a loop of act's own headers, such as
B-SiLU's root search).
That is the compiler's own statement, from one compile (about 10 s of CPU);
reading the assembly instead would mean guessing which packed instructions
belong to the loop and which to the code around it.

The object's symbols (nm) say which functions act::functions lists, in
order (check::registered<I, F>), and which cases exist; a case missing from
the object or from the report fails too. -fno-ipa-icf stops GCC from merging
two cases whose code happens to be identical into one symbol (it changes no
loop).

--isystem adds an include directory (xtensor's, if not the compiler's own);
--keep DIR keeps the object and the report there, for reading.
Exit status: 0 all vectorised, 1 some not, 2 the compile failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "tests", "vectorisation", "every_function.cpp")
FLAGS = ["-std=c++17", "-O3", "-mavx2", "-mfma", "-fno-ipa-icf",
         "-Wall", "-Wextra", "-Wpedantic", "-Werror"]
# act::Part's enumerators in the order activation.hpp declares them (c++filt
# prints a template argument of enum type as (act::Part)0).
PARTS = {"0": "value", "1": "derivative"}
CASE = re.compile(r"^void check::(plain|lazy)<act::(\w+), \(act::Part\)(\d), (float|double)>\(")
REGISTERED = re.compile(r"^void check::registered<(\d+)ul?, act::(\w+)>\(\)")
SECTION = re.compile(r"^;; Function .* \((\w+), funcdef_no=")
NOTE = re.compile(r"^(.+?):(\d+):\d+: (optimized|missed): (.*)$")
VECTORIZED = re.compile(r"loop vectorized using (\d+) byte vectors")
STYLES = ("plain", "lazy")
TYPES = ("float", "double")


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def symbols(obj):
    """{mangled: demangled} for every function defined in obj."""
    nm = run(["nm", "--defined-only", "--no-sort", obj])
    mangled = [line.split()[-1] for line in nm.stdout.splitlines() if line.split()[1:2] in (["T"], ["W"], ["t"])]
    demangled = run(["c++filt"], input="\n".join(mangled) + "\n").stdout.splitlines()
    return dict(zip(mangled, demangled))


def sections(report):
    """{mangled name: [(file, line, kind, text)]}: the notes of each function."""
    notes, current = {}, None
    with open(report, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = SECTION.match(line)
            if m:
                current = notes.setdefault(m.group(1), [])
                continue
            m = NOTE.match(line.rstrip("\n"))
            if m and current is not None:
                current.append((m.group(1), int(m.group(2)), m.group(3), m.group(4).strip()))
    return notes


def at_its_loop(style, path):
    """Whether a note at path is about the case's own loop."""
    if style == "plain":
        return os.path.basename(path) == os.path.basename(SOURCE)
    return "/xtensor/" in path.replace(os.sep, "/")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cxx", default="g++", help="GCC's C++ compiler (default g++)")
    ap.add_argument("--isystem", action="append", default=[], help="an extra include directory")
    ap.add_argument("--keep", help="keep the object and GCC's report in this directory")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or tmp
        os.makedirs(out, exist_ok=True)
        obj = os.path.join(out, "every_function.o")
        report = os.path.join(out, "every_function.vect")
        cmd = [args.cxx, *FLAGS, "-I", os.path.join(ROOT, "code", "include")]
        for d in args.isystem:
            cmd += ["-isystem", d]
        cmd += ["-c", SOURCE, "-o", obj, f"-fdump-tree-vect-optimized-missed={report}"]
        t0 = time.monotonic()
        cc = run(cmd)
        seconds = time.monotonic() - t0
        if cc.returncode != 0:
            print(" ".join(cmd), file=sys.stderr)
            print(cc.stderr, file=sys.stderr)
            print("vectorisation: the compile failed", file=sys.stderr)
            return 2
        names = symbols(obj)
        notes = sections(report)

    registered = {}  # position in act::functions -> function
    cases = {}  # (function, part, type, style) -> mangled name
    for mangled, name in names.items():
        m = REGISTERED.match(name)
        if m:
            registered[int(m.group(1))] = m.group(2)
        m = CASE.match(name)
        if m:
            style, function, part, type_ = m.groups()
            cases[(function, PARTS[part], type_, style)] = mangled
    functions = [registered[i] for i in sorted(registered)]
    if not functions:
        print("vectorisation: no check::registered<I, F> in the object: nothing was checked", file=sys.stderr)
        return 2

    # One row per function and part: the widest vectors GCC used, or NO.
    columns = [(t, s) for t in TYPES for s in STYLES]
    header = f"{'function':<12} {'part':<11}" + "".join(f"{t + ' ' + s:>14}" for t, s in columns)
    print(f"GCC's vectorisation report, {' '.join(FLAGS[:4])} ({seconds:.0f} s to compile)")
    print(header)
    print("-" * len(header))
    failures = []
    for function in functions:
        for part in PARTS.values():
            row = f"{function:<12} {part:<11}"
            for type_, style in columns:
                key = (function, part, type_, style)
                widths = [int(m.group(1)) for path, _, kind, text in notes.get(cases.get(key), [])
                          for m in [VECTORIZED.search(text)]
                          if kind == "optimized" and m and at_its_loop(style, path)]
                if widths:
                    row += f"{str(max(widths) * 8) + '-bit':>14}"
                else:
                    row += f"{'NO':>14}"
                    failures.append(key)
            print(row)

    if failures:
        print("\nNot vectorised (GCC's reasons, at the loop):")
        for key in failures:
            function, part, type_, style = key
            mangled = cases.get(key)
            print(f"  act::{function} {part}, {type_}, {style} loop"
                  f"{'' if mangled else ': not in the object'}")
            reasons = []
            for path, line, kind, text in notes.get(mangled, []):
                if kind == "missed" and at_its_loop(style, path) and (
                        "not vectorized" in text or "couldn't vectorize" in text):
                    reason = f"{os.path.basename(path)}:{line}: {text}"
                    if reason not in reasons:
                        reasons.append(reason)
            for reason in reasons[:6] or ["(no note at its loop: the loop is gone, or moved out of this function)"]:
                print(f"      {reason}")
        print("  Every note: tools/check_vectorisation.py --keep DIR, then DIR/every_function.vect,")
        print("  one section per function; or a loop over the function alone with -fopt-info-vec-missed.")
    total = len(functions) * len(PARTS) * len(columns)
    print(f"\nvectorisation: {total} loops of {len(functions)} functions, "
          f"{total - len(failures)} vectorised, {len(failures)} not")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
