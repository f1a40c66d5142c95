"""Helpers for the chapters' plot scripts (chapters/<name>/plots/*.py): read
the CSV a listing wrote during the build and draw on the book's common axes,
so that every function in the book is plotted the same way."""
import csv
import os

import numpy as np
import matplotlib.pyplot as plt


def results(chapter, name):
    """Columns of results/<chapter>/<name>.csv as a dict of numpy arrays.

    A plot script reads its own chapter's results only: the site's build
    draws a figure again when a CSV or JSON file of results/<chapter>/ of
    the script's chapter changes (actbook.PlotDirective), not another's."""
    base = os.environ.get("ACT_RESULTS_DIR")
    if not base:
        raise RuntimeError("ACT_RESULTS_DIR is not set: build the book with ./book build")
    path = os.path.join(base, chapter, name + ".csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    return {h: np.array([float(r[i]) for r in body]) for i, h in enumerate(header)}


def axes(title=None, xlabel="$x$", ylabel=None):
    """A figure with the book's axes: light grid, the x and y axes drawn."""
    fig, ax = plt.subplots()
    ax.grid(True, color="0.9", linewidth=0.8)
    ax.axhline(0, color="0.4", linewidth=0.8)
    ax.axvline(0, color="0.4", linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if title:
        ax.set_title(title)
    ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    return fig, ax


def figure(chapter, name, xlim=None, ylim=None, **labels):
    """The columns of results/<chapter>/<name>.csv (results()) and the book's
    axes to draw them on (axes(), with `labels`), limited to `xlim` and
    `ylim` if given: the start of most figures."""
    _, ax = axes(**labels)
    if xlim:
        ax.set_xlim(*xlim)
    if ylim:
        ax.set_ylim(*ylim)
    return results(chapter, name), ax


def reference(ax, x, y, label):
    """A curve drawn for comparison only (ReLU beside a smooth function): thin,
    grey, dashed, behind the curves the figure is about."""
    ax.plot(x, y, color="0.6", linestyle="--", linewidth=1.2, label=label)


def family(ax, d, parameter, symbol, label="{}", notes=None):
    """One curve per column '<parameter>=<value>' of d against d["x"] (the
    CSV that listing.hpp's Program::family writes), labelled
    label.format('<symbol> = <value>'), plus notes.get('<value>', '')."""
    notes = notes or {}
    prefix = parameter + "="
    for name in [k for k in d if k.startswith(prefix)]:
        value = name[len(prefix):]
        ax.plot(d["x"], d[name], linewidth=1.8,
                label=label.format(f"{symbol} = {value}") + notes.get(value, ""))
