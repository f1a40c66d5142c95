"""B-SiLU (alpha = 1.67), its derivative and ReLU, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("bsilu", "curves", ylim=(-1.2, 6.2))
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
ax.axhline(-1.67 / 2, color="0.6", linestyle=":", linewidth=1.2, label="−α/2 (the article's \"lower bound\")")
ax.plot(d["x"], d["bsilu"], linewidth=2, label="B-SiLU(x), α = 1.67")
ax.plot(d["x"], d["derivative"], linewidth=2, label="B-SiLU′(x)")
ax.legend(loc="upper left", frameon=False)
