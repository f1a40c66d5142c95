"""Planted: a minimum marked at the wrong place (a typed value, not the
curve's). bookplot's check must fail it ("is not on its curve")."""
import numpy as np
import bookplot

x = np.linspace(-6, 2, 161)
fig, ax = bookplot.axes()
line = ax.plot(x, x / (1 + np.exp(-x)), label="SiLU")
bookplot.mark(ax, line, -1.28, -0.1, "minimum")   # the true minimum is -0.278
ax.set_ylim(-0.5, 2)
ax.legend(loc="upper left", frameon=False)
