"""The sigmoid and its derivative on shared axes, from the `curves` listing,
with the largest slope that listing found."""
import bookplot

d, ax = bookplot.figure("sigmoid", "curves", ylim=(-0.1, 1.1))
ax.plot(d["x"], d["sigmoid"], linewidth=2, label="σ(x) = 1 / (1 + e⁻ˣ)")
slope = ax.plot(d["x"], d["derivative"], linewidth=2, label="σ′(x) = σ(x)(1 − σ(x))")
bookplot.mark(ax, slope, bookplot.value("sigmoid", "curves", "peak_x"), bookplot.value("sigmoid", "curves", "peak_slope"),
              "largest slope " + bookplot.shown("sigmoid", "curves", "peak_slope"), offset=(14, 10))
ax.axhline(1, color="0.6", linestyle="--", linewidth=1)
ax.legend(loc="upper left", frameon=False)
