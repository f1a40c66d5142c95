"""The slope SUGAR's backward pass uses, for each surrogate, and ReLU's own
derivative, from the `surrogates` listing. ReLU's is drawn last, dashed and
broken at its jump, over the slopes that equal it on the right."""
import bookplot

d, ax = bookplot.figure("sugar", "slopes", ylabel="slope used by the backward pass")
names = ["bsilu", "nelu", "elu", "selu", "leaky_relu", "gelu", "silu", "mish"]
styles = {"bsilu": dict(linewidth=2.6), "nelu": dict(linewidth=2.6)}
for name in names:
    ax.plot(*bookplot.break_jumps(d["x"], d[name]), label=name.replace("_", " "),
            **styles.get(name, dict(linewidth=1.2)))
ax.plot(*bookplot.break_jumps(d["x"], d["relu"]), color="0.1", linestyle=(0, (4, 3)), linewidth=1.2,
        label="ReLU′ (0 left of 0)")
ax.set_ylim(-0.25, bookplot.top(*(d[n] for n in names)))
ax.legend(loc="upper left", frameon=False, ncol=2, fontsize="small")
