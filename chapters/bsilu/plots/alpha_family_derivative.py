"""The slopes of B-SiLU for several alpha, from the `curves` listing; each
one's root (the function's minimum), from the `minimum` listing's table."""
import numpy as np
import bookplot

d, ax = bookplot.figure("bsilu", "alpha_family_derivative", ylim=(-0.3, 1.8))
minima = bookplot.results("bsilu", "minima")
for value, line in bookplot.family(ax, d, "alpha", "α", notes={"0": " (SiLU)"}).items():
    row = np.nonzero(np.isclose(minima["alpha"], float(value)))[0]
    if len(row):
        bookplot.mark(ax, line, minima["x_min"][row[0]], 0)
ax.legend(loc="upper left", frameon=False)
