#!/usr/bin/python3
"""Check a chapter's framework tabs against their description.

    framework_tabs.py code/examples/<chapter> [...]

A chapter with framework tabs has code/examples/<chapter>/frameworks.json:

    {"inputs": [-2, 0, 2],            the x every tab computes on
     "keys": ["x", "y", "dydx"],      what the tabs that run write and
     "rtol": 1e-6}                    crosscheck.py compares, and how closely

and, unless it gives its own "tabs" list, the four tabs of
code/examples/common/frameworks.json: for each, a key (cpp, pytorch,
tensorflow, libtorch), the label of the tab, the file in the chapter's folder
and the marker of the snippet shown. A file named tensorflow*.py is shown,
not run (TensorFlow is not packaged for Debian); the others run in the build.
cmake/ActBook.cmake (act_framework_tabs) registers the cross-check from the
description, docs/_ext/actbook.py ({framework-tabs}) draws the tabs from it,
and this script, run by CTest as frameworks:<chapter>, checks that every
tab's file exists, opens and closes its marker, and writes the inputs as a
literal list ([-2.0, 0.0, 2.0] or {-2.0f, 0.0f, 2.0f}): the shown-only tab
is held to the same inputs as the ones that run. Exit status 0 when all
hold, 1 otherwise."""
import json
import os
import re
import sys

DESCRIPTION = "frameworks.json"
COMMON = os.path.join("..", "common", "frameworks.json")

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[fF]?"
LITERAL_LIST = re.compile(r"[\[{]\s*(%s(?:\s*,\s*%s)*)\s*,?\s*[\]}]" % (_NUMBER, _NUMBER))


def load(chapter_dir):
    """The chapter's description with its tabs filled in; ValueError if malformed."""
    path = os.path.join(chapter_dir, DESCRIPTION)
    with open(path, encoding="utf-8") as f:
        desc = json.load(f)
    if "tabs" not in desc:
        with open(os.path.join(chapter_dir, COMMON), encoding="utf-8") as f:
            desc["tabs"] = json.load(f)["tabs"]
    inputs, keys, rtol = desc.get("inputs"), desc.get("keys"), desc.get("rtol")
    if not inputs or not all(isinstance(v, (int, float)) for v in inputs):
        raise ValueError(f"{path}: 'inputs' must be a non-empty list of numbers")
    if not keys or not all(isinstance(k, str) for k in keys):
        raise ValueError(f"{path}: 'keys' must be a non-empty list of names")
    if not isinstance(rtol, (int, float)) or rtol < 0:
        raise ValueError(f"{path}: 'rtol' must be a number >= 0")
    for tab in desc["tabs"]:
        missing = {"key", "label", "file", "marker"} - tab.keys()
        if missing:
            raise ValueError(f"{path}: a tab has no {sorted(missing)}")
    return desc


def runs(tab):
    """Whether the build runs this tab's file (cmake/ActBook.cmake's rule)."""
    return not tab["file"].startswith("tensorflow")


# What is not code: string literals (docstrings first), then comments.
NOT_CODE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
COMMENT = re.compile(r"(//|#).*$", re.M)


def literal_lists(text):
    """The literal lists of numbers in the code of `text` (not in its strings or comments)."""
    code = COMMENT.sub("", NOT_CODE.sub('""', text))
    for m in LITERAL_LIST.finditer(code):
        yield [float(v.rstrip("fF")) for v in re.split(r"\s*,\s*", m.group(1).strip())]


def check(chapter_dir):
    problems = []
    try:
        desc = load(chapter_dir)
    except (OSError, ValueError) as e:
        return [str(e)]
    if os.path.exists(os.path.join(chapter_dir, "tensorflow.py")):
        problems.append("tensorflow.py: a script of that name imports itself, not TensorFlow; "
                        "call it tensorflow_tab.py")
    inputs = [float(v) for v in desc["inputs"]]
    chapter = os.path.basename(os.path.abspath(chapter_dir))
    for tab in desc["tabs"]:
        path = os.path.join(chapter_dir, tab["file"])
        if not os.path.isfile(path):
            problems.append(f"{tab['key']}: no file {tab['file']}")
            continue
        text = open(path, encoding="utf-8").read()
        comment = "#" if path.endswith(".py") else "//"
        for closing in ("", "/"):
            marker = f"{comment} [{closing}listing:{tab['marker']}]"
            if marker not in text:
                problems.append(f"{tab['key']}: {tab['file']} has no '{marker}'")
        if inputs not in literal_lists(text):
            problems.append(f"{tab['key']}: {tab['file']} has no literal list of the inputs {desc['inputs']}")
        else:
            print(f"{chapter}/{tab['file']} [{tab['marker']}]: the {tab['key']} tab on {desc['inputs']}"
                  f"{'' if runs(tab) else ' (shown, not run)'}")
    return problems


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    bad = 0
    for chapter_dir in argv:
        for problem in check(chapter_dir):
            print(f"framework_tabs: {os.path.basename(os.path.abspath(chapter_dir))}: {problem}",
                  file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
