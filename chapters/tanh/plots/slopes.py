"""The slopes of tanh and of the sigmoid, from the `curves` listing; where
tanh's falls below the sigmoid's, from the `saturation` listing."""
import numpy as np
import bookplot

d, ax = bookplot.figure("tanh", "curves", ylim=(-0.05, 1.1))
tanh = ax.plot(d["x"], d["tanh_derivative"], linewidth=2, label="tanh′(x) = 1 − tanh²(x)")
ax.plot(d["x"], d["sigmoid_derivative"], linewidth=2, linestyle="-.", label="σ′(x) = σ(x)(1 − σ(x))")
cross = bookplot.value("tanh", "saturation", "slopes_cross_from")
for x in (-cross, cross):
    bookplot.mark(ax, tanh, x, float(np.interp(x, d["x"], d["tanh_derivative"])),
                  "the slopes cross" if x > 0 else None, offset=(14, 22))
ax.legend(loc="upper left", frameon=False)
