"""Test accuracy (left) and the fraction of dead hidden units (right) per
epoch: the mean over the seeds that finished as a line, its 95% confidence
interval shaded. From the `resurrection` listing's band_<run>.csv files."""
import os

import matplotlib.pyplot as plt

import bookplot

ORDER = ["relu", "sugar_nelu", "sugar_leaky_relu", "sugar_selu", "sugar_bsilu", "sugar_elu", "relu_bias0"]
STYLE = {
    "relu": ("ReLU", "C3", "-", 3.0),
    "sugar_nelu": ("SUGAR, NeLU", "C2", "--", 1.8),
    "sugar_leaky_relu": ("SUGAR, LeakyReLU", "C5", "-.", 1.4),
    "sugar_selu": ("SUGAR, SELU", "C4", "-", 1.4),
    "sugar_bsilu": ("SUGAR, B-SiLU", "C0", "-", 2.2),
    "sugar_elu": ("SUGAR, ELU", "C1", "-", 1.4),
    "relu_bias0": ("ReLU, healthy start (bias 0)", "0.4", ":", 2.0),
}

folder = os.path.join(os.environ["ACT_RESULTS_DIR"], "sugar")
found = sorted(f[5:-4] for f in os.listdir(folder) if f.startswith("band_") and f.endswith(".csv"))
runs = [r for r in ORDER if r in found] + [r for r in found if r not in ORDER]

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for ax, column, ylabel in [(axes[0], "test", "test accuracy"),
                           (axes[1], "dead", "dead hidden units (fraction)")]:
    ax.grid(True, color="0.9", linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for i, run in enumerate(runs):
        d = bookplot.results("sugar", "band_" + run)
        label, colour, line, width = STYLE.get(run, (run.replace("_", "-"), "C%d" % (6 + i % 4), "-", 1.2))
        ax.plot(d["epoch"], d[column + "_mean"], color=colour, linestyle=line, linewidth=width, label=label)
        ax.fill_between(d["epoch"], d[column + "_lo"], d[column + "_hi"], color=colour, alpha=0.12,
                        linewidth=0)
    ax.set_xlabel("epoch")
    ax.set_ylabel(ylabel)
axes[0].axhline(0.5, color="0.6", linewidth=0.8)
# Limits that keep every shaded interval inside its axes (an interval of a
# fraction may reach past 0 or 1).
bands = [bookplot.results("sugar", "band_" + run) for run in runs]
axes[0].set_ylim(min(0.4, min(b["test_lo"].min() for b in bands) - 0.02),
                 max(1.0, max(b["test_hi"].max() for b in bands) + 0.02))
axes[1].set_ylim(min(0.0, min(b["dead_lo"].min() for b in bands) - 0.02),
                 max(1.0, max(b["dead_hi"].max() for b in bands) + 0.02))
axes[1].legend(loc="upper right", frameon=False, fontsize="small")
fig.tight_layout()
