"""planted_figures.py TESTS OUT: the planted pages that show figures, with
their figures drawn now (CTest's fixture planted:figures runs it before the
planted tests that need them).

Each planted folder (TESTS/site/planted-alt-text, TESTS/site/planted-bright-figure,
TESTS/print/planted) is copied to OUT/<the same path>, and its figures are
drawn beside its page with matplotlib: the repository holds the pages, the
build tree the images they show. Exit 2 on bad usage."""
import os
import shutil
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def curve(path, colour, background, width_px, height_px):
    """A line that is flat at zero, then rises (what the pages' alt texts
    say), in `colour` on `background` (None: transparent), `width_px` x
    `height_px`."""
    dpi = 100
    fig = plt.figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_axis_off()
    ax.plot([0, 0.5, 1], [0, 0, 1], color=colour, linewidth=3)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.1, 1.1)
    if background is None:
        fig.patch.set_alpha(0)
    else:
        fig.patch.set_facecolor(background)
    fig.savefig(path, dpi=dpi, facecolor=fig.get_facecolor())
    plt.close(fig)


# folder -> its figures: (file name, colour, background)
PLANTED = {
    # the check reads the alt text only: any figure will do
    os.path.join("site", "planted-alt-text"): [("curves.svg", "#1f77b4", None)],
    # drawn on white: a bright block in the dark theme, as the check must see
    os.path.join("site", "planted-bright-figure"): [("curves.svg", "#1f77b4", "#ffffff")],
    # the printable editions' planted book: one figure shown, one left out
    os.path.join("print", "planted"): [("shown.png", "#1f77b4", "#ffffff"),
                                       ("left-out.png", "#ff7f0e", "#ffffff")],
}


def main(argv):
    if argv[1:] in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    if len(argv) != 3:
        print("usage: planted_figures.py TESTS OUT (--help says more)", file=sys.stderr)
        return 2
    tests, out = argv[1], argv[2]
    for folder, figures in PLANTED.items():
        source = os.path.join(tests, folder)
        if not os.path.isdir(source):
            print(f"planted_figures.py: error: no folder {source}", file=sys.stderr)
            return 2
        target = os.path.join(out, folder)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
        for name, colour, background in figures:
            width, height = (300, 150) if name.endswith(".svg") else (64, 40)
            curve(os.path.join(target, name), colour, background, width, height)
    print(f"planted_figures.py: {sum(len(f) for f in PLANTED.values())} figures drawn under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
