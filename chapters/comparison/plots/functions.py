"""Every activation function of the library, one panel each, from the
comparison page's `curves` listing (one column per function): in each panel
the function in colour over the others in light grey, on the same axes, so
that each can be read alone and against the rest. A dot marks the minimum
where the `properties` listing found one."""
import bookplot

d = bookplot.results("comparison", "functions")
names = [c for c in d if c != "x"]
# each panel titled as the pages spell the function, from its act::Description
titles = {n: bookplot.text("comparison", "curves", n + "_title") for n in names}
fig, panels = bookplot.small_multiples(names, ylabel="$f(x)$", titles=titles)
for name, ax in panels:
    line = bookplot.highlight(ax, d, name, "C0")
    try:
        where = bookplot.value("comparison", "properties", name + "_argmin")
    except KeyError:   # no minimum: the lower bound is a limit, or none
        continue
    bookplot.mark(ax, line, where, bookplot.value("comparison", "properties", name + "_lower"))
