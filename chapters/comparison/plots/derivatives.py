"""Every derivative in the library on shared axes, from the comparison page's
`curves` listing (one column per function)."""
import numpy as np
import bookplot

d, ax = bookplot.figure("comparison", "derivatives", ylim=(-0.3, 1.9))
styles = ["-", "--", ":", "-."]
for i, name in enumerate(c for c in d if c != "x"):
    x, y = d["x"], d[name]
    # Break the line where the derivative jumps (ReLU, NeLU, SELU at 0)
    # instead of drawing a vertical connector.
    jumps = np.nonzero(np.abs(np.diff(y)) > 0.2)[0] + 1
    x, y = np.insert(x, jumps, np.nan), np.insert(y, jumps, np.nan)
    ax.plot(x, y, linestyle=styles[(i // 10) % len(styles)], linewidth=1.6, label=name + "′")
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize=8)
