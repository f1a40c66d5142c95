#!/usr/bin/env python3
"""Fit every polynomial and root that the kernels in code/include/act store
as constants, and check that the headers hold exactly these numbers.

Needs python3-mpmath (in tools/debian-packages.txt). Run:
    python3 tools/fit_kernels.py           print code/include/act/core/fitted.hpp
    python3 tools/fit_kernels.py --write   write it
    python3 tools/fit_kernels.py --check   compare it with the file, exit 1
                                           on any difference (a CTest test)

Polynomials are mpmath's chebyfit (the Chebyshev interpolant: near-minimax),
coefficients rounded once to double, highest degree first, as core::horner
(act/core/polynomial.hpp) takes them. Roots are stored as hi + lo, two doubles
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
Roots: SiLU's minimiser -1 - W(1/e), B-SiLU's at its default alpha, Mish's,
a* with R(a*) = a* (GELU's derivative vanishes at x = -a*), and the
minimiser of GELU's tanh approximation, with that approximation's two
constants sqrt(8/pi) and 0.044715 as hi + lo.
"""
import os
import re
import sys

import mpmath as mp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FITTED = os.path.join(ROOT, "code", "include", "act", "core", "fitted.hpp")


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
    alpha = mp.mpf(1.67)  # act::BSiLU's default alpha, the double nearest 1.67
    bsilu = -(1 + alpha) - mp.lambertw(mp.exp(-1 - alpha)).real
    out["bsilu_root_hi"], out["bsilu_root_lo"] = hi_lo(bsilu)
    out["bsilu_root_exp"] = float(mp.exp(bsilu))

    def mish_slope(x):
        sp = mp.log1p(mp.exp(x))
        return mp.tanh(sp) + x * mp.sech(sp) ** 2 / (1 + mp.exp(-x))

    mish = mp.findroot(mish_slope, -1.19)
    out["mish_root_hi"], out["mish_root_lo"] = hi_lo(mish)
    out["mish_root_exp"] = float(mp.exp(mish))

    # GELU's tanh approximation x sigma(z), z = C x (1 + K x^2): its constants
    # as hi + lo, the root of 1 + e^z + x z' (its derivative's sign for x < 0)
    # and e^z there.
    scale, cubic = mp.sqrt(8 / mp.pi), mp.mpf("0.044715")
    out["gelu_tanh_scale_hi"], out["gelu_tanh_scale_lo"] = hi_lo(scale)
    out["gelu_tanh_cubic_hi"], out["gelu_tanh_cubic_lo"] = hi_lo(cubic)

    def gelu_tanh_z(x):
        return scale * x * (1 + cubic * x * x)

    gelu_tanh = mp.findroot(lambda x: 1 + mp.exp(gelu_tanh_z(x)) + scale * (x + 3 * cubic * x**3), -0.75)
    out["gelu_tanh_root_hi"], out["gelu_tanh_root_lo"] = hi_lo(gelu_tanh)
    out["gelu_tanh_root_exp"] = float(mp.exp(gelu_tanh_z(gelu_tanh)))
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


DOCS = {
    "exp_poly_for_float": """\
e^r for |r| <= ln2/2, to the accuracy a float result needs: the
near-minimax polynomial of degree 6 (relative error 2.5e-9 with the
coefficients rounded to double; its constant term rounds to 1 exactly).
Two multiply-adds fewer than the Taylor polynomial needs for a comparable
error (degree 8: 2e-10; degree 7 would leave 1.4e-8). Used by
core::exp_minus_abs<float>.""",
    "log1p_poly_for_float": """\
q(e) = log1p(e)/e on [0, 1], degree 10 (relative error 8.4e-10 with the
coefficients rounded to double, under 1.5e-9 evaluated in double: a
fortieth of a float ULP). Used by core::log1p_unit_for_float.""",
    "mills_poly_for_float": """\
Mills' ratio R(a) = Q(a)/phi(a) (Q the upper tail of the standard normal,
phi its density) as a polynomial in t = 3/(3 + a), a in [0, 15]: degree 12,
relative error 1.1e-9 with the coefficients rounded to double. Beyond 15,
phi(a) < 1e-49 and every float result built on phi R is 0 or its limit.
Used by GELU's float kernels.""",
    "gelu_root_poly_for_float": """\
S(d) = (R(a* + d) - (a* + d))/d for |d| <= 1/8, as GELU's float derivative
uses it: degree 7 (relative error 4e-14; S(0) = a*^2 - 2).""",
    "gelu_root_hi": """\
The root of GELU's derivative lies at x = -a*, where R(a*) = a*: a* as
hi + lo.""",
    "silu_root_hi": """\
SiLU's minimiser x* = -1 - W(1/e), the root of its derivative, as hi + lo
(W: Lambert's function).""",
    "bsilu_root_hi": """\
B-SiLU's minimiser at its default alpha (the double nearest 1.67),
x0 = -(1 + alpha) - W(e^(-1-alpha)), the root of its derivative, as hi + lo,
and e^(x0): the doubles BSiLU::left_factor(1.67) computes, bit for bit
(tests/bsilu_test.cpp).""",
    "mish_root_hi": """\
The root of Mish's derivative as hi + lo, and e^(x*).""",
    "gelu_tanh_scale_hi": """\
GELU's tanh approximation x sigma(z), z = C x (1 + K x^2): C = sqrt(8/pi)
(twice PyTorch's sqrt(2/pi), because 1 + tanh(u) = 2 sigma(2u)) as hi + lo.""",
    "gelu_tanh_cubic_hi": """\
K = 0.044715, the cubic coefficient of the tanh approximation, as hi + lo
(0.044715 is not a double).""",
    "gelu_tanh_root_hi": """\
The minimiser of the tanh approximation, the root of 1 + e^z + x z', as
hi + lo, and e^z there.""",
    "mills_h": """\
H(y) with R(a)/sqrt(2 pi) = t H(2t - 1), t = 8/(8 + a), for a in [0, 40]:
degree 24, fit error 8e-20. Used by GELU's double kernels.""",
    "mills_root_g": """\
G(d) with (R(a) - a)/sqrt(2 pi) = d G(d), d = a - a*, for |d| <= 1/2:
degree 16, fit error 2e-20. Used by GELU's double derivative.""",
}

HEADER_TOP = """\
// The constants that the kernels store, as tools/fit_kernels.py computes
// them with mpmath: near-minimax polynomials (chebyfit, coefficients rounded
// once to double, highest degree first, as core::horner takes them) and the
// roots of derivatives as hi + lo (two doubles whose sum carries about 32
// digits). Float-result fits at 40 digits, double-result fits at 50.
//
// GENERATED: do not edit by hand. Regenerate with
//     python3 tools/fit_kernels.py --write
// The test tools:fits-reproduce-the-headers fails when this file differs.
#ifndef ACT_CORE_FITTED_HPP
#define ACT_CORE_FITTED_HPP

namespace act::core::fitted {
"""

HEADER_BOTTOM = """
}  // namespace act::core::fitted

#endif
"""


def comment(text):
    return "".join(f"/// {line}\n" for line in text.splitlines())


def render(values):
    """The whole of core/fitted.hpp, from the fitted values."""
    out = [HEADER_TOP]
    for name, value in values.items():
        if name in DOCS:
            out.append("\n" + comment(DOCS[name]))
        if isinstance(value, list):
            body = ",\n    ".join(repr(v) for v in value)
            out.append(f"inline constexpr double {name}[] = {{\n    {body}}};\n")
        else:
            out.append(f"inline constexpr double {name} = {value!r};\n")
    out.append(HEADER_BOTTOM)
    return "".join(out)


def main():
    args = sys.argv[1:]
    if args not in ([], ["--check"], ["--write"]):
        print("usage: fit_kernels.py [--check | --write]", file=sys.stderr)
        return 2
    text = render({**float_constants(), **double_constants()})
    if not args:
        sys.stdout.write(text)
        return 0
    if args == ["--write"]:
        with open(FITTED, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(FITTED, ROOT)}")
        return 0
    have = open(FITTED, encoding="utf-8").read() if os.path.exists(FITTED) else ""
    if have != text:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(
            have.splitlines(True), text.splitlines(True), "in the tree", "as fitted"))
        print(f"{os.path.relpath(FITTED, ROOT)} differs from the fit: run tools/fit_kernels.py --write")
        return 1
    print(f"{os.path.relpath(FITTED, ROOT)} holds exactly the fitted constants")
    return 0


if __name__ == "__main__":
    sys.exit(main())
