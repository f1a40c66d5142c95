"""B-SiLU for several alpha (alpha = 0 is SiLU), from the `curves` listing."""
import bookplot

d = bookplot.results("bsilu", "alpha_family")
fig, ax = bookplot.axes()
for name in [k for k in d if k.startswith("alpha=")]:
    ax.plot(d["x"], d[name], linewidth=1.8, label=name.replace("alpha=", "α = ") + (" (SiLU)" if name == "alpha=0" else ""))
ax.set_ylim(-2.0, 6.2)
ax.legend(loc="upper left", frameon=False)
