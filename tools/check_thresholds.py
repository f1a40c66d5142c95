#!/usr/bin/env python3
"""Fails when the prose quotes as a threshold a {value} that no listing
computed as one.

A threshold (the x from which a formula returns 0, inf or 1, the point where
it overflows, a cut-off) must be computed where it is, by bisection over the
representable numbers or in closed form, never read off a sample. Listings
write such values with listing::Program::threshold() (C++) or
Program.threshold() (Python), which checks that the value brackets the switch
exactly and lists the key under "@thresholds" in the listing's results JSON.

This tool reads every chapters/<chapter>/index.md and, for each {value}, decides
whether the prose uses it as a threshold:
  - its key names one (..._zero_from, ..._zero_below, ..._one_from,
    ..._inf_from, ..._nan_from, ..._overflow_from, ..._underflow_below,
    cutoff, first_zero), or
  - the words just before it say so ("from $x = $", "below $x \\approx$",
    "for $x \\le$", "threshold at", "cut-off of", ...).
Each such value must be in its results file's "@thresholds"; otherwise the
tool prints the page, line and key and exits 1.

Usage: check_thresholds.py CHAPTERS_DIR RESULTS_DIR
(RESULTS_DIR holds <chapter>/<stem>.json, as the build's results/ does.)
"""
import glob
import json
import os
import re
import sys

VALUE = re.compile(r"\{value\}`([^`]+)`")
KEY_WORDS = re.compile(
    r"(?:^|[._])(?:cut_?off|first_zero)|"
    r"(?<!at_)(?:zero|one|inf|nan|overflow|underflow)_(?:from|below|above)$")
# The text right before a value (same sentence), ending the way a threshold
# is introduced: "from $x = $", "below $x \approx$", "for $x \le$",
# "threshold at", "cut-off of", ...
LEAD_WORDS = re.compile(
    r"(?:\b(?:from|below|above|beyond|under|over)\s*\$x\s*(?:=|\\approx)\s*\$?\s*"
    r"|\bfor\s*\$x\s*(?:\\le|\\ge|<|>|\\lt|\\gt)\s*\$?\s*"
    r"|\b(?:threshold|cut-?off|cutoff)\s+(?:is|at|of|lies at)\s*(?:\$?x\s*=\s*\$?\s*)?)$",
    re.IGNORECASE)


def uses(chapters_dir):
    """(page, line, target, why) for every {value} the prose calls a threshold."""
    found = []
    for page in sorted(glob.glob(os.path.join(chapters_dir, "*", "index.md"))):
        with open(page, encoding="utf-8") as f:
            text = f.read()
        for m in VALUE.finditer(text):
            target = m.group(1)
            key = target.split(":", 1)[-1]
            before = text[max(0, m.start() - 80):m.start()]
            before = re.split(r"(?:[.!?]\s|\n\s*\n|\|)", before)[-1]  # this sentence or table cell
            before = " ".join(before.split())
            why = None
            if KEY_WORDS.search(key):
                why = f"its key '{key}' names a threshold"
            elif LEAD_WORDS.search(before):
                why = f"the prose introduces it as one ('...{before[-30:]}')"
            if why:
                line = text.count("\n", 0, m.start()) + 1
                found.append((page, line, target, why))
    return found


def main(argv):
    if len(argv) != 3 or not os.path.isdir(argv[1]) or not os.path.isdir(argv[2]):
        print("usage: check_thresholds.py CHAPTERS_DIR RESULTS_DIR (both existing directories)",
              file=sys.stderr)
        return 2
    chapters_dir, results_dir = argv[1], argv[2]
    bad, checked, not_here = [], 0, 0
    for page, line, target, why in uses(chapters_dir):
        if ":" not in target:
            continue  # the docs build reports a malformed {value}
        stem, key = target.split(":", 1)
        path = os.path.join(results_dir, stem + ".json")
        if not os.path.exists(path):
            # A listing this tree does not build (a libtorch listing in the
            # clang or sanitizer tree); in a tree that builds the site, the
            # docs build fails on its missing value.
            not_here += 1
            continue
        try:
            with open(path, encoding="utf-8") as f:
                listed = json.load(f).get("@thresholds", [])
        except (OSError, ValueError):
            listed = []
        checked += 1
        if key not in listed:
            bad.append(f"{page}:{line}: {{value}}`{target}` is quoted as a threshold ({why}), "
                       f"but {stem} did not compute it with threshold() (bisection or closed form, "
                       f"checked); a value read off a sample is not a threshold")
    for b in bad:
        print(b, file=sys.stderr)
    print(f"check_thresholds: {checked} threshold value(s) quoted, {len(bad)} not computed as thresholds"
          + (f"; {not_here} from listings this tree does not build" if not_here else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
