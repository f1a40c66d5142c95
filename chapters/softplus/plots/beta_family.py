"""Softplus for several values of beta, from the `curves` listing, with the
gap to ReLU at the origin, log(2)/beta, that the listing computed."""
import bookplot

d = bookplot.results("softplus", "beta_family")
shown = abs(d["x"]) <= 4
x = d["x"][shown]
fig, ax = bookplot.axes()
columns = [c for c in d if c.startswith("beta=")]
for column in columns:
    line = ax.plot(x, d[column][shown], linewidth=1.8, label="β = " + column.split("=")[1])
    bookplot.mark(ax, line, 0, bookplot.value("softplus", "curves", "gap_beta_" + column.split("=")[1]))
ax.plot(x, [max(v, 0.0) for v in x], color="0.3", linestyle="--", linewidth=1, label="ReLU")
ax.set_xlim(-4, 4)
ax.set_ylim(-0.2, bookplot.top(*(d[c][shown] for c in columns)))
ax.legend(loc="upper left", frameon=False)
