"""Relative error of the central difference of exp at x = 1 against the step
h, from the `measure` listing (log-log): truncation error falls like h^2,
rounding error grows like epsilon / h."""
import numpy as np
import bookplot

fig, ax = bookplot.axes(xlabel="step $h$", ylabel="relative error")
for line in list(ax.lines):  # the axis lines have no place on log scales
    line.remove()
ax.relim()
d = bookplot.results("numbers", "central_difference")
h, err = d["h"], np.maximum(d["relative error"], 1e-17)
ax.loglog(h, err, "o-", markersize=3, linewidth=1.4, color="C0", label="measured, double")
eps = np.finfo(float).eps
ax.loglog(h, h**2 / 6, "--", linewidth=1, color="C1", label="truncation $h^2/6$")
ax.loglog(h, eps / h, ":", linewidth=1.2, color="C3", label=r"rounding $\varepsilon/h$")
ax.set_ylim(1e-13, 1)
ax.invert_xaxis()
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, frameon=False, fontsize=8)
