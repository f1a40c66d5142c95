"""Softplus for several values of beta, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("softplus", "beta_family", xlim=(-4, 4), ylim=(-0.2, 4.2))
bookplot.family(ax, d, "beta", "β")
ax.plot(d["x"], [max(v, 0.0) for v in d["x"]], color="0.3", linestyle="--", linewidth=1, label="ReLU")
ax.legend(loc="upper left", frameon=False)
