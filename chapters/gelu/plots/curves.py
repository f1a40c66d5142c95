"""GELU, its tanh approximation, their derivatives and ReLU, from the
`curves` listing; the minimum, from the `minimum` listing."""
import bookplot

d, ax = bookplot.figure("gelu", "curves")
gelu = ax.plot(d["x"], d["gelu"], linewidth=2, label="GELU(x) = x Φ(x)")
ax.plot(d["x"], d["derivative"], linewidth=2, label="GELU′(x)")
ax.plot(d["x"], d["gelu_tanh"], linewidth=1.2, linestyle=":", color="black", label="tanh approximation")
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
bookplot.mark(ax, gelu, bookplot.value("gelu", "minimum", "x_min"), bookplot.value("gelu", "minimum", "min_value"),
              "minimum at x = " + bookplot.shown("gelu", "minimum", "x_min"), offset=(-20, 60), ha="center")
ax.set_ylim(-0.3, bookplot.top(d["gelu"], d["derivative"], d["relu"]))
ax.legend(loc="upper left", frameon=False)
