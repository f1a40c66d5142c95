"""SiLU, its derivative, the sigmoid gate and ReLU, from the `curves` listing;
the minimum x* and the derivative's root there, from the `minimum` listing."""
import bookplot

d, ax = bookplot.figure("silu", "curves")
x_star = bookplot.value("silu", "minimum", "x_star")
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
ax.plot(d["x"], d["sigmoid"], color="0.5", linestyle=":", linewidth=1.5, label="gate σ(x)")
silu = ax.plot(d["x"], d["silu"], linewidth=2, label="silu(x) = x σ(x)")
slope = ax.plot(d["x"], d["derivative"], linewidth=2, label="silu′(x)")
bookplot.mark(ax, silu, x_star, bookplot.value("silu", "minimum", "min_value"),
              "minimum at x* = " + bookplot.shown("silu", "minimum", "x_star"), offset=(75, -6), ha="left")
bookplot.mark(ax, slope, x_star, 0, "silu′(x*) = 0", offset=(-40, 40), ha="center")
ax.set_ylim(-0.6, bookplot.top(d["silu"], d["relu"]))
ax.legend(loc="upper left", frameon=False)
