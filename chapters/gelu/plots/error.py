"""The tanh approximation minus GELU, for the value and the slope, from the
`approximation` listing."""
import bookplot

d, ax = bookplot.figure("gelu", "error", ylabel="difference")
ax.plot(d["x"], d["value_gap"] * 1e4, linewidth=2, label="(tanh form − GELU) × 10⁴")
ax.plot(d["x"], d["slope_gap"] * 1e4, linewidth=2, linestyle="--", label="(slope of tanh form − GELU′) × 10⁴")
ax.axhline(0, color="0.6", linewidth=0.8)
ax.legend(loc="upper left", frameon=False)
