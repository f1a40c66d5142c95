#!/usr/bin/env python3
"""No exercise's answer outside its folded solution.

    check_answers.py RESULTS_DIR CHAPTER_PAGE...

For each chapter page chapters/<chapter>/index.md whose chapter has
exercises (RESULTS_DIR/<chapter>/exercises.txt, the output of the listing
code/examples/<chapter>/exercises.cpp that runs the solutions), the answers
are the numbers that output prints with at least 3 significant digits
(leading and trailing zeros do not count: 1000 and 0.5 are not answers,
88.7228394 is). The page's text outside its {solution} folds, with every
{value} and {listing-output} it shows read from RESULTS_DIR as the site
shows them, must not hold an answer, to the digits it prints: 88.72 or
88.7228 match 88.7228394, 88.73 does not. Showing the exercises listing's
output, or a {value} of it, outside a fold also fails.

--known FILE lists leaks the chapters' bodies still have, one
"CHAPTER ANSWER  # reason" a line (ANSWER as printed, or {value}:KEY for a
{value} of the exercises listing): they are counted, not failed; a listed
leak that no longer leaks fails, so that the list only shrinks.

Exit 0 when no page leaks, 1 with one line per leak, 2 on bad usage.
"""
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation, ROUND_HALF_EVEN, ROUND_HALF_UP

NUMBER = re.compile(r"(?<![\w.])[-+−]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.]*\d)")
FENCE_OPEN = re.compile(r"^\s*(`{3,}|:{3,})\{solution\}")
VALUE = re.compile(r"\{value\}`([a-z0-9_]+)/([a-z0-9_]+):([^`]+)`")
OUTPUT = re.compile(r"^\s*`{3,}\{listing-output\}\s+([a-z0-9_]+)/([a-z0-9_]+)")


def significant(token):
    """The significant digits of a number's text, without zeros at either end."""
    mantissa = re.split(r"[eE]", token.lstrip("+-−"))[0]
    return mantissa.replace(".", "").strip("0")


def as_decimal(token):
    try:
        return Decimal(token.replace("−", "-"))
    except InvalidOperation:
        return None


def rounds_to(answer, shown):
    """True if the text `shown` is the number `answer` rounded to shown's digits."""
    a, s = as_decimal(answer), as_decimal(shown)
    digits = len(significant(shown))
    if a is None or s is None or a.is_zero() or digits < 3 or digits > len(significant(answer)):
        return False
    step = Decimal(1).scaleb(a.adjusted() - digits + 1)
    return any(a.quantize(step, rounding=mode) == s for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP))


def answers(text):
    return sorted({t.replace("−", "-") for t in NUMBER.findall(text) if len(significant(t)) >= 3})


def outside_folds(lines):
    """(line number, line) of the lines outside every {solution} fold."""
    fence = None
    for number, line in enumerate(lines, 1):
        if fence is None:
            m = FENCE_OPEN.match(line)
            if m:
                fence = m.group(1)
                continue
            yield number, line
        elif line.strip() == fence:
            fence = None


def check_page(results, page):
    chapter = os.path.basename(os.path.dirname(os.path.abspath(page)))
    output = os.path.join(results, chapter, "exercises.txt")
    if not os.path.isfile(output):
        return [], 0
    with open(output, encoding="utf-8") as f:
        wanted = answers(f.read())
    with open(page, encoding="utf-8") as f:
        lines = f.read().splitlines()
    # Numbers an exercise's statement gives (alpha = 1.67) are its inputs.
    section = next((i for i, line in enumerate(lines) if line.strip() == "## Exercises"), len(lines))
    end = next((i for i in range(section + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    given = {t for _, line in outside_folds(lines[section:end]) for t in NUMBER.findall(line)}
    wanted = [a for a in wanted if a not in given]
    leaks, seen = [], set()
    where = os.path.relpath(page)
    for number, line in outside_folds(lines):
        shown = [("text", line)]
        for ch, stem, key in VALUE.findall(line):
            if stem == "exercises":
                leaks.append((chapter, f"{{value}}:{key}",
                              f"{where}:{number}: {{value}} of the exercise solutions outside a fold: {ch}/{stem}:{key}"))
            try:
                with open(os.path.join(results, ch, stem + ".json"), encoding="utf-8") as f:
                    shown.append((f"{{value}}`{ch}/{stem}:{key}`", str(json.load(f).get(key, ""))))
            except OSError:
                pass
        m = OUTPUT.match(line)
        if m:
            ch, stem = m.groups()
            if stem == "exercises":
                leaks.append((chapter, "{listing-output}",
                              f"{where}:{number}: the exercise solutions' output outside a fold"))
            else:
                try:
                    with open(os.path.join(results, ch, stem + ".txt"), encoding="utf-8") as f:
                        shown.append((f"the output of {ch}/{stem}", f.read()))
                except OSError:
                    pass
        for source, text in shown:
            text = VALUE.sub("", text) if source == "text" else text
            for token in NUMBER.findall(text):
                for answer in wanted:
                    if rounds_to(answer, token) and (number, token) not in seen:
                        seen.add((number, token))
                        leaks.append((chapter, answer,
                                      f"{where}:{number}: {token} (in {source}) is the answer {answer} "
                                      f"that {chapter}/exercises prints, outside a solution fold"))
    return leaks, len(wanted)


def read_known(path):
    """{(chapter, answer): reason} from lines "chapter answer  # reason"."""
    known = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            text, _, reason = line.partition("#")
            fields = text.split()
            if not fields:
                continue
            if len(fields) != 2 or not reason.strip():
                raise ValueError(f"{path}:{number}: not 'CHAPTER ANSWER  # reason'")
            known[tuple(fields)] = reason.strip()
    return known


def main(argv):
    known = {}
    if len(argv) >= 2 and argv[0] == "--known":
        try:
            known = read_known(argv[1])
        except (OSError, ValueError) as e:
            print(f"check_answers.py: {e}", file=sys.stderr)
            return 2
        argv = argv[2:]
    if len(argv) < 2 or not os.path.isdir(argv[0]):
        print("usage: check_answers.py [--known FILE] RESULTS_DIR CHAPTER_PAGE...", file=sys.stderr)
        return 2
    results, pages = argv[0], argv[1:]
    for page in pages:
        if not os.path.isfile(page):
            print(f"check_answers.py: no page {page}", file=sys.stderr)
            return 2
    all_leaks, checked = [], 0
    for page in pages:
        leaks, count = check_page(results, page)
        all_leaks += leaks
        checked += count > 0
    new = [message for chapter, answer, message in all_leaks if (chapter, answer) not in known]
    seen = {(chapter, answer) for chapter, answer, _ in all_leaks}
    pages_checked = {os.path.basename(os.path.dirname(os.path.abspath(p))) for p in pages}
    stale = [f"{chapter} {answer}: listed as a known leak, but no longer leaks: remove it from the list"
             for chapter, answer in known if chapter in pages_checked and (chapter, answer) not in seen]
    for line in new + stale:
        print(line)
    print(f"answers: {checked} chapters with exercises checked, {len(new)} leaks, "
          f"{len(all_leaks) - len(new)} known ones ({len(set(known))} listed), {len(stale)} stale")
    return 1 if new or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
