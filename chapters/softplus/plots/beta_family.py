"""Softplus for several values of beta, from the `curves` listing, with the
gap to ReLU at the origin, log(2)/beta, that the listing computed."""
import bookplot

d, ax = bookplot.figure("softplus", "beta_family", xlim=(-4, 4))
d = {k: v[abs(d["x"]) <= 4] for k, v in d.items()}
for beta, line in bookplot.family(ax, d, "beta", "β").items():
    bookplot.mark(ax, line, 0, bookplot.value("softplus", "curves", "gap_beta_" + beta))
ax.plot(d["x"], [max(v, 0.0) for v in d["x"]], color="0.3", linestyle="--", linewidth=1, label="ReLU")
ax.set_ylim(-0.2, bookplot.top(*(d[c] for c in d if c.startswith("beta="))))
ax.legend(loc="upper left", frameon=False)
