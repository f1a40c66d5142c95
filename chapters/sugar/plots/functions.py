"""The surrogate functions themselves, with ReLU, from the `surrogates`
listing. ReLU is drawn last, dashed, over the surrogates that equal it on
the right."""
import bookplot

d, ax = bookplot.figure("sugar", "functions")
names = ["bsilu", "nelu", "elu", "selu", "leaky_relu", "gelu", "silu", "mish"]
for name in names:
    ax.plot(d["x"], d[name], linewidth=2.2 if name in ("bsilu", "nelu") else 1.2,
            label=name.replace("_", " "))
ax.plot(d["x"], d["relu"], color="0.1", linestyle=(0, (4, 3)), linewidth=1.2, label="ReLU")
ax.set_ylim(-2, bookplot.top(*(d[n] for n in names)))
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize="small")
