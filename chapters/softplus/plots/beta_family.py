"""Softplus for several values of beta, from the `curves` listing."""
import bookplot

d = bookplot.results("softplus", "beta_family")
fig, ax = bookplot.axes()
for column in [c for c in d if c.startswith("beta=")]:
    ax.plot(d["x"], d[column], linewidth=1.8, label="β = " + column.split("=")[1])
ax.plot(d["x"], [max(v, 0.0) for v in d["x"]], color="0.3", linestyle="--", linewidth=1, label="ReLU")
ax.set_xlim(-4, 4)
ax.set_ylim(-0.2, 4.2)
ax.legend(loc="upper left", frameon=False)
