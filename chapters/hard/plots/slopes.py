"""The derivatives of Hardsigmoid, Hardswish, the sigmoid and SiLU, from the
`curves` listing; the jumps at the corners are drawn as breaks."""
import bookplot

d, ax = bookplot.figure("hard", "curves", ylabel="derivative")
ax.plot(*bookplot.break_jumps(d["x"], d["hardswish_derivative"], jump=0.1), linewidth=2, label="Hardswish′")
ax.plot(d["x"], d["silu_derivative"], linewidth=2, linestyle="-.", label="SiLU′")
ax.plot(*bookplot.break_jumps(d["x"], d["hardsigmoid_derivative"], jump=0.1), linewidth=2, linestyle="--",
        label="Hardsigmoid′")
ax.plot(d["x"], d["sigmoid_derivative"], linewidth=1.5, linestyle=":", color="black", label="σ′")
ax.set_ylim(-0.65, bookplot.top(d["hardswish_derivative"], d["silu_derivative"]))
ax.legend(loc="upper left", frameon=False)
