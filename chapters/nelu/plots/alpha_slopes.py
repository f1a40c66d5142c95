"""NeLU's slope on the negative side for the paper's alpha values, from the
`curves` listing; the steepest point of each, from the `exercises` listing."""
import bookplot

d, ax = bookplot.figure("nelu", "alpha_family_derivative", xlim=(-6, 0.5), ylim=(-0.075, 0.02))
d = {k: v[d["x"] < 0] for k, v in d.items()}
at = bookplot.value("nelu", "exercises", "steepest_at")
for value, line in bookplot.family(ax, d, "alpha", "α", label="NeLU′, {}").items():
    bookplot.mark(ax, line, at, bookplot.value("nelu", "exercises", "steepest_" + value))
ax.axvline(at, color="0.6", linestyle=":", linewidth=1)
ax.annotate("steepest at x = " + bookplot.shown("nelu", "exercises", "steepest_at"), (at, 0.006),
            xytext=(-4, 0), textcoords="offset points", ha="right", fontsize=9)
ax.legend(loc="lower left", frameon=False)
