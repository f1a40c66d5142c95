"""LeakyReLU and its derivative on shared axes, from the `curves` listing
(drawn with a larger slope than PyTorch's 0.01 so that it can be seen);
ReLU is drawn last, dashed, over LeakyReLU, which equals it on the right."""
import bookplot

d, ax = bookplot.figure("relu", "curves", ylim=(-0.6, 3.2))
x = d["x"]
ax.plot(x, d["leaky_relu"], linewidth=2, label="LeakyReLU(x)")
left, right = x < 0, x > 0
ax.plot(x[left], d["leaky_relu_derivative"][left], linewidth=2, color="C1", label="LeakyReLU′(x)")
ax.plot(x[right], d["leaky_relu_derivative"][right], linewidth=2, color="C1")
ax.plot(x, d["relu"], color="0.15", linestyle=(0, (4, 3)), linewidth=1.2, label="ReLU")
ax.legend(loc="upper left", frameon=False)
