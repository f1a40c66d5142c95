"""Softplus, its derivative (the sigmoid) and ReLU, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("softplus", "curves", ylim=(-0.5, 6.2))
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
ax.plot(d["x"], d["softplus"], linewidth=2, label="softplus(x) = log(1 + eˣ)")
ax.plot(d["x"], d["derivative"], linewidth=2, label="softplus′(x) = σ(x)")
ax.legend(loc="upper left", frameon=False)
