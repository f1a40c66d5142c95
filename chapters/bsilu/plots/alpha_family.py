"""B-SiLU for several alpha (alpha = 0 is SiLU), from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("bsilu", "alpha_family", ylim=(-2.0, 6.2))
bookplot.family(ax, d, "alpha", "α", notes={"0": " (SiLU)"})
ax.legend(loc="upper left", frameon=False)
