"""One vector's softmax at several temperatures, from the `temperature`
listing: the probability of each component (x-axis: the component's logit)."""
import numpy as np
import bookplot

d, ax = bookplot.figure("softmax", "temperature", xlabel="logit $x_k$", ylabel="softmax$(x / t)_k$")
order = np.argsort(d["x"])  # draw each curve from the smallest logit to the largest
styles = ["-", "--", "-.", ":", (0, (5, 1, 1, 1))]
markers = ["o", "s", "^", "D", "v"]
columns = [k for k in d if k.startswith("t=")]
for name, style, marker in zip(columns, styles, markers):
    ax.plot(d["x"][order], d[name][order], linestyle=style, marker=marker, linewidth=1.6, markersize=5,
            label=f"t = {name[2:]}")
ax.set_ylim(-0.02, bookplot.top(*(d[c] for c in columns)))
ax.legend(loc="upper left", frameon=False)
