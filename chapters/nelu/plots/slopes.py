"""The slopes SUGAR can send back through a ReLU: ReLU's own, B-SiLU's and
NeLU's, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("nelu", "slopes", ylim=(-0.1, 1.4))
bookplot.reference(ax, d["x"], d["relu'"], "ReLU′")
ax.plot(d["x"], d["bsilu'"], linewidth=2, label="B-SiLU′, α = 1.67")
ax.plot(d["x"], d["nelu'"], linewidth=2, label="NeLU′, α = 0.05")
ax.legend(loc="upper left", frameon=False)
