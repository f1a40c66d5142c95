"""NeLU for the alpha values the paper tried, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("nelu", "alpha_family", xlim=(-6, 0.3), ylim=(-0.05, 0.3))
bookplot.family(ax, d, "alpha", "α", label="NeLU, {}")
ax.legend(loc="upper right", frameon=False)
