"""Planted: eleven curves in matplotlib's ten default colours, so that the
first and the eleventh look the same. bookplot's check must fail it ("the
same colour and style")."""
import numpy as np
import bookplot

x = np.linspace(-3, 3, 61)
fig, ax = bookplot.axes()
for k in range(11):
    ax.plot(x, np.tanh(x) + 0.3 * k, label=f"curve {k}")
ax.set_ylim(-1.2, 4.5)
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize=8)
