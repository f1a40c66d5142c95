#!/usr/bin/env python3
"""Fit every polynomial and root that the kernels in code/include/act store
as constants, and check that the headers hold exactly these numbers.

Needs python3-mpmath (in tools/debian-packages.txt). Run:
    python3 tools/fit_kernels.py           print them as C++
    python3 tools/fit_kernels.py --check   compare with the headers, exit 1
                                           on any difference (a CTest test)

Polynomials are mpmath's chebyfit (the Chebyshev interpolant: near-minimax),
coefficients rounded once to double, highest degree first, as horner() in
act/detail/kernels.hpp takes them. Roots are stored as hi + lo, two doubles
whose sum carries about 32 digits.

For float results (computed in double and rounded once), at 40 digits:
  exp_poly_for_float        e^r on |r| <= ln2/2, degree 6
  log1p_poly_for_float      log1p(e)/e on [0, 1], degree 10
  mills_poly_for_float      Mills' ratio R(a) in t = 3/(3 + a), a in [0, 15],
                            degree 12
  gelu_root_poly_for_float  (R(a* + d) - (a* + d))/d on |d| <= 1/8, degree 7
For double results, at 50 digits:
  mills_h                   R(a)/sqrt(2 pi) = t H(2t - 1), t = 8/(8 + a),
                            a in [0, 40], degree 24
  mills_root_g              (R(a) - a)/sqrt(2 pi) = d G(d), |d| <= 1/2,
                            degree 16
Roots: SiLU's minimiser -1 - W(1/e), Mish's, and a* with R(a*) = a* (GELU's
derivative vanishes at x = -a*).
"""
import os
import re
import sys

import mpmath as mp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = [os.path.join(ROOT, "code", "include", "act", "detail", name)
           for name in ("kernels.hpp", "float_kernels.hpp", "double_kernels.hpp")]


def mills(a):
    """R(a) = sqrt(2 pi) e^(a^2/2) Q(a), from erfc at the working precision."""
    return mp.erfc(a / mp.sqrt(2)) / 2 * mp.sqrt(2 * mp.pi) * mp.exp(a * a / 2)


def gelu_root():
    return mp.findroot(lambda a: mills(a) - a, 0.75)


def fit(f, interval, degree):
    """chebyfit's coefficients, highest degree first, rounded to double."""
    return [float(c) for c in mp.chebyfit(f, interval, degree + 1)]


def hi_lo(v):
    hi = float(v)
    return hi, float(v - hi)


def float_constants():
    mp.mp.dps = 40
    out = {}
    half_ln2 = mp.log(2) / 2
    out["exp_poly_for_float"] = fit(mp.exp, [-half_ln2, half_ln2], 6)
    out["log1p_poly_for_float"] = fit(lambda e: mp.log1p(e) / e if e else mp.mpf(1), [0, 1], 10)
    out["mills_poly_for_float"] = fit(lambda t: mills(3 * (1 - t) / t), [mp.mpf(3) / 18, 1], 12)
    a0 = gelu_root()
    out["gelu_root_poly_for_float"] = fit(
        lambda d: (mills(a0 + d) - a0 - d) / d if d else a0**2 - 2, [-mp.mpf(1) / 8, mp.mpf(1) / 8], 7)
    out["gelu_root_hi"], out["gelu_root_lo"] = hi_lo(a0)
    silu = -1 - mp.lambertw(1 / mp.e).real
    out["silu_root_hi"], out["silu_root_lo"] = hi_lo(silu)

    def mish_slope(x):
        sp = mp.log1p(mp.exp(x))
        return mp.tanh(sp) + x * mp.sech(sp) ** 2 / (1 + mp.exp(-x))

    mish = mp.findroot(mish_slope, -1.19)
    out["mish_root_hi"], out["mish_root_lo"] = hi_lo(mish)
    out["mish_root_exp"] = float(mp.exp(mish))
    return out


def double_constants():
    mp.mp.dps = 50
    out = {}
    c, a_max = 8, 40  # t = C/(C + a): C a power of two, so that 1/C is exact
    a0 = gelu_root()

    def h_of_y(y):
        t = (y + 1) / 2
        return mills(c * (1 - t) / t) / t / mp.sqrt(2 * mp.pi)

    def g_of_d(d):
        if d == 0:
            return (a0**2 - 2) / mp.sqrt(2 * mp.pi)  # R'(a*) - 1 = a* R(a*) - 2
        return (mills(a0 + d) - a0 - d) / d / mp.sqrt(2 * mp.pi)

    out["mills_h"] = fit(h_of_y, [2 * mp.mpf(c) / (c + a_max) - 1, 1], 24)
    out["mills_root_g"] = fit(g_of_d, [-mp.mpf(1) / 2, mp.mpf(1) / 2], 16)
    return out


def in_headers():
    """Every `constexpr double NAME[] = {...}` and `constexpr double NAME = v;`."""
    found = {}
    for path in HEADERS:
        text = open(path, encoding="utf-8").read()
        for name, body in re.findall(r"constexpr double (\w+)\[\]\s*=\s*\{([^}]*)\}", text):
            found[name] = [float(v) for v in body.replace("\n", " ").split(",") if v.strip()]
        for name, value in re.findall(r"constexpr double (\w+)\s*=\s*([-+0-9.eE]+)\s*;", text):
            found[name] = float(value)
    return found


def main():
    wanted = {**float_constants(), **double_constants()}
    if "--check" not in sys.argv[1:]:
        for name, value in wanted.items():
            if isinstance(value, list):
                print(f"inline constexpr double {name}[] = {{" + ", ".join(map(repr, value)) + "};")
            else:
                print(f"inline constexpr double {name} = {value!r};")
        return 0
    found = in_headers()
    bad = [name for name, value in wanted.items() if found.get(name) != value]
    for name in bad:
        print(f"{name}: the header has {found.get(name)!r}, the fit gives {wanted[name]!r}")
    print(f"{len(wanted) - len(bad)} of {len(wanted)} constants as fitted")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
