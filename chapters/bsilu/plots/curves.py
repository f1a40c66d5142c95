"""B-SiLU (alpha = 1.67), its derivative and ReLU, from the `curves` listing;
the minimum and the derivative's root there, from the `minimum` listing."""
import bookplot

d, ax = bookplot.figure("bsilu", "curves")
x_min = bookplot.value("bsilu", "minimum", "x_min")
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
ax.axhline(-1.67 / 2, color="0.6", linestyle=":", linewidth=1.2, label="−α/2 (the article's \"lower bound\")")
bsilu = ax.plot(d["x"], d["bsilu"], linewidth=2, label="B-SiLU(x), α = 1.67")
slope = ax.plot(d["x"], d["derivative"], linewidth=2, label="B-SiLU′(x)")
bookplot.mark(ax, bsilu, x_min, bookplot.value("bsilu", "minimum", "min_value"),
              "minimum at x = " + bookplot.shown("bsilu", "minimum", "x_min"), offset=(-10, 90), ha="center")
bookplot.mark(ax, slope, x_min, 0, "B-SiLU′ = 0", offset=(-30, 45), ha="center")
ax.set_ylim(-1.2, bookplot.top(d["bsilu"], d["relu"]))
ax.legend(loc="upper left", frameon=False)
