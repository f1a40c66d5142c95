"""NeLU for the alpha values the paper tried, from the `curves` listing: the
negative side on its own scale (on the positive side every alpha gives x)."""
import bookplot

d, ax = bookplot.figure("nelu", "alpha_family", xlim=(-6, 0.3), ylim=(-0.05, 0.3))
d = {k: v[d["x"] <= 0.25] for k, v in d.items()}
bookplot.family(ax, d, "alpha", "α", label="NeLU, {}")
ax.legend(loc="upper right", frameon=False)
