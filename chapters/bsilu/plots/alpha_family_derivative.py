"""The slopes of B-SiLU for several alpha, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("bsilu", "alpha_family_derivative", ylim=(-0.3, 1.8))
bookplot.family(ax, d, "alpha", "α", notes={"0": " (SiLU)"})
ax.legend(loc="upper left", frameon=False)
