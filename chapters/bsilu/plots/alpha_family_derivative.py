"""The slopes of B-SiLU for several alpha, from the `curves` listing."""
import bookplot

d = bookplot.results("bsilu", "alpha_family_derivative")
fig, ax = bookplot.axes()
for name in [k for k in d if k.startswith("alpha=")]:
    ax.plot(d["x"], d[name], linewidth=1.8, label=name.replace("alpha=", "α = ") + (" (SiLU)" if name == "alpha=0" else ""))
ax.set_ylim(-0.3, 1.8)
ax.legend(loc="upper left", frameon=False)
