"""The surrogate functions themselves, with ReLU, from the `surrogates` listing."""
import bookplot

d, ax = bookplot.figure("sugar", "functions", ylim=(-2, 4))
ax.plot(d["x"], d["relu"], color="0.2", linestyle="--", linewidth=1.4, label="ReLU")
for name in ["bsilu", "nelu", "elu", "selu", "leaky_relu", "gelu", "silu", "mish"]:
    ax.plot(d["x"], d[name], linewidth=2.2 if name in ("bsilu", "nelu") else 1.2,
            label=name.replace("_", " "))
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize="small")
