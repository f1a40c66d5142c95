"""The sigmoid and its derivative on shared axes, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("sigmoid", "curves", ylim=(-0.1, 1.1))
ax.plot(d["x"], d["sigmoid"], linewidth=2, label="σ(x) = 1 / (1 + e⁻ˣ)")
ax.plot(d["x"], d["derivative"], linewidth=2, label="σ′(x) = σ(x)(1 − σ(x))")
ax.axhline(1, color="0.6", linestyle="--", linewidth=1)
ax.legend(loc="upper left", frameon=False)
