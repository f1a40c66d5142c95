"""The tanh approximation minus GELU, for the value and the slope, from the
`approximation` listing; the largest gap of the values is marked."""
import numpy as np
import bookplot

d, ax = bookplot.figure("gelu", "error", ylabel="difference")
value = ax.plot(d["x"], d["value_gap"] * 1e4, linewidth=2, label="(tanh form − GELU) × 10⁴")
ax.plot(d["x"], d["slope_gap"] * 1e4, linewidth=2, linestyle="--", label="(slope of tanh form − GELU′) × 10⁴")
at = bookplot.value("gelu", "approximation", "max_abs_gap_at")
bookplot.mark(ax, value, at, float(np.interp(at, d["x"], d["value_gap"])) * 1e4,
              "largest gap, x = " + bookplot.shown("gelu", "approximation", "max_abs_gap_at"), offset=(12, 18))
ax.legend(loc="upper left", frameon=False)
