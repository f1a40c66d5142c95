"""What every Python listing shares: --help, exit status 2 on bad input, and
the values it writes under --out DIR for the book's build (JSON, full
precision), mirroring code/examples/common/listing.hpp."""
import argparse
import json
import math
import os
import sys


# Width of a column of framework_tab's table: a float's 9 significant digits
# (enough to tell any two floats apart) with sign, point and exponent.
TAB_WIDTH = 17


def first_true(lo, hi, pred):
    """The smallest x in [lo, hi] of lo's numpy type for which pred(x) holds,
    for a predicate false up to some point and true from there on: bisection
    down to neighbouring representable numbers (listing.hpp's first_true)."""
    import numpy as np
    t = type(lo)
    lo, hi = t(lo), t(hi)
    while np.nextafter(lo, hi) < hi:
        mid = t(lo + (hi - lo) / t(2))
        if mid <= lo or mid >= hi:
            break
        lo, hi = (lo, mid) if pred(mid) else (mid, hi)
    return hi


class Program:
    def __init__(self, name, summary):
        self.name = name
        self.parser = argparse.ArgumentParser(prog=name, description=summary)
        self.parser.add_argument(
            "--out", default=None, help="directory for the results the book's build reads")
        self.values = {}
        self.args = None

    @classmethod
    def parsed(cls, name, summary, requires=()):
        """A listing with no options of its own (a framework tab): the
        Program, its command line parsed, then the modules in `requires`
        imported (see require())."""
        program = cls(name, summary)
        program.parse()
        for module in requires:
            require(module)
        return program

    def parse(self, argv=None):
        # argparse prints usage and exits 2 on a bad option, 0 on --help.
        self.args = self.parser.parse_args(argv)
        self.check_out()
        return self.args

    def check_out(self):
        """--out DIR, checked before the work starts: not empty if given, and
        a directory in which a file can be created (made if missing); else
        exit 2 with a message naming the path."""
        out = self.args.out
        if out is None:
            return
        if out == "":
            self.parser.error("--out needs a directory (got an empty one); "
                              "leave --out out to write no results")
        probe = os.path.join(out, "." + self.name + ".write-test")
        try:
            os.makedirs(out, exist_ok=True)
            with open(probe, "w", encoding="utf-8") as f:
                f.write("ok\n")
            os.remove(probe)
        except OSError as e:
            self.parser.error(f"cannot write to --out directory '{out}': {e.strerror}")

    def array(self, key, numbers):
        """A named array of numbers, stored at full precision (cross-checks)."""
        self.values[key] = [n if math.isfinite(n) else str(n) for n in map(float, numbers)]

    def arrays(self, **named):
        """Several named arrays at once (array()), in the order given."""
        for key, numbers in named.items():
            self.array(key, numbers)

    def framework_tab(self, **named):
        """What a framework tab computed (x, y, dydx, ...: the keys of its
        chapter's frameworks.json): printed as a table, one column per
        array, in the format every tab shares (listing.hpp's
        Program::framework_tab prints the same digits), and stored for the
        chapter's cross-check (arrays())."""
        self.arrays(**named)
        keys = list(named)
        print("".join(f"{key:>{TAB_WIDTH}}" for key in keys))
        for row in zip(*(self.values[key] for key in keys)):
            print("".join(f"{float(v):>{TAB_WIDTH}.9g}" for v in row))

    def threshold(self, key, t, outside, pred, text):
        """A threshold for the prose, as listing.hpp's threshold(): `t` (a
        numpy scalar, so that its type's next number is known) must be where
        `pred` switches, pred(t) true and false at the next number towards
        `outside`; else exit 2. `text` is what the prose shows. The key is
        recorded in "@thresholds" (tools/check_thresholds.py)."""
        import numpy as np
        beyond = np.nextafter(t, type(t)(outside))
        if not pred(t) or pred(beyond):
            print(f"{self.name}: error: threshold '{key}': {float(t)!r} is not where the "
                  f"predicate switches (it must hold there and fail at {float(beyond)!r})",
                  file=sys.stderr)
            sys.exit(2)
        self.values[key] = text
        self.values.setdefault("@thresholds", []).append(key)

    def write(self):
        if self.args and self.args.out:
            path = os.path.join(self.args.out, self.name + ".json")
            try:
                with open(path, "w", encoding="utf-8") as f:
                    json.dump(self.values, f, indent=2)
                    f.write("\n")
            except OSError as e:
                print(f"{self.name}: error: cannot write {path}: {e.strerror}", file=sys.stderr)
                sys.exit(2)


def require(module):
    """Import `module` or explain, on stderr, which Debian package provides it."""
    try:
        return __import__(module)
    except ImportError:
        print(f"error: Python module '{module}' is missing; ./book deps installs it",
              file=sys.stderr)
        sys.exit(1)
