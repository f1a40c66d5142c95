"""The slopes SUGAR can send back through a ReLU: ReLU's own, B-SiLU's and
NeLU's, from the `curves` listing. ReLU's is drawn last, dashed, over
NeLU's, which equals it right of 0."""
import bookplot

d, ax = bookplot.figure("nelu", "slopes")
ax.plot(d["x"], d["bsilu'"], linewidth=2, label="B-SiLU′, α = 1.67")
ax.plot(*bookplot.break_jumps(d["x"], d["nelu'"]), linewidth=2.4, color="C1", label="NeLU′, α = 0.05")
ax.plot(*bookplot.break_jumps(d["x"], d["relu'"]), color="0.15", linestyle=(0, (4, 3)), linewidth=1.2,
        label="ReLU′")
ax.set_ylim(-0.1, bookplot.top(d["bsilu'"], d["nelu'"]))
ax.legend(loc="upper left", frameon=False)
