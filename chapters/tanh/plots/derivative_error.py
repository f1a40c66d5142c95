"""Relative error of the two ways of computing tanh's slope, from the
`derivative` listing (log scale; an error of 1 means the result is 0)."""
import numpy as np
import bookplot

fig, ax = bookplot.axes(xlabel="$x$", ylabel="relative error")
for line in list(ax.lines):  # the axis line y = 0 has no place on a log scale
    line.remove()
ax.relim()
for kind, style in (("float", "-"), ("double", "--")):
    d = bookplot.results("tanh", "relative_error_" + kind)
    floor = 1e-18  # exact results (error 0) are drawn at the floor of the plot
    ax.plot(d["x"], np.maximum(d["from_output"], floor), style, linewidth=1.6,
            color="C3", label=f"1 − t² from the output, {kind}")
    ax.plot(d["x"], np.maximum(d["from_input"], floor), style, linewidth=1.6,
            color="C0", label=f"act::tanh_derivative, {kind}")
ax.set_yscale("log")
ax.set_ylim(1e-18, 3)
ax.set_xlim(0, 23)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, frameon=False, fontsize=8)
