#!/usr/bin/env python3
"""Fit the polynomials of GELU's double kernels (act/detail/double_kernels.hpp).

Needs python3-mpmath (not a build dependency: the coefficients are pasted
into the header, and the double study measures the kernels against MPFR).
Run:  python3 tools/fit_gelu_double.py

Two near-minimax polynomials (mpmath's chebyfit at 50 digits):

1. Mills' ratio R(a) = Q(a)/phi(a), Q the upper normal tail, for a in
   [0, 40]: with t = 8/(8 + a) and y = 2t - 1,
       R(a) / sqrt(2 pi) = t * H(y),   H of degree 24.
   H is smooth and positive on y in [-0.67, 1] (R(a) ~ 1/a far out, which
   the factor t carries), so Horner's rule in y loses little.
2. Near the root a* of R(a) = a (GELU's derivative vanishes at x = -a*):
       (R(a) - a) / sqrt(2 pi) = d * G(d),   d = a - a*, |d| <= 1/2,
   G of degree 16.
"""
import mpmath as mp

mp.mp.dps = 50
C = 8  # the scale in t = C/(C + a): a power of two, so that 1/C is exact
A_MAX = 40
WINDOW = mp.mpf(1) / 2


def mills(a):
    """R(a) = sqrt(2 pi) e^(a^2/2) Q(a), from erfc at 50 digits."""
    return mp.erfc(a / mp.sqrt(2)) / 2 * mp.sqrt(2 * mp.pi) * mp.exp(a * a / 2)


def h_of_y(y):
    t = (y + 1) / 2
    a = C * (1 - t) / t
    return mills(a) / t / mp.sqrt(2 * mp.pi)


def main():
    root = mp.findroot(lambda a: mills(a) - a, 0.75)

    def g_of_d(d):
        if d == 0:
            return (root**2 - 2) / mp.sqrt(2 * mp.pi)  # R'(a*) - 1 = a* R(a*) - 2
        return (mills(root + d) - root - d) / d / mp.sqrt(2 * mp.pi)

    y_low = 2 * mp.mpf(C) / (C + A_MAX) - 1
    h, h_err = mp.chebyfit(h_of_y, [y_low, 1], 25, error=True)
    g, g_err = mp.chebyfit(g_of_d, [-WINDOW, WINDOW], 17, error=True)
    root_hi = float(root)
    root_lo = float(root - root_hi)
    print(f"// H: degree {len(h) - 1} on y in [{float(y_low):.4f}, 1], error {float(h_err):.2e}")
    print("constexpr double h[] = {" + ", ".join(repr(float(c)) for c in h) + "};")
    print(f"// G: degree {len(g) - 1} on d in [-{float(WINDOW)}, {float(WINDOW)}], error {float(g_err):.2e}")
    print("constexpr double g[] = {" + ", ".join(repr(float(c)) for c in g) + "};")
    print(f"// a* = {mp.nstr(root, 40)}")
    print(f"constexpr double root_hi = {root_hi!r};")
    print(f"constexpr double root_lo = {root_lo!r};")


if __name__ == "__main__":
    main()
