"""Softplus, its derivative (the sigmoid) and ReLU, from the `curves` listing."""
import bookplot

d = bookplot.results("softplus", "curves")
fig, ax = bookplot.axes()
ax.plot(d["x"], d["relu"], color="0.6", linestyle="--", linewidth=1.2, label="ReLU, max(x, 0)")
ax.plot(d["x"], d["softplus"], linewidth=2, label="softplus(x) = log(1 + eˣ)")
ax.plot(d["x"], d["derivative"], linewidth=2, label="softplus′(x) = σ(x)")
ax.set_ylim(-0.5, 6.2)
ax.legend(loc="upper left", frameon=False)
