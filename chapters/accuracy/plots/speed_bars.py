"""Time per float32 element on 2^24 elements, relative to a plain copy, for
act and libtorch, from bench_table.py (bench_float.csv). Empty until
`./book bench` has measured this machine."""
import csv
import os

import bookplot

path = os.path.join(os.environ["ACT_RESULTS_DIR"], "accuracy", "bench_float.csv")
with open(path, encoding="utf-8", newline="") as f:
    rows = [r for r in csv.DictReader(f) if r["x copy"]]

fig, ax = bookplot.axes(xlabel="", ylabel="time per element / copy time")
fig.set_size_inches(9, 4.2)
for line in list(ax.lines):  # the function plots' x = 0 and y = 0 axes mean nothing here
    line.remove()
if rows:
    names = [r["function"].replace("_derivative", "′") for r in rows]
    act = [float(r["x copy"]) for r in rows]
    torch = []
    for r in rows:
        per_torch = r["x libtorch (default)"]
        torch.append(float(r["x copy"]) / float(per_torch) if per_torch else 0.0)
    pos = range(len(names))
    ax.bar([p - 0.2 for p in pos], act, width=0.4, label="act")
    ax.bar([p + 0.2 for p in pos], torch, width=0.4, label="libtorch (default kernels, 1 thread)")
    ax.axhline(1 / 0.8, color="0.2", linestyle="--", linewidth=1, label="0.8x copy bandwidth")
    ax.axhline(3.0, color="0.5", linestyle=":", linewidth=1, label="3x copy time")
    ax.set_yscale("log")
    ax.set_xticks(list(pos))
    ax.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
    ax.legend(loc="upper left", frameon=False, fontsize=8)
else:
    ax.text(0.5, 0.5, "not measured on this machine: run ./book bench", ha="center", transform=ax.transAxes)
fig.tight_layout()
