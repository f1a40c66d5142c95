"""Every activation function of the library on shared axes, from the
comparison page's `curves` listing (one column per function)."""
import bookplot

d, ax = bookplot.figure("comparison", "functions", ylim=(-2, 3))
styles = ["-", "--", ":", "-."]
for i, name in enumerate(c for c in d if c != "x"):
    ax.plot(d["x"], d[name], linestyle=styles[(i // 10) % len(styles)], linewidth=1.6, label=name)
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize=8)
