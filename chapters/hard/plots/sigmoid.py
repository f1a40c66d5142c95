"""Hardsigmoid against the sigmoid, from the `curves` listing; the point of
largest distance, from the `distance` listing."""
import numpy as np
import bookplot

d, ax = bookplot.figure("hard", "curves")
hard = ax.plot(d["x"], d["hardsigmoid"], linewidth=2, label="Hardsigmoid, relu6(x + 3)/6")
ax.plot(d["x"], d["sigmoid"], linewidth=2, linestyle="-.", label="σ(x)")
at = bookplot.value("hard", "distance", "sigmoid_flat_from")
bookplot.mark(ax, hard, at, float(np.interp(at, d["x"], d["hardsigmoid"])),
              "largest distance, x = " + bookplot.shown("hard", "distance", "sigmoid_flat_from"), offset=(14, -24))
ax.set_ylim(-0.05, bookplot.top(d["hardsigmoid"], d["sigmoid"]))
ax.legend(loc="upper left", frameon=False)
