"""Hardswish against SiLU, and ReLU6, from the `curves` listing; the point of
largest distance (the corner at 3) and the minimum are marked."""
import numpy as np
import bookplot

d, ax = bookplot.figure("hard", "curves")
hard = ax.plot(d["x"], d["hardswish"], linewidth=2, label="Hardswish, x relu6(x + 3)/6")
ax.plot(d["x"], d["silu"], linewidth=2, linestyle="-.", label="SiLU, x σ(x)")
ax.plot(d["x"], d["relu6"], linewidth=1.5, linestyle=":", color="black", label="ReLU6")
at = bookplot.value("hard", "distance", "silu_worst_at")
bookplot.mark(ax, hard, at, float(np.interp(at, d["x"], d["hardswish"])), "largest distance from SiLU",
              offset=(16, -30))
bookplot.mark(ax, hard, bookplot.value("hard", "exercises", "minimiser"), bookplot.value("hard", "exercises", "minimum"),
              "minimum", offset=(-10, 26), ha="center")
ax.set_ylim(-0.8, bookplot.top(d["hardswish"], d["silu"], d["relu6"]))
ax.legend(loc="upper left", frameon=False)
