"""Relative error of the central difference of exp at x = 1 against the step
h, from the `measure` listing (log-log): truncation error falls like h^2,
rounding error grows like epsilon / h. The best step is marked."""
import numpy as np
import bookplot

fig, ax = bookplot.axes(xlabel="step $h$", ylabel="relative error")
for line in list(ax.lines):  # the axis lines have no place on log scales
    line.remove()
ax.relim()
d = bookplot.results("numbers", "central_difference")
h, err = d["h"], np.maximum(d["relative error"], 1e-17)
measured = ax.loglog(h, err, "o-", markersize=3, linewidth=1.4, color="C0", label="measured, double")
bookplot.mark(ax, measured, bookplot.value("numbers", "measure", "cd_best_h"),
              bookplot.value("numbers", "measure", "cd_best_error"), "best step", offset=(10, -22))
eps = np.finfo(float).eps
low = err.min() / 10
shown = h**2 / 6 >= low   # each model drawn where it is inside the axes
ax.loglog(h[shown], h[shown]**2 / 6, "--", linewidth=1, color="C1", label="truncation $h^2/6$")
shown = eps / h >= low
ax.loglog(h[shown], eps / h[shown], ":", linewidth=1.2, color="C3", label=r"rounding $\varepsilon/h$")
ax.set_ylim(low, 1)
ax.invert_xaxis()
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3, frameon=False, fontsize=8)
