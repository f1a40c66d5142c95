"""ReLU and its derivative on shared axes, from the `curves` listing. The
derivative jumps at 0; the dot marks the value the library (and PyTorch,
TensorFlow) use there."""
import numpy as np
import bookplot

d, ax = bookplot.figure("relu", "curves", ylim=(-0.5, 3.2))
x = d["x"]
ax.plot(x, d["relu"], linewidth=2, label="ReLU(x) = max(x, 0)")
left, right = x < 0, x > 0
ax.plot(x[left], d["relu_derivative"][left], linewidth=2, color="C1", label="ReLU′(x)")
ax.plot(x[right], d["relu_derivative"][right], linewidth=2, color="C1")
ax.plot([0], [0], "o", color="C1", markersize=6)                       # value used at 0
ax.plot([0], [1], "o", color="C1", markerfacecolor="white", markersize=6)  # not taken
ax.legend(loc="upper left", frameon=False)
