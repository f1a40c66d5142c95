#!/usr/bin/python3
"""Check that every timing the book quotes comes from the speed study.

    timing_check.py ROOT

ROOT is the project (or a planted copy with the same layout). The speed
study is the Google Benchmark program code/examples/accuracy/bench/, and
its figures reach the prose through the listing accuracy/bench_table. Fails
(exit 1, one line per finding) on:
  - a chapter ({value} role in chapters/*/index.md) quoting a timing from any
    other listing: a key that names a time or a speed ("relu_ns",
    "cost_ratio", "x_relu", "fastest", ...), or a value followed by "ns" or
    by "times as long", "times faster", "times slower";
  - a {result-table} of another listing whose caption or columns speak of
    nanoseconds or a cost per element;
  - a speed ratio typed into the prose ("about 4 times", "3 times faster",
    "2x slower"): it must be a {value} of the speed study;
  - a listing or plot script (code/examples, chapters/*/plots) other than
    the speed study that reads a clock or times code: std::chrono,
    clock_gettime, time.perf_counter, timeit, Google Benchmark, ...
    The ULP studies (RUN_TIME below) may read a clock for how long their own
    run took, in seconds, which the accuracy chapter reports; a figure of
    theirs in ns would still fail the first check.
Exit 2 with a message on bad arguments.
"""
import os
import re
import sys

SPEED_STUDY = "accuracy/bench_table"  # the listing the prose quotes timings from
SPEED_STUDY_CODE = "code/examples/accuracy/bench/"  # the program that times
# Listings that report the length of their own run (seconds), not a cost.
RUN_TIME = {"code/examples/accuracy/ulp_float.cpp", "code/examples/accuracy/ulp_double.cpp",
            "code/examples/accuracy/reference_check.cpp", "code/examples/accuracy/libtorch_ulp.cpp",
            "code/examples/accuracy/driver.hpp", "code/examples/sugar/resurrection.cpp"}

VALUE = re.compile(r"\{value\}`([^`:]+):([^`]+)`")
# "ratio" alone is no timing (slope_ratio_at_-5; and "saturation" holds it):
# a cost ratio names its cost.
TIMING_KEY = re.compile(r"(^|[._])(ns|ms|us)($|[._])|speed|fast|slow|cost|x_relu|x_copy|x_silu|x_textbook"
                        r"|x_libtorch", re.I)
TIMING_AFTER = re.compile(r"\s*(ns\b|nanoseconds?\b|times as long|times faster|times slower|x faster|x slower)")
TABLE = re.compile(r"```\{result-table\}\s+(\S+)\n((?::[^\n]*\n)*)")
TABLE_TIMING = re.compile(r"\bns\b|nanosecond|per element|ns/element|\bcost", re.I)
TYPED_RATIO = re.compile(r"\babout\s+\d+(\.\d+)?\s+times\b"
                         r"|\b\d+(\.\d+)?\s*(times|x)\s+(faster|slower|as fast|as slow)\b", re.I)
CLOCK = re.compile(r"std::chrono|steady_clock|high_resolution_clock|system_clock|clock_gettime|\bclock\(\)"
                   r"|gettimeofday|rdtsc|perf_counter|process_time|\btimeit\b|time\.time\(|time\.monotonic"
                   r"|best_ns_per_element|benchmark::|<benchmark/")


def chapter_findings(root):
    found = []
    chapters = os.path.join(root, "chapters")
    for chapter in sorted(os.listdir(chapters)):
        page = os.path.join(chapters, chapter, "index.md")
        if not os.path.isfile(page):
            continue
        with open(page, encoding="utf-8") as f:
            text = f.read()
        where = os.path.relpath(page, root)
        for m in VALUE.finditer(text):
            stem, key = m.group(1).strip(), m.group(2).strip()
            if stem == SPEED_STUDY:
                continue
            if TIMING_KEY.search(key) or TIMING_AFTER.match(text, m.end()):
                line = text.count("\n", 0, m.start()) + 1
                found.append(f"{where}:{line}: {{value}}`{stem}:{key}` is a timing not from the speed study "
                             f"(quote {SPEED_STUDY} instead)")
        for m in TYPED_RATIO.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"{where}:{line}: '{' '.join(m.group(0).split())}' is a speed ratio typed by hand "
                         f"(quote {SPEED_STUDY} instead)")
        for m in TABLE.finditer(text):
            csv, options = m.group(1), m.group(2)
            if not csv.startswith("accuracy/bench_") and TABLE_TIMING.search(options):
                line = text.count("\n", 0, m.start()) + 1
                found.append(f"{where}:{line}: result-table {csv} shows timings not from the speed study")
    return found


def code_findings(root):
    found = []
    folders = [os.path.join(root, "code", "examples"), os.path.join(root, "chapters")]
    for folder in folders:
        for dirpath, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp", ".h", ".py")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                if rel.startswith(SPEED_STUDY_CODE) or rel in RUN_TIME:
                    continue
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = CLOCK.search(line)
                        if m:
                            found.append(f"{rel}:{number}: times code ({m.group(0)}); timings come from the "
                                         f"speed study ({SPEED_STUDY_CODE})")
    return found


def main(argv):
    if len(argv) != 2 or argv[1].startswith("-"):
        print("usage: timing_check.py ROOT (the project, with chapters/ and code/examples/)", file=sys.stderr)
        return 2
    root = argv[1]
    if not all(os.path.isdir(os.path.join(root, *d)) for d in (["chapters"], ["code", "examples"])):
        print(f"timing_check: {root} has no chapters/ and code/examples/", file=sys.stderr)
        return 2
    found = chapter_findings(root) + code_findings(root)
    for f in found:
        print(f)
    print(f"timing check: {len(found)} finding(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
