"""The slopes of B-SiLU for several alpha, from the `curves` listing; each
one's root (the function's minimum), from the `minimum` listing's table."""
import numpy as np
import bookplot

d = bookplot.results("bsilu", "alpha_family_derivative")
minima = bookplot.results("bsilu", "minima")
fig, ax = bookplot.axes()
for name in [k for k in d if k.startswith("alpha=")]:
    line = ax.plot(d["x"], d[name], linewidth=1.8,
                   label=name.replace("alpha=", "α = ") + (" (SiLU)" if name == "alpha=0" else ""))
    alpha = float(name.split("=")[1])
    row = np.nonzero(np.isclose(minima["alpha"], alpha))[0]
    if len(row):
        bookplot.mark(ax, line, minima["x_min"][row[0]], 0)
ax.set_ylim(-0.3, 1.8)
ax.legend(loc="upper left", frameon=False)
