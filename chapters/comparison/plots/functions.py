"""Every activation function of the library on shared axes, from the
comparison page's `curves` listing (one column per function)."""
import bookplot

d = bookplot.results("comparison", "functions")
fig, ax = bookplot.axes()
styles = ["-", "--", ":", "-."]
for i, name in enumerate(c for c in d if c != "x"):
    ax.plot(d["x"], d[name], linestyle=styles[(i // 10) % len(styles)], linewidth=1.6, label=name)
ax.set_ylim(-2, 3)
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize=8)
