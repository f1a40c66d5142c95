"""Mish, its derivative, SiLU and ReLU, from the `curves` listing; the
minimum, from the `minimum` listing."""
import bookplot

d, ax = bookplot.figure("mish", "curves")
mish = ax.plot(d["x"], d["mish"], linewidth=2, label="Mish(x) = x tanh(softplus(x))")
ax.plot(d["x"], d["derivative"], linewidth=2, label="Mish′(x)")
ax.plot(d["x"], d["silu"], linewidth=1.4, linestyle="-.", color="C2", label="SiLU(x) = x σ(x)")
bookplot.reference(ax, d["x"], d["relu"], "ReLU, max(x, 0)")
bookplot.mark(ax, mish, bookplot.value("mish", "minimum", "x_min"), bookplot.value("mish", "minimum", "min_value"),
              "minimum at x = " + bookplot.shown("mish", "minimum", "x_min"), offset=(-40, 45), ha="center")
ax.set_ylim(-0.6, bookplot.top(d["mish"], d["derivative"], d["relu"]))
ax.legend(loc="upper left", frameon=False)
