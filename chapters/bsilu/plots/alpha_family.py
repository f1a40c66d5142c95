"""B-SiLU for several alpha (alpha = 0 is SiLU), from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("bsilu", "alpha_family")
bookplot.family(ax, d, "alpha", "α", notes={"0": " (SiLU)"})
ax.set_ylim(-2.0, bookplot.top(*(d[n] for n in d if n != "x")))
ax.legend(loc="upper left", frameon=False)
