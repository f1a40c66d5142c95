"""Planted: a curve that leaves its axes at the top (y = x up to 6, limits
up to 3). bookplot's check must fail it ("leaves its axes")."""
import numpy as np
import bookplot

x = np.linspace(-3, 6, 91)
fig, ax = bookplot.axes()
ax.plot(x, np.maximum(x, 0), label="ReLU")
ax.set_ylim(-0.5, 3)
ax.legend(loc="upper left", frameon=False)
