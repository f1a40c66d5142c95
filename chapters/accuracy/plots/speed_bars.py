"""Time per float32 element on 2^24 elements, relative to a plain copy, for
act and libtorch, from bench_table.py (bench_float.csv: the build's short
speed study, or `./book bench`'s; bench_table.py fails without them)."""
import csv
import os

import bookplot

path = os.path.join(os.environ["ACT_RESULTS_DIR"], "accuracy", "bench_float.csv")
with open(path, encoding="utf-8", newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["x copy"]]
if not rows:
    raise SystemExit(f"speed_bars.py: {path} has no timings")

fig, ax = bookplot.axes(xlabel="", ylabel="time per element / copy time")
fig.set_size_inches(9, 4.2)
for line in list(ax.lines):  # the function plots' x = 0 and y = 0 axes mean nothing here
    line.remove()
names = [r["function"].replace("_derivative", "′") for r in rows]
act = [float(r["x copy"]) for r in rows]
def torch(column):
    # libtorch's time over act's, both from one run, times act's time over
    # the copy's: libtorch's time per copy time, through a same-run ratio.
    return [float(r["x copy"]) / float(r[column]) if r[column] else 0.0 for r in rows]

pos = range(len(names))
ax.bar([p - 0.27 for p in pos], act, width=0.27, label="act")
# A machine without AVX-512 has no such run, and bench_table.py no such column.
for shift, (column, label) in zip((0, 0.27), (("x libtorch (default)", "libtorch, default kernels"),
                                              ("x libtorch (avx512)", "libtorch, AVX-512 kernels"))):
    if column in rows[0]:
        ax.bar([p + shift for p in pos], torch(column), width=0.27, label=label)
ax.axhline(1 / 0.8, color="0.2", linestyle="--", linewidth=1, label="0.8x copy bandwidth")
ax.axhline(3.0, color="0.5", linestyle=":", linewidth=1, label="3x copy time")
ax.set_yscale("log")
ax.set_xticks(list(pos))
ax.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
ax.legend(loc="upper left", frameon=False, fontsize=8)
fig.tight_layout()
