"""NeLU's slope on the negative side for the paper's alpha values, from the
`curves` listing."""
import bookplot

d, ax = bookplot.figure("nelu", "alpha_family_derivative", xlim=(-6, 0.5), ylim=(-0.075, 0.02))
bookplot.family(ax, d, "alpha", "α", label="NeLU′, {}")
ax.legend(loc="lower left", frameon=False)
