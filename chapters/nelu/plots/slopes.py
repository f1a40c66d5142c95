"""The slopes SUGAR can send back through a ReLU: ReLU's own, B-SiLU's and
NeLU's, from the `curves` listing."""
import bookplot

d = bookplot.results("nelu", "slopes")
fig, ax = bookplot.axes()
ax.plot(d["x"], d["relu'"], color="0.6", linestyle="--", linewidth=1.2, label="ReLU′")
ax.plot(d["x"], d["bsilu'"], linewidth=2, label="B-SiLU′, α = 1.67")
ax.plot(d["x"], d["nelu'"], linewidth=2, label="NeLU′, α = 0.05")
ax.set_ylim(-0.1, 1.4)
ax.legend(loc="upper left", frameon=False)
