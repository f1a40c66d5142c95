"""GELU, its tanh approximation, their derivatives and ReLU, from the
`curves` listing."""
import bookplot

d, ax = bookplot.figure("gelu", "curves", ylim=(-0.3, 5.2))
ax.plot(d["x"], d["gelu"], linewidth=2, label="GELU(x) = x Φ(x)")
ax.plot(d["x"], d["derivative"], linewidth=2, label="GELU′(x)")
ax.plot(d["x"], d["gelu_tanh"], linewidth=1.2, linestyle=":", color="black", label="tanh approximation")
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
ax.legend(loc="upper left", frameon=False)
