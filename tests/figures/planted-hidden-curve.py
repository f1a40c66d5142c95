"""Planted: ReLU drawn first, then two curves equal to it on most of the
range, on top of it. bookplot's check must fail it ("hides under the other
curves")."""
import numpy as np
import bookplot

x = np.linspace(-3, 3, 61)
fig, ax = bookplot.axes()
ax.plot(x, np.maximum(x, 0), linewidth=1.2, label="ReLU")
ax.plot(x, np.where(x > 0, x, 0.01 * x), linewidth=2.5, label="LeakyReLU")
ax.plot(x, np.where(x > 0, x, 0.05 * np.expm1(x)), linewidth=2.5, label="ELU, small alpha")
ax.set_ylim(-0.5, 3.2)
ax.legend(loc="upper left", frameon=False)
