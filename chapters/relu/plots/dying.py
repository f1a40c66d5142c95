"""Training loss of one ReLU unit and one LeakyReLU unit after the same large
first step, from the `dying` listing."""
import bookplot

d = bookplot.results("relu", "dying")
fig, ax = bookplot.axes(xlabel="gradient step", ylabel="loss")
for line in list(ax.lines):  # the axis lines have no place on a log scale
    line.remove()
ax.relim()
ax.plot(d["step"], d["relu_loss"], linewidth=2, label="ReLU unit")
ax.plot(d["step"], d["leaky_loss"], linewidth=2, label="LeakyReLU unit (slope 0.01)")
ax.set_yscale("log")
ax.legend(loc="lower left", frameon=False)
