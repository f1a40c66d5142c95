"""NeLU's slope on the negative side for the paper's alpha values, from the
`curves` listing."""
import bookplot

d = bookplot.results("nelu", "alpha_family_derivative")
fig, ax = bookplot.axes()
for name in [k for k in d if k.startswith("alpha=")]:
    ax.plot(d["x"], d[name], linewidth=1.8, label="NeLU′, " + name.replace("alpha=", "α = "))
ax.set_xlim(-6, 0.5)
ax.set_ylim(-0.075, 0.02)
ax.legend(loc="lower left", frameon=False)
