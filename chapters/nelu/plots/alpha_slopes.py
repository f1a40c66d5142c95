"""NeLU's slope on the negative side for the paper's alpha values, from the
`curves` listing; the steepest point of each, from the `exercises` listing."""
import bookplot

d = bookplot.results("nelu", "alpha_family_derivative")
shown = d["x"] < 0
at = bookplot.value("nelu", "exercises", "steepest_at")
fig, ax = bookplot.axes()
for name in [k for k in d if k.startswith("alpha=")]:
    line = ax.plot(d["x"][shown], d[name][shown], linewidth=1.8, label="NeLU′, " + name.replace("alpha=", "α = "))
    bookplot.mark(ax, line, at, bookplot.value("nelu", "exercises", "steepest_" + name.split("=")[1]))
ax.axvline(at, color="0.6", linestyle=":", linewidth=1)
ax.annotate("steepest at x = " + bookplot.shown("nelu", "exercises", "steepest_at"), (at, 0.006),
            xytext=(-4, 0), textcoords="offset points", ha="right", fontsize=9)
ax.set_xlim(-6, 0.5)
ax.set_ylim(-0.075, 0.02)
ax.legend(loc="lower left", frameon=False)
