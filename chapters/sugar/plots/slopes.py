"""The slope SUGAR's backward pass uses, for each surrogate, and ReLU's own
derivative, from the `surrogates` listing."""
import bookplot

d, ax = bookplot.figure("sugar", "slopes", ylim=(-0.25, 1.4), ylabel="slope used by the backward pass")
ax.plot(d["x"], d["relu"], color="0.2", linestyle="--", linewidth=1.4, label="ReLU′ (0 left of 0)")
styles = {"bsilu": dict(linewidth=2.6), "nelu": dict(linewidth=2.6)}
for name in ["bsilu", "nelu", "elu", "selu", "leaky_relu", "gelu", "silu", "mish"]:
    ax.plot(d["x"], d[name], label=name.replace("_", " "), **styles.get(name, dict(linewidth=1.2)))
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize="small")
