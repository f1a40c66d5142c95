#!/usr/bin/python3
"""Compare the arrays several listings wrote (JSON under --out) key by key.

    crosscheck.py --rtol R --keys x y -- a.json b.json c.json

Every file must hold every key; every array must match the first file's
element by element within relative tolerance R (absolute R near zero).
Exit status 0 when all agree, 1 otherwise, with a table of what differs."""
import argparse
import json
import math
import sys


def number(v):
    return float(v)  # "nan", "inf" and "-inf" are stored as strings


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rtol", type=float, required=True)
    ap.add_argument("--keys", nargs="+", required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    data = {}
    for path in args.files:
        try:
            with open(path, encoding="utf-8") as f:
                data[path] = json.load(f)
        except (OSError, ValueError) as e:
            print(f"crosscheck: cannot read {path}: {e}", file=sys.stderr)
            return 1
    first = args.files[0]
    bad = 0
    for key in args.keys:
        for path in args.files:
            if key not in data[path]:
                print(f"crosscheck: {path} has no '{key}'", file=sys.stderr)
                return 1
        want = [number(v) for v in data[first][key]]
        for path in args.files[1:]:
            got = [number(v) for v in data[path][key]]
            if len(got) != len(want):
                print(f"{key}: {path} has {len(got)} values, {first} has {len(want)}")
                bad += 1
                continue
            for i, (a, b) in enumerate(zip(want, got)):
                same = (math.isnan(a) and math.isnan(b)) or a == b or \
                    abs(a - b) <= args.rtol * max(abs(a), abs(b), 1.0)
                status = "ok" if same else "DIFFERS"
                print(f"{key}[{i}]: {a!r:>24} vs {b!r:>24} ({path.rsplit('/', 1)[-1]}) {status}")
                bad += not same
    print(f"crosscheck: {len(args.files)} listings, {'all agree' if not bad else f'{bad} differ'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
