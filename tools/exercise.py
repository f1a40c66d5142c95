#!/usr/bin/env python3
"""Student mode: swap one exercise's reference solution for a stub.

    exercise.py open CHAPTER N [--dir DIR]     stub exercise N in DIR/CHAPTER/exercises.hpp
    exercise.py restore CHAPTER N [--dir DIR]  put exercise N's solution back
    exercise.py count CHAPTER                  how many exercises CHAPTER has

The reference solutions are code/examples/<chapter>/exercises.hpp; exercise N
is the region between "// [listing:exercise-...]" markers whose first comment
line starts "// Exercise N:". The student's copy is DIR/<chapter>/exercises.hpp
(DIR is student/ by default, outside git); the tests include it instead of the
reference because tests/CMakeLists.txt puts student/ first on act_tests'
include path. In the stub every function body of the region written over
several lines ("{" and "}" alone on their lines) becomes a throw of
std::logic_error("<chapter> exercise N: not written yet"), the signatures
stay, and the comments that explain the solution go, except the task line;
an #include of a file beside the reference names it by its chapter.
"open" starts from the student's copy if there is one (so earlier work stays)
and keeps the copy it replaces as exercises.hpp.bak; "restore" puts the
reference region back, and removes the copy once it equals the reference.
Bad arguments exit 2 before any file is written.
"""
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = os.path.join(ROOT, "code", "examples")
OPEN = re.compile(r"^// \[listing:(exercise-[A-Za-z0-9_.-]+)\]$")
TASK = re.compile(r"^// Exercise (\d+): ")
# Added to a student's copy: the stubs leave parameters unused.
PROLOGUE = ("#include <stdexcept>  // student mode: the stubs throw std::logic_error\n"
            "#pragma GCC diagnostic push\n"
            "#pragma GCC diagnostic ignored \"-Wunused-parameter\"\n")
EPILOGUE = "#pragma GCC diagnostic pop  // student mode\n"


COMMAND = "exercise"  # the ./book command named in messages


def usage_error(message):
    print(f"book: {COMMAND}: {message}", file=sys.stderr)
    sys.exit(2)


def chapters():
    return sorted(c for c in os.listdir(EXAMPLES)
                  if os.path.isfile(os.path.join(EXAMPLES, c, "exercises.hpp")))


def regions(lines):
    """{n: (first, last)} line indices of each exercise's region, markers included."""
    found, start, name = {}, None, None
    for i, line in enumerate(lines):
        m = OPEN.match(line.rstrip("\n"))
        if m:
            start, name = i, m.group(1)
        elif start is not None and line.rstrip("\n") == f"// [/listing:{name}]":
            t = TASK.match(lines[start + 1]) if start + 1 < len(lines) else None
            if t:
                found[int(t.group(1))] = (start, i)
            start = None
    return found


def task_line(line):
    """The first comment line, cut after its first sentence."""
    text = line.rstrip("\n")
    cut = text.find(". ")
    return (text[:cut + 1] if cut >= 0 else text.rstrip(":")) + "\n"


def stub(lines, chapter, n):
    """The region lines[first..last] with its multi-line function bodies stubbed."""
    out, body = [], False
    for i, line in enumerate(lines):
        bare = line.rstrip("\n")
        if i == 1:
            out.append(task_line(line))
            out.append(f"// (student mode: write the code below; ./book check {chapter})\n")
        elif body:
            if bare == "}":
                body = False
                out.append(f'    throw std::logic_error("{chapter} exercise {n}: not written yet");\n')
                out.append(line)
        elif bare == "{":
            body = True
            out.append(line)
        elif bare.lstrip().startswith("//") and not OPEN.match(bare) and "[/listing:" not in bare:
            continue  # the solution's explanation
        else:
            out.append(line)
    return out


def localize(lines, chapter):
    """The reference's #include "x.hpp" of a file beside it, as "<chapter>/x.hpp":
    the student's copy lives in another folder."""
    out = []
    for line in lines:
        m = re.match(r'^#include "([A-Za-z0-9_.]+)"', line)
        if m and os.path.isfile(os.path.join(EXAMPLES, chapter, m.group(1))):
            line = line.replace(f'"{m.group(1)}"', f'"{chapter}/{m.group(1)}"', 1)
        out.append(line)
    return out


def parse(argv):
    if len(argv) < 1 or argv[0] not in ("open", "restore", "count"):
        usage_error("usage: exercise.py open|restore CHAPTER N [--dir DIR] | count CHAPTER")
    global COMMAND
    action, args, folder = argv[0], argv[1:], os.path.join(ROOT, "student")
    COMMAND = "check" if action == "count" else "exercise"
    if "--dir" in args:
        k = args.index("--dir")
        if k + 1 >= len(args):
            usage_error("--dir needs a folder")
        folder = args[k + 1]
        del args[k:k + 2]
    if not args:
        usage_error(f"which chapter? one of: {' '.join(chapters())}")
    chapter = args[0]
    if chapter not in chapters():
        usage_error(f"no chapter '{chapter}' with exercises; the chapters with exercises: "
                    f"{' '.join(chapters())}")
    reference = os.path.join(EXAMPLES, chapter, "exercises.hpp")
    with open(reference, encoding="utf-8") as f:
        ref_lines = f.readlines()
    found = regions(ref_lines)
    if action == "count":
        if len(args) != 1:
            usage_error(f"count: unexpected argument '{args[1]}'")
        return action, chapter, None, folder, ref_lines, found
    if len(args) != 2:
        usage_error(f"usage: ./book exercise CHAPTER N [--restore] ({chapter}: N from 1 to {len(found)})")
    if not re.fullmatch(r"[0-9]+", args[1]) or int(args[1]) not in found:
        usage_error(f"{chapter} has exercises 1 to {len(found)}, not '{args[1]}'")
    return action, chapter, int(args[1]), folder, ref_lines, found


def main(argv):
    action, chapter, n, folder, ref_lines, found = parse(argv)
    if action == "count":
        print(len(found))
        return 0
    copy = os.path.join(folder, chapter, "exercises.hpp")
    if os.path.isfile(copy):
        with open(copy, encoding="utf-8") as f:
            lines = f.readlines()
        shutil.copyfile(copy, copy + ".bak")
    else:
        lines = localize(ref_lines, chapter)
    mine = regions(lines)
    if n not in mine:
        usage_error(f"{copy} has no region for exercise {n} (its markers were edited): "
                    f"move it away to start afresh")
    first, last = mine[n]
    ref_first, ref_last = found[n]
    reference_region = ref_lines[ref_first:ref_last + 1]
    if action == "open":
        new_region = stub(reference_region, chapter, n)
    else:
        new_region = reference_region
    lines[first:last + 1] = new_region
    if PROLOGUE not in "".join(lines):
        guard = next(i for i, line in enumerate(lines) if line.startswith("#define "))
        lines[guard + 1:guard + 1] = [PROLOGUE]
        endif = max(i for i, line in enumerate(lines) if line.startswith("#endif"))
        lines[endif:endif] = [EPILOGUE]
    text = "".join(lines)
    bare = text.replace(PROLOGUE, "").replace(EPILOGUE, "")
    shown = os.path.relpath(copy, ROOT) if copy.startswith(ROOT) else copy
    if action == "restore" and bare == "".join(localize(ref_lines, chapter)):
        for path in (copy, copy + ".bak"):
            if os.path.exists(path):
                os.remove(path)
        if not os.listdir(os.path.dirname(copy)):
            os.rmdir(os.path.dirname(copy))
        print(f"{chapter} exercise {n}: the reference solution is back; "
              f"no exercise of {chapter} is open now ({shown} removed)")
    else:
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        with open(copy, "w", encoding="utf-8") as f:
            f.write(text)
        if action == "open":
            print(f"{chapter} exercise {n}: write your solution in {shown}\n"
                  f"(the tests use it instead of the reference; the copy it replaced, if any, is "
                  f"{shown}.bak)\ncheck it with ./book check {chapter}; "
                  f"./book exercise {chapter} {n} --restore brings the solution back")
        else:
            print(f"{chapter} exercise {n}: the reference solution is back in {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
