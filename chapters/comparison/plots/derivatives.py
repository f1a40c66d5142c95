"""Every derivative in the library, one panel each, from the comparison
page's `curves` listing (one column per function), laid out as the
functions' figure. A derivative that jumps (ReLU, LeakyReLU, NeLU, SELU at
0) is drawn in two pieces. A dot marks the root where the function has its
minimum (found by the `properties` listing), if the slope is smooth there."""
import bookplot

d = bookplot.results("comparison", "derivatives")
names = [c for c in d if c != "x"]
# each panel titled as the pages spell the function, from its act::Description
titles = {n: bookplot.text("comparison", "curves", n + "_title") for n in names}
fig, panels = bookplot.small_multiples(names, ylabel="$f'(x)$", titles=titles)
for name, ax in panels:
    line = bookplot.highlight(ax, d, name, "C1", breaks=True)
    try:
        where = bookplot.value("comparison", "properties", name + "_argmin")
    except KeyError:
        continue
    if where < 0:   # NeLU's minimum is at its kink, 0, where the slope jumps
        bookplot.mark(ax, line, where, 0)
