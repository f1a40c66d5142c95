"""Largest float32 error of act's functions and of the usual formulas (the
articles', PyTorch's and TensorFlow's forms; not the proposed vector
kernels), from the accuracy/ulp_float listing (float_study.csv), log scale."""
import csv
import math
import os

import bookplot

path = os.path.join(os.environ["ACT_RESULTS_DIR"], "accuracy", "float_study.csv")
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))

names, act, worst_other = [], [], []
for row in rows:
    if row["form"].startswith("act::"):
        names.append(row["function"].replace("_derivative", "′"))
        act.append(float(row["max ulp"]))
        worst_other.append(float("nan"))
    elif "vector kernel" not in row["form"]:
        value = float(row["max ulp"]) if row["max ulp"] not in ("", "inf") else 1e9
        previous = worst_other[-1]
        worst_other[-1] = value if math.isnan(previous) else max(previous, value)

fig, ax = bookplot.axes(xlabel="", ylabel="largest error (ULP)")
fig.set_size_inches(9, 4.2)
for line in list(ax.lines):  # the function plots' x = 0 and y = 0 axes mean nothing here
    line.remove()
pos = range(len(names))
floor = 1e-2  # a bar of 0 ULP would vanish on a log scale
ax.bar([p - 0.2 for p in pos], [max(v, floor) for v in act], width=0.4, label="act (this library)")
ax.bar([p + 0.2 for p in pos], [max(v, floor) if not math.isnan(v) else floor for v in worst_other],
       width=0.4, label="worst usual formula (inf shown as 1e9)")
ax.axhline(1.0, color="0.2", linestyle="--", linewidth=1, label="1 ULP (goal 1)")
ax.set_yscale("log")
ax.set_xticks(list(pos))
ax.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
ax.legend(loc="upper left", frameon=False, fontsize=8)
fig.tight_layout()
