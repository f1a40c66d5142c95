"""Relative error of the two ways of computing tanh's slope, from the
`derivative` listing (log scale; an error of 1 means the result is 0, and
an exact result is drawn at the bottom of the plot)."""
import numpy as np
import bookplot

FLOOR = 1e-18
CURVES = [  # (type, column, colour, line style, label)
    ("float", "from_output", "C3", "-", "1 − t² from the output, float"),
    ("float", "from_input", "C0", "-", "act::tanh_derivative, float"),
    ("double", "from_output", "C3", "--", "1 − t² from the output, double"),
    ("double", "from_input", "C0", "--", "act::tanh_derivative, double"),
]

fig, ax = bookplot.axes(xlabel="$x$", ylabel="relative error")
for line in list(ax.lines):  # no axis line y = 0 on a log scale
    line.remove()
data = {kind: bookplot.results("tanh", "relative_error_" + kind) for kind in ("float", "double")}
for kind, column, colour, style, label in CURVES:
    d = data[kind]
    ax.plot(d["x"], np.clip(d[column], FLOOR, None), linestyle=style, color=colour, linewidth=1.6, label=label)
ax.set(yscale="log", xlim=(0, 23), ylim=(FLOOR, 3))
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, frameon=False, fontsize=8)
