"""NeLU for the alpha values the paper tried, from the `curves` listing: the
negative side on its own scale (on the positive side every alpha gives x)."""
import bookplot

d = bookplot.results("nelu", "alpha_family")
shown = d["x"] <= 0.25
fig, ax = bookplot.axes()
for name in [k for k in d if k.startswith("alpha=")]:
    ax.plot(d["x"][shown], d[name][shown], linewidth=1.8, label="NeLU, " + name.replace("alpha=", "α = "))
ax.set_ylim(-0.05, 0.3)
ax.set_xlim(-6, 0.3)
ax.legend(loc="upper right", frameon=False)
