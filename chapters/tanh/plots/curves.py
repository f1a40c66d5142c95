"""Tanh, the sigmoid and Hardtanh, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("tanh", "curves", ylim=(-1.15, 1.15))
ax.plot(d["x"], d["tanh"], linewidth=2, label="tanh(x)")
ax.plot(d["x"], d["sigmoid"], linewidth=2, linestyle="-.", label="σ(x), for comparison")
bookplot.reference(ax, d["x"], d["hardtanh"], "Hardtanh, x clamped to [−1, 1]")
ax.legend(loc="upper left", frameon=False)
