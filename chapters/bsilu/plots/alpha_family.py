"""B-SiLU for several alpha (alpha = 0 is SiLU), from the `curves` listing."""
import bookplot

d = bookplot.results("bsilu", "alpha_family")
names = [k for k in d if k.startswith("alpha=")]
fig, ax = bookplot.axes()
for name in names:
    ax.plot(d["x"], d[name], linewidth=1.8, label=name.replace("alpha=", "α = ") + (" (SiLU)" if name == "alpha=0" else ""))
ax.set_ylim(-2.0, bookplot.top(*(d[n] for n in names)))
ax.legend(loc="upper left", frameon=False)
