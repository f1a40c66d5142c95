"""The slopes of tanh and of the sigmoid, from the `curves` listing."""
import bookplot

d, ax = bookplot.figure("tanh", "curves", ylim=(-0.05, 1.1))
ax.plot(d["x"], d["tanh_derivative"], linewidth=2, label="tanh′(x) = 1 − tanh²(x)")
ax.plot(d["x"], d["sigmoid_derivative"], linewidth=2, linestyle="-.", label="σ′(x) = σ(x)(1 − σ(x))")
ax.legend(loc="upper left", frameon=False)
