"""Mish minus SiLU, from the `curves` listing; its largest and most negative
values, from the `silu` listing."""
import bookplot

d, ax = bookplot.figure("mish", "curves", ylabel="Mish(x) − SiLU(x)")
gap = ax.plot(d["x"], d["gap"], linewidth=2, label="Mish(x) − SiLU(x)")
bookplot.mark(ax, gap, bookplot.value("mish", "silu", "max_gap_at"), bookplot.value("mish", "silu", "max_gap"),
              "largest gap at x = " + bookplot.shown("mish", "silu", "max_gap_at"), offset=(16, -6))
bookplot.mark(ax, gap, bookplot.value("mish", "silu", "min_gap_at"), bookplot.value("mish", "silu", "min_gap"),
              "most negative at x = " + bookplot.shown("mish", "silu", "min_gap_at"), offset=(-15, 30), ha="right")
low = min(d["gap"])
ax.set_ylim(low - 0.05 * (max(d["gap"]) - low), bookplot.top(d["gap"]))
ax.legend(loc="upper left", frameon=False)
