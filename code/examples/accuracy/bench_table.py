"""The speed study's tables: reads the Google Benchmark JSON that
the speed study writes into the results folder (bench_default.json, with
libtorch's default kernels, and bench_avx512.json, with
ATEN_CPU_CAPABILITY=avx512, if this machine has AVX-512): the short run of
`./book build` or the full one of `./book bench`. It turns them into ns per
element, GB/s and the ratios the chapter quotes. A missing
bench_default.json, or a benchmark the chapter quotes missing from it, is an
error (exit 2, naming it): the book never shows a table without figures.
A build without libtorch (-DACT_WITH_LIBTORCH=OFF, or the clang++ tree)
times no libtorch benchmark: its tables then have no libtorch columns and it
writes no libtorch values, so a page that quotes one fails the docs build."""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from listing import Program  # noqa: E402

program = Program("bench_table", "Tables of the speed study, from Google Benchmark's JSON.")
program.parser.add_argument("--bench", default=None,
                            help="directory holding the speed study's bench_*.json (default: the --out directory)")
args = program.parse()
out = args.out or "."
bench_dir = args.bench if args.bench is not None else out


def missing(what):
    """Exit 2: the speed study's results lack `what`."""
    print(f"bench_table: error: {what}; the speed study's results are incomplete "
          "(./book build runs a short speed study, ./book bench the full one)", file=sys.stderr)
    sys.exit(2)


if args.bench == "":
    program.parser.error("--bench needs a directory (got an empty one)")
if not os.path.isfile(os.path.join(bench_dir, "bench_default.json")):
    missing(f"no file {os.path.join(bench_dir, 'bench_default.json')}")

LARGE, SMALL = 1 << 24, 4096
# The chapter's goal 3: these at >= 0.8x copy bandwidth, the rest within 3x copy time.
FAST = {"relu", "sigmoid", "silu"}


def load(name):
    path = os.path.join(bench_dir, name)
    if not os.path.isfile(path):
        return None
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        missing(f"cannot read {path}: {e}")
    times, seen, repetitions = {}, [], 1
    for b in data.get("benchmarks", []):
        repetitions = max(repetitions, int(b.get("repetitions", 1)))
        # With --benchmark_repetitions, keep the median of the repetitions.
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("run_type") == "iteration" and b.get("repetitions", 1) > 1:
            continue
        parts = b.get("run_name", b["name"]).split("/")
        if len(parts) < 4 or "items_per_second" not in b:
            continue
        who, fn, typ, n = parts[0], parts[1], parts[2], int(parts[3])
        if who.startswith("libtorch"):
            who = "libtorch"
        if who == "act" and fn not in seen:
            seen.append(fn)
        times[(who, fn, typ, n)] = 1e9 / b["items_per_second"]  # ns per element
    context = data.get("context", {})
    # The functions, in the registry's order, as bench.cpp records them; a
    # JSON without that record lists them in the order its benchmarks ran.
    recorded = context.get("act_functions", "")
    return {"times": times, "context": context, "functions": recorded.split(",") if recorded else seen,
            "repetitions": repetitions}


# [listing:bench-table]
runs = {"default": load("bench_default.json"), "avx512": load("bench_avx512.json")}
base = runs["default"]


def ratio(run, who, fn, typ, n, ref_who, ref_fn):
    """Time of `who` over time of `ref_who` for `ref_fn`, both from one run."""
    if run is None:
        return float("nan")
    t, r = (run["times"].get((who, fn, typ, n)),
            run["times"].get((ref_who, ref_fn, typ, n)))
    return t / r if t and r else float("nan")
# [/listing:bench-table]

# libtorch's columns and values, only where this build timed libtorch; its
# AVX-512 columns, only where this machine ran that mode too.
HAS_TORCH = any(key[0] == "libtorch" for key in base["times"])
TORCH_RUNS = [name for name, run in runs.items()
              if run is not None and any(key[0] == "libtorch" for key in run["times"])]


def torch_columns(cells):
    """Keep only the libtorch modes this build measured: `cells` maps each
    mode ("default", "avx512") to its column's cell (or heading)."""
    return [cells[name] for name in TORCH_RUNS]


# The act functions the run measured, in the registry's order.
FUNCTIONS = base["functions"]
if not FUNCTIONS:
    missing(f"{os.path.join(bench_dir, 'bench_default.json')} has no act/... benchmark")


def fmt(v, digits=3):
    return "" if v != v else f"{v:.{digits}g}"


summary = {}
for typ in ("float", "double"):
    rows = []
    size = 4 if typ == "float" else 8
    for fn in FUNCTIONS:
        t = base["times"].get(("act", fn, typ, LARGE))
        if t is None:
            continue
        rows.append([
            fn, fmt(t), fmt(2 * size / t),
            fmt(ratio(base, "act", fn, typ, LARGE, "copy", "memcpy")),
            fmt(ratio(base, "act", fn, typ, LARGE, "act", "relu")),
            *torch_columns({name: fmt(ratio(runs[name], "act", fn, typ, LARGE, "libtorch", fn))
                            for name in runs}),
            fmt(base["times"].get(("act", fn, typ, SMALL), float("nan"))),
            *([fmt(ratio(base, "act", fn, typ, SMALL, "libtorch", fn))] if HAS_TORCH else []),
        ])
    header = ["function", "ns/element", "GB/s", "x copy", "x ReLU",
              *torch_columns({name: f"x libtorch ({name})" for name in runs}),
              "ns/element in cache", *(["x libtorch in cache"] if HAS_TORCH else [])]
    if not rows:
        missing(f"no act/<function>/{typ}/{LARGE} benchmark in bench_default.json")
    with open(os.path.join(out, f"bench_{typ}.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)

# The float vector kernels (in each function's header) next to the same
# functions computed by their double code one element per call (the "scalar"
# rows of bench.cpp), and libtorch: float, 2^24 elements.
kernel_rows = []
for fn in FUNCTIONS:
    s = base["times"].get(("scalar", fn, "float", LARGE))
    if s is None:
        continue
    k = base["times"].get(("act", fn, "float", LARGE), float("nan"))
    kernel_rows.append([fn, fmt(s), fmt(k), fmt(s / k, 2),
                        *torch_columns({name: fmt(ratio(runs[name], "act", fn, "float", LARGE, "libtorch", fn))
                                        for name in runs})])
with open(os.path.join(out, "bench_kernels.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["function", "ns/element, one at a time", "ns/element, vector kernel", "speed-up",
                *torch_columns({name: f"x libtorch ({name})" for name in runs})])
    w.writerows(kernel_rows or missing(f"no scalar/<function>/float/{LARGE} benchmark in bench_default.json"))

# The sigmoid three ways (float_lanes.hpp): the library's double route, and
# float arithmetic with and without its errors carried; float, 2^24 elements.
LANES = [("act", "in double, rounded to float (the library)"),
         ("double-exp", "only its exponential, in double (timing only)"),
         ("float-plain", "in float"),
         ("float-compensated", "in float, rounding errors carried")]
lanes_rows = []
if base["times"].get(("float-plain", "sigmoid", "float", LARGE)):
    for who, label in LANES:
        lanes_rows.append([label, fmt(base["times"].get((who, "sigmoid", "float", LARGE), float("nan"))),
                           fmt(ratio(base, who, "sigmoid", "float", LARGE, "copy", "memcpy")),
                           *torch_columns({name: fmt(ratio(runs[name], who, "sigmoid", "float", LARGE,
                                                           "libtorch", "sigmoid")) for name in runs})])
with open(os.path.join(out, "bench_lanes.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["sigmoid computed", "ns/element", "x copy",
                *torch_columns({name: f"x libtorch ({name})" for name in runs})])
    w.writerows(lanes_rows or missing(f"no float-plain/sigmoid/float/{LARGE} benchmark in bench_default.json"))

# Goal 3 next to libtorch: each function's time as a multiple of the copy
# time, for the library and for libtorch in both modes (float, 2^24
# elements), and the limit that goal 3 sets.
goal3_rows, torch_meets, torch_compared = [], [], 0
for fn in FUNCTIONS:
    mine = ratio(base, "act", fn, "float", LARGE, "copy", "memcpy")
    if mine != mine:
        continue
    limit = 1 / 0.8 if fn in FAST else 3.0
    theirs = [ratio(run, "libtorch", fn, "float", LARGE, "copy", "memcpy") for run in runs.values()]
    theirs = [t for t in theirs if t == t]
    if theirs:
        torch_compared += 1
        if min(theirs) <= limit:
            torch_meets.append(fn)
    goal3_rows.append([fn, fmt(limit), fmt(mine), "yes" if mine <= limit else "no",
                       *torch_columns({name: fmt(ratio(runs[name], "libtorch", fn, "float", LARGE,
                                                       "copy", "memcpy")) for name in runs}),
                       *([("" if not theirs else "yes" if min(theirs) <= limit else "no")] if HAS_TORCH else [])])
with open(os.path.join(out, "bench_goal3.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["function", "goal 3: at most x copy", "act x copy", "act meets it",
                *torch_columns({name: f"libtorch ({name}) x copy" for name in runs}),
                *(["libtorch meets it"] if HAS_TORCH else [])])
    w.writerows(goal3_rows or missing(f"no copy/memcpy/float/{LARGE} benchmark in bench_default.json"))

# libtorch's own times, for the table of reference points.
torch_rows = []
for fn in FUNCTIONS:
    for typ in ("float", "double"):
        t = base["times"].get(("libtorch", fn, typ, LARGE))
        if t is None:
            continue
        t512 = runs["avx512"]["times"].get(("libtorch", fn, typ, LARGE)) if runs["avx512"] else None
        torch_rows.append([fn, typ, fmt(t), fmt(t512 if t512 else float("nan")),
                           fmt(ratio(base, "libtorch", fn, typ, LARGE, "copy", "memcpy"))])
with open(os.path.join(out, "bench_libtorch.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["function", "type", "ns/element (default)", "ns/element (avx512)", "x copy"])
    # Without libtorch (-DACT_WITH_LIBTORCH=OFF) the table has its header only.
    w.writerows(torch_rows)

# The goals, checked on the measurements.
values = program.values
ctx = base["context"]
values["copy_ns"] = fmt(base["times"].get(("copy", "memcpy", "float", LARGE), float("nan")))
values["copy_gbs"] = fmt(8 / base["times"].get(("copy", "memcpy", "float", LARGE), float("nan")))
values["flags"] = ctx.get("act_flags", "unknown")
values["elements"] = f"{LARGE:,}".replace(",", " ")
# Which run the figures come from: the build's short one, or ./book bench.
reps = base["repetitions"]
values["run"] = ("the short run of ./book build (each benchmark once)" if reps == 1 else
                 f"./book bench (the median of {reps} repetitions in random order)")
values["cpu"] = (f'{ctx.get("cpu_model", "model not recorded")}, '
                 f'{ctx.get("num_cpus", "?")} CPUs at {ctx.get("mhz_per_cpu", "?")} MHz')
if HAS_TORCH:
    values["libtorch_capability"] = ctx.get("libtorch_capability", "unknown")
# Goal 2, per function: the libtorch modes it is not faster than, for
# one type and size; those within TIE of libtorch are listed apart, since
# repeated runs put them on either side.
TIE = 1.05

def goal2(typ, n):
    slower, ties, missed, compared = [], [], set(), 0
    for fn in FUNCTIONS:
        lost, tied = [], []
        for run_name, run in runs.items():
            if run is None:
                continue
            theirs, mine = run["times"].get(("libtorch", fn, typ, n)), run["times"].get(("act", fn, typ, n))
            if theirs is None or mine is None:
                continue
            compared += run_name == "default"
            if mine >= theirs * TIE:
                lost.append(run_name)
            elif mine >= theirs:
                tied.append(run_name)
        if lost:
            slower.append(f"{fn} ({' and '.join(lost)})")
        if tied:
            ties.append(f"{fn} ({' and '.join(tied)})")
        if lost or tied:
            missed.add(fn)
    if not missed:
        return f"met for all {compared} functions"
    text = f"met for {compared - len(missed)} of {compared} functions"
    if ties:
        text += (f"; slower by less than {round((TIE - 1) * 100)}%, a tie that repeated runs can reverse, for "
                 + ", ".join(ties))
    if slower:
        text += "; slower by more for " + ", ".join(slower)
    return text

if HAS_TORCH:
    values["goal2"] = goal2("float", LARGE)
    values["goal2_cache"] = goal2("float", SMALL)
    values["goal2_double"] = goal2("double", LARGE)
missed = []
for fn in FUNCTIONS:
    r = ratio(base, "act", fn, "float", LARGE, "copy", "memcpy")
    if r != r:
        continue
    limit = 1 / 0.8 if fn in FAST else 3.0
    if r > limit:
        missed.append(f"{fn} ({r:.2g}x copy)")
values["goal3"] = "met" if not missed else "missed for " + ", ".join(missed)
if torch_compared:
    values["goal3_libtorch"] = (
        f"for {len(torch_meets)} of the {torch_compared} functions it has, in the faster of its two modes"
        + (f" ({', '.join(torch_meets)})" if torch_meets else ""))
# The sigmoid in float arithmetic (float_lanes.hpp), against the library's
# double route and against the copy, as clauses the chapter quotes.
exp_share = ratio(base, "double-exp", "sigmoid", "float", LARGE, "act", "sigmoid")
if exp_share != exp_share:
    missing(f"no double-exp/sigmoid/float/{LARGE} benchmark in bench_default.json")
values["lanes_exp_share"] = f"{fmt(exp_share, 2)} times"
vs_act = ratio(base, "float-compensated", "sigmoid", "float", LARGE, "act", "sigmoid")
plain_copy = ratio(base, "float-plain", "sigmoid", "float", LARGE, "copy", "memcpy")
if vs_act != vs_act or plain_copy != plain_copy:
    missing(f"no float-compensated/sigmoid/float/{LARGE} or float-plain benchmark in bench_default.json")
if True:
    values["lanes_compensated"] = (f"{'slower' if vs_act > 1 else 'faster'} than the library's double "
                                   f"route: it takes {fmt(vs_act, 2)} times as long")
    values["lanes_plain"] = (f"takes {fmt(plain_copy, 2)} times the copy time, "
                             + ("more than the 1.25 that goal 3 allows the sigmoid" if plain_copy > 1.25
                                else "within the 1.25 that goal 3 allows the sigmoid"))
# Every timing the other chapters quote comes from here, per function
# and derivative ("softplus", "softplus_derivative"): ns per float
# element on 2^24 elements, and multiples of ReLU's time and of the copy's.
for fn in FUNCTIONS:
    values[f"{fn}.ns"] = fmt(base["times"].get(("act", fn, "float", LARGE), float("nan")))
    values[f"{fn}.x_relu"] = fmt(ratio(base, "act", fn, "float", LARGE, "act", "relu"), 2)
    values[f"{fn}.x_copy"] = fmt(ratio(base, "act", fn, "float", LARGE, "copy", "memcpy"), 2)
    if fn.endswith("_derivative"):
        values[f"{fn}.x_relu_derivative"] = fmt(
            ratio(base, "act", fn, "float", LARGE, "act", "relu_derivative"), 2)
    if HAS_TORCH:
        values[f"{fn}.x_libtorch"] = fmt(ratio(base, "act", fn, "float", LARGE, "libtorch", fn), 2)
values["bsilu.x_silu"] = fmt(ratio(base, "act", "bsilu", "float", LARGE, "act", "silu"), 2)
# Mish against SiLU, the gate it is compared with (chapter "Mish").
values["mish.x_silu"] = fmt(ratio(base, "act", "mish", "float", LARGE, "act", "silu"), 2)
values["mish_derivative.x_silu_derivative"] = fmt(
    ratio(base, "act", "mish_derivative", "float", LARGE, "act", "silu_derivative"), 2)
# B-SiLU as the textbook writes it, in float (bench.cpp's "textbook" row).
# A JSON of an older bench.cpp has no such row: an error, not an empty value.
if ("textbook", "bsilu", "float", LARGE) not in base["times"]:
    missing(f"no textbook/bsilu/float/{LARGE} benchmark in bench_default.json")
values["textbook_bsilu.ns"] = fmt(base["times"][("textbook", "bsilu", "float", LARGE)])
values["bsilu.x_textbook"] = fmt(ratio(base, "act", "bsilu", "float", LARGE, "textbook", "bsilu"), 2)
# Softmax and log-softmax along rows of 1024 floats (bench.cpp's "vector"
# rows), against libtorch's in both of its modes (chapter "Softmax and
# log-softmax").
for fn in ("softmax", "log_softmax"):
    if ("vector", fn, "float", LARGE) not in base["times"]:
        missing(f"no vector/{fn}/float/{LARGE} benchmark in bench_default.json")
    values[f"vector_{fn}.ns"] = fmt(base["times"][("vector", fn, "float", LARGE)])
    # libtorch's values only for the modes this build timed (TORCH_RUNS).
    for name in TORCH_RUNS:
        suffix = "" if name == "default" else f"_{name}"
        values[f"vector_{fn}.x_libtorch{suffix}"] = fmt(
            ratio(runs[name], "vector", fn, "float", LARGE, "libtorch", fn), 2)
    if HAS_TORCH:
        values[f"vector_{fn}.libtorch_ns"] = fmt(base["times"][("libtorch", fn, "float", LARGE)])
# The fastest and the slowest function (values, not derivatives).
timed = [(base["times"][("act", fn, "float", LARGE)], fn) for fn in FUNCTIONS
         if not fn.endswith("_derivative") and ("act", fn, "float", LARGE) in base["times"]]
if timed:
    (fast_ns, fast), (slow_ns, slow) = min(timed), max(timed)
    values["fastest"], values["slowest"] = fast, slow
    values["slowest.x_fastest"] = fmt(slow_ns / fast_ns, 2)

print("speed study: read from", ", ".join(f"bench_{name}.json" for name, run in runs.items() if run))
for key in sorted(values):
    if "." not in key:
        print(f"  {key}: {values[key]}")
program.write()
