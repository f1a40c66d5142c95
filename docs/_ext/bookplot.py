"""Helpers for the chapters' plot scripts (chapters/<name>/plots/*.py): read
the CSV and JSON a listing wrote during the build, draw on the book's common
axes, so that every function in the book is plotted the same way, and mark
the points the prose talks about.

It also checks every figure the book draws (check_figures(), called by
actbook after each plot script, so that a failure fails the docs build):

- no curve leaves its axes: every point of every line, filled area, marker
  and bar lies inside the axes' box (a curve cut off by the axes would
  hide where it goes);
- no two curves of one axes share a style (colour, line style and marker):
  the legend could not tell them apart;
- no curve hides under the others: at least VISIBLE_FRACTION of the ink a
  labelled curve would have alone on its axes still shows when every curve
  is drawn;
- a point marked with mark() lies on its curve.

Run as a script, it checks one plot script the same way:

    python3 docs/_ext/bookplot.py SCRIPT.py   # exit 1 and the problems if it fails
"""
import csv
import json
import os
import runpy
import sys

import numpy as np
import matplotlib
import matplotlib.pyplot as plt
from matplotlib.collections import Collection
from matplotlib.lines import Line2D

# A labelled curve must keep at least this share of its own pixels visible.
VISIBLE_FRACTION = 0.3
# How far (in pixels) a point may lie outside its axes, or a mark off its curve.
TOLERANCE_PX = 1.0


def _results_dir():
    base = os.environ.get("ACT_RESULTS_DIR")
    if not base:
        raise RuntimeError("ACT_RESULTS_DIR is not set: build the book with ./book build")
    return base


def results(chapter, name):
    """Columns of results/<chapter>/<name>.csv as a dict of numpy arrays.

    A plot script reads its own chapter's results only: the site's build
    draws a figure again when a CSV or JSON file of results/<chapter>/ of
    the script's chapter changes (actbook.PlotDirective), not another's."""
    path = os.path.join(_results_dir(), chapter, name + ".csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    return {h: np.array([float(r[i]) for r in body]) for i, h in enumerate(header)}


def _value_text(chapter, stem, key):
    path = os.path.join(_results_dir(), chapter, stem + ".json")
    with open(path, encoding="utf-8") as f:
        return str(json.load(f)[key])


def value(chapter, stem, key):
    """A number a listing wrote with program.value(key, ...): `key` of
    results/<chapter>/<stem>.json, the file the prose's {value} role reads.
    Same rule as results(): the script's own chapter only."""
    return float(_value_text(chapter, stem, key).replace("\u2212", "-"))


def text(chapter, stem, key):
    """A text a listing wrote with program.value(key, "..."), as it is (a
    name, a title)."""
    return _value_text(chapter, stem, key)


def shown(chapter, stem, key):
    """The same value as the prose shows it (the listing's digits, a true
    minus sign), for a label."""
    return _value_text(chapter, stem, key).replace("-", "\u2212")


def axes(title=None, xlabel="$x$", ylabel=None, ax=None):
    """A figure with the book's axes: light grid, the x and y axes drawn.
    With `ax`, styles that axes of an existing figure instead (small
    multiples) and returns it alone."""
    fig = None
    if ax is None:
        fig, ax = plt.subplots()
    ax.grid(True, color="0.9", linewidth=0.8)
    ax.axhline(0, color="0.4", linewidth=0.8)
    ax.axvline(0, color="0.4", linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if title:
        ax.set_title(title)
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    return ax if fig is None else (fig, ax)


def figure(chapter, name, xlim=None, ylim=None, **labels):
    """The columns of results/<chapter>/<name>.csv (results()) and the book's
    axes to draw them on (axes(), with `labels`), limited to `xlim` and
    `ylim` if given: the start of most figures. A limit that depends on the
    curves (top()) is set after drawing them."""
    _, ax = axes(**labels)
    if xlim:
        ax.set_xlim(*xlim)
    if ylim:
        ax.set_ylim(*ylim)
    return results(chapter, name), ax


def reference(ax, x, y, label):
    """A curve drawn for comparison only (ReLU beside a smooth function): thin,
    grey, dashed, behind the curves the figure is about."""
    return ax.plot(x, y, color="0.6", linestyle="--", linewidth=1.2, label=label)[0]


def family(ax, d, parameter, symbol, label="{}", notes=None):
    """One curve per column '<parameter>=<value>' of d against d["x"] (the
    CSV that listing.hpp's Program::family writes), labelled
    label.format('<symbol> = <value>'), plus notes.get('<value>', '').
    Returns {'<value>': line}, for mark()."""
    notes = notes or {}
    lines = {}
    prefix = parameter + "="
    for name in [k for k in d if k.startswith(prefix)]:
        value = name[len(prefix):]
        lines[value] = ax.plot(d["x"], d[name], linewidth=1.8,
                               label=label.format(f"{symbol} = {value}") + notes.get(value, ""))[0]
    return lines


def mark(ax, line, x, y, text=None, offset=(12, -18), ha="left"):
    """Mark the point (x, y) of the curve `line` (what ax.plot returned, or
    its first element) with a dot, and `text` beside it if given. x and y
    come from a listing (value(), results()), never typed: check_figures()
    fails if the point does not lie on the curve as drawn."""
    if isinstance(line, (list, tuple)):
        line = line[0]
    ax.plot([x], [y], "o", color=line.get_color(), markersize=6, zorder=5,
            markeredgecolor="white", markeredgewidth=0.8, label="_mark")
    if text:
        ax.annotate(text, (x, y), xytext=offset, textcoords="offset points", ha=ha, fontsize=9,
                    arrowprops=dict(arrowstyle="-", color="0.4", linewidth=0.8, shrinkA=0, shrinkB=4))
    ax.__dict__.setdefault("_bookplot_marks", []).append((line, float(x), float(y), text or "a mark"))


def small_multiples(names, ncols=3, ylabel=None, titles=None):
    """One small panel per name, on shared axes, `ncols` to a row, the x
    label under the bottom row and `ylabel` left of the first column; each
    panel titled titles[name] (default: the name). Returns the figure and
    (name, axes) pairs; unused cells are removed."""
    nrows = -(-len(names) // ncols)
    fig, grid = plt.subplots(nrows, ncols, sharex=True, sharey=True,
                             figsize=(7.5, 1.9 * nrows + 0.4), squeeze=False)
    cells = list(grid.flat)
    for ax in cells[len(names):]:
        ax.remove()
    panels = list(zip(names, cells))
    for i, (name, ax) in enumerate(panels):
        below = i + ncols >= len(names)
        axes(title=(titles or {}).get(name, name), xlabel="$x$" if below else None, ylabel=ylabel if i % ncols == 0 else None, ax=ax)
        ax.title.set_fontsize(10)
        if below:
            ax.xaxis.set_tick_params(labelbottom=True)
    fig.tight_layout(h_pad=0.6, w_pad=0.4)
    return fig, panels


def highlight(ax, columns, name, colour, breaks=False):
    """In a small multiple: every other column of `columns` (a results()
    dict with an "x" column) thin and light grey, then `name` in `colour`
    on top. With `breaks`, lines are broken where they jump (break_jumps).
    Returns the highlighted line."""
    x = columns["x"]
    for other in columns:
        if other not in ("x", name):
            xs, ys = break_jumps(x, columns[other]) if breaks else (x, columns[other])
            ax.plot(xs, ys, color="0.82", linewidth=0.8, zorder=1, label="_context")
    xs, ys = break_jumps(x, columns[name]) if breaks else (x, columns[name])
    return ax.plot(xs, ys, color=colour, linewidth=2, zorder=3, label=name)[0]


def break_jumps(x, y, jump=0.2):
    """x and y with a NaN between neighbours whose y differ by more than
    `jump`, so that a derivative that jumps (ReLU's at 0) is drawn as two
    pieces, not joined by a vertical stroke."""
    at = np.nonzero(np.abs(np.diff(y)) > jump)[0] + 1
    return np.insert(np.asarray(x, float), at, np.nan), np.insert(np.asarray(y, float), at, np.nan)


def top(*columns, margin=0.05):
    """An upper limit that keeps every point of the columns inside the axes."""
    high = max(float(np.nanmax(c)) for c in columns)
    low = min(float(np.nanmin(c)) for c in columns)
    return high + margin * (high - low)


# --------------------------------------------------------------------------
# the checks


def _describe(ax, artist):
    label = artist.get_label() if not artist.get_label().startswith("_") else type(artist).__name__
    title = ax.get_title() or ax.get_ylabel()
    return f"{label!r}" + (f" (axes {title!r})" if title else "")


def _display_points(ax, artist):
    """The artist's points in display coordinates (pixels), finite only.
    A point at or below 0 on a log-scaled axis is left out: matplotlib
    cannot place it and draws nothing there (the foot of a bar on a log
    scale)."""
    if isinstance(artist, Line2D):
        data = np.column_stack([np.asarray(artist.get_xdata(), float), np.asarray(artist.get_ydata(), float)])
        to_px = artist.get_transform()
    elif isinstance(artist, Collection):
        data = [p.vertices for p in artist.get_paths() if len(p.vertices)]
        to_px = artist.get_transform()
        if not data and len(artist.get_offsets()):
            data, to_px = [artist.get_offsets()], artist.get_offset_transform()
        data = np.concatenate(data) if data else np.empty((0, 2))
    else:  # a patch: a bar
        data = artist.get_patch_transform().transform(artist.get_path().vertices)
        to_px = artist.get_data_transform()
    data = np.asarray(data, float).reshape(-1, 2)
    with np.errstate(invalid="ignore"):
        keep = np.all(np.isfinite(data), axis=1)
        if to_px.contains_branch(ax.transData):
            for i, scale in enumerate((ax.get_xscale(), ax.get_yscale())):
                if scale == "log":
                    keep &= data[:, i] > 0
    if not keep.any():
        return np.empty((0, 2))
    pts = to_px.transform(data[keep])
    return pts[np.all(np.isfinite(pts), axis=1)]


def _outside(ax):
    """Artists of ax that reach outside its box: (artist, how far, where)."""
    box = ax.bbox
    found = []
    for artist in list(ax.lines) + list(ax.collections) + list(ax.patches):
        if not artist.get_visible():
            continue
        pts = _display_points(ax, artist)
        if not len(pts):
            continue
        over = {
            "left": box.x0 - pts[:, 0].min(), "right": pts[:, 0].max() - box.x1,
            "bottom": box.y0 - pts[:, 1].min(), "top": pts[:, 1].max() - box.y1,
        }
        side, px = max(over.items(), key=lambda kv: kv[1])
        if px > TOLERANCE_PX:
            found.append((artist, px, side))
    return found


def _curves(ax):
    """The labelled curves of ax: lines and filled areas with a legend label."""
    return [a for a in list(ax.lines) + list(ax.collections)
            if a.get_visible() and not a.get_label().startswith("_")]


def _style(artist):
    if isinstance(artist, Line2D):
        colour = matplotlib.colors.to_rgba(artist.get_color(), artist.get_alpha())
        dashes = artist.get_linestyle()
        return (tuple(round(c, 2) for c in colour), dashes, artist.get_marker(), round(artist.get_linewidth(), 1))
    colour = artist.get_facecolor()
    colour = tuple(np.round(colour[0], 2)) if len(colour) else ()
    return (colour, "fill", None, None)


def _pixels(fig):
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(np.int16).copy()


def _ink(a, b):
    return int(np.count_nonzero(np.any(np.abs(a - b) > 24, axis=-1)))


def _hidden(fig, curves):
    """Curves of ax of which less than VISIBLE_FRACTION of their own ink
    shows: (curve, fraction). Each curve's ink alone is what it adds to the
    axes with every other curve hidden; what shows is what disappears when
    it alone is hidden."""
    everything = _pixels(fig)
    found = []
    for curve in curves:
        curve.set_visible(False)
        without = _pixels(fig)
        shows = _ink(everything, without)
        others = [c for c in curves if c is not curve]
        for c in others:
            c.set_visible(False)
        empty = _pixels(fig)
        curve.set_visible(True)
        alone = _ink(_pixels(fig), empty)
        for c in others:
            c.set_visible(True)
        if alone and shows / alone < VISIBLE_FRACTION:
            found.append((curve, shows / alone))
    return found


def _off_curve(ax):
    """Marks of ax that lie more than TOLERANCE_PX (times 2) from their curve."""
    found = []
    for line, x, y, text in ax.__dict__.get("_bookplot_marks", []):
        xs, ys = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
        ok = np.isfinite(xs) & np.isfinite(ys)
        xs, ys = xs[ok], ys[ok]
        order = np.argsort(xs)
        if not len(xs) or x < xs.min() or x > xs.max():
            found.append((text, float("inf")))
            continue
        on_curve = np.interp(x, xs[order], ys[order])
        to_px = line.get_transform().transform
        gap = float(np.hypot(*(to_px((x, y)) - to_px((x, on_curve)))))
        if gap > 2 * TOLERANCE_PX:
            found.append((text, gap))
    return found


def check_figure(fig):
    """Everything wrong with one figure, as sentences (empty if nothing)."""
    problems = []
    fig.canvas.draw()   # settles autoscaled limits and the layout
    for ax in fig.axes:
        if hasattr(ax, "_colorbar"):   # a colour bar's own axes: its scale, not data
            continue
        for artist, px, side in _outside(ax):
            problems.append(f"{_describe(ax, artist)} leaves its axes at the {side} "
                            f"(by {px:.0f} px): widen the limits or draw a shorter range")
        curves = _curves(ax)
        seen = {}
        for c in curves:
            key = _style(c)
            if key in seen:
                problems.append(f"{_describe(ax, c)} has the same colour and style as {seen[key].get_label()!r}")
            else:
                seen[key] = c
        if len(curves) > 1:
            for c, fraction in _hidden(fig, curves):
                problems.append(f"{_describe(ax, c)} hides under the other curves "
                                f"(only {100 * fraction:.0f}% of it shows; at least "
                                f"{100 * VISIBLE_FRACTION:.0f}% must)")
        for text, gap in _off_curve(ax):
            problems.append(f"the mark {text!r} is not on its curve ({gap:.0f} px off)")
    return problems


def check_figures():
    """check_figure() for every open figure, the problems prefixed with the
    figure's number when there are several."""
    numbers = plt.get_fignums()
    problems = []
    for n in numbers:
        for p in check_figure(plt.figure(n)):
            problems.append(p if len(numbers) == 1 else f"figure {n}: {p}")
    return problems


def main(argv):
    if len(argv) != 2 or argv[1].startswith("-"):
        print("usage: bookplot.py SCRIPT.py  (checks the figures a plot script draws)", file=sys.stderr)
        return 2
    matplotlib.use("Agg")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    runpy.run_path(argv[1], run_name="__main__")
    problems = check_figures()
    for p in problems:
        print(f"{argv[1]}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
