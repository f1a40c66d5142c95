"""What every Python listing shares: --help, exit status 2 on bad input, and
the values it writes under --out DIR for the book's build (JSON, full
precision), mirroring code/examples/common/listing.hpp."""
import argparse
import json
import math
import os
import sys


class Program:
    def __init__(self, name, summary):
        self.name = name
        self.parser = argparse.ArgumentParser(prog=name, description=summary)
        self.parser.add_argument(
            "--out", default="", help="directory for the results the book's build reads")
        self.values = {}
        self.args = None

    def parse(self, argv=None):
        # argparse prints usage and exits 2 on a bad option, 0 on --help.
        self.args = self.parser.parse_args(argv)
        if self.args.out:
            os.makedirs(self.args.out, exist_ok=True)
        return self.args

    def array(self, key, numbers):
        """A named array of numbers, stored at full precision (cross-checks)."""
        self.values[key] = [n if math.isfinite(n) else str(n) for n in map(float, numbers)]

    def write(self):
        if self.args and self.args.out:
            path = os.path.join(self.args.out, self.name + ".json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(self.values, f, indent=2)
                f.write("\n")


def require(module):
    """Import `module` or explain, on stderr, which Debian package provides it."""
    try:
        return __import__(module)
    except ImportError:
        print(f"error: Python module '{module}' is missing; ./book deps installs it",
              file=sys.stderr)
        sys.exit(1)
