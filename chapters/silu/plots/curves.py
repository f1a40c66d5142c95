"""SiLU, its derivative, the sigmoid gate and ReLU, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("silu", "curves", ylim=(-0.6, 6.2))
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
ax.plot(d["x"], d["sigmoid"], color="0.5", linestyle=":", linewidth=1.5, label="gate σ(x)")
ax.plot(d["x"], d["silu"], linewidth=2, label="silu(x) = x σ(x)")
ax.plot(d["x"], d["derivative"], linewidth=2, label="silu′(x)")
ax.legend(loc="upper left", frameon=False)
