#!/usr/bin/env python3
"""`ctest -L "<chapter> exercises"` finds every exercise test.

    check_exercise_labels.py CTEST BUILD_DIR ACT_TESTS

For every doctest suite "<chapter> exercises" in ACT_TESTS, the CTest tests
labelled exactly that must be the suite's cases, one for one (a case whose
name holds a comma lost its label with upstream doctest's discovery, see
cmake/doctestAddTests.cmake), every case must be named "exercise N: ...",
and every exercise N of code/examples/<chapter>/exercises.hpp must have one.
Exit 0 if so, 1 with the differences, 2 on bad usage.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exercise  # noqa: E402  (tools/exercise.py: the exercises of a chapter)


def lines(command):
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines()
            if line and not line.startswith("[doctest]") and not line.startswith("=====")]


def main(argv):
    if len(argv) != 3:
        print("usage: check_exercise_labels.py CTEST BUILD_DIR ACT_TESTS", file=sys.stderr)
        return 2
    ctest, build, act_tests = argv
    problems, total = [], 0
    suites = [s for s in lines([act_tests, "--list-test-suites", "--no-intro"]) if s.endswith(" exercises")]
    for suite in suites:
        cases = lines([act_tests, "--list-test-cases", "--no-intro", f"--test-suite={suite}"])
        out = subprocess.run([ctest, "--test-dir", build, "-N", "-L", f"^{suite}$"],
                             capture_output=True, text=True, check=True).stdout
        labelled = re.findall(r"Test +#\d+: doctest:(.*)$", out, flags=re.M)
        for case in sorted(set(cases) - set(labelled)):
            problems.append(f"'{suite}': case '{case}' has no CTest label '{suite}'")
        for case in sorted(set(labelled) - set(cases)):
            problems.append(f"'{suite}': CTest test 'doctest:{case}' is labelled but not in the suite")
        for case in cases:
            if not re.match(r"exercise \d+: ", case):
                problems.append(f"'{suite}': case '{case}' is not named 'exercise N: ...'")
        chapter = suite[:-len(" exercises")]
        if chapter in exercise.chapters():
            with open(os.path.join(exercise.EXAMPLES, chapter, "exercises.hpp"), encoding="utf-8") as f:
                numbers = exercise.regions(f.readlines())
            for n in sorted(numbers):
                if not any(case.startswith(f"exercise {n}: ") for case in cases):
                    problems.append(f"'{suite}': exercise {n} of {chapter}/exercises.hpp has no case "
                                    f"'exercise {n}: ...' (./book exercise {chapter} {n} would fail no test)")
        total += len(cases)
    for p in problems:
        print(p)
    print(f"exercise labels: {len(suites)} suites, {total} cases, {len(problems)} problems")
    return 1 if problems or not suites else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
