// Double-double arithmetic: a value is an unevaluated sum hi + lo of two
// doubles (|lo| <= ulp(hi)/2), about 106 significant bits. The kernels use
// the exact product error on its own (GELU's Mills ratio); B-SiLU uses the
// rest once per alpha, to find its derivative's root.
// References: T. J. Dekker, "A floating-point technique for extending the
// available precision" (1971); Y. Hida, X. S. Li, D. H. Bailey, the QD
// library (2001).
#ifndef ACT_CORE_DOUBLE_DOUBLE_HPP
#define ACT_CORE_DOUBLE_DOUBLE_HPP

#include <cmath>

#include "act/core/config.hpp"

namespace act::core {

/// The rounding error of p = fl(a*b): a*b - p, exactly (a representable
/// double). With a fused multiply-add where the target has one; elsewhere
/// with Dekker's splitting, which must not be contracted into FMAs (ISO C++
/// mode, -ffp-contract=off) and needs |a|, |b| below about 2^995.
ACT_INLINE double product_error(double a, double b, double p)
{
#if defined(__FMA__)
    return __builtin_fma(a, b, -p);
#else
    constexpr double splitter = 134217729.0;  // 2^27 + 1
    const double ta = splitter * a, tb = splitter * b;
    const double ah = ta - (ta - a), al = a - ah;
    const double bh = tb - (tb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
#endif
}

namespace double_double {

/// An unevaluated sum hi + lo.
struct pair {
    double hi;  ///< the rounded value
    double lo;  ///< what the rounding left out
};

/// a + b exactly, as a pair (Knuth's TwoSum: no condition on a and b).
constexpr pair two_sum(double a, double b)
{
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

/// a + b exactly, for |a| >= |b| (Dekker's FastTwoSum).
inline pair fast_two_sum(double a, double b)
{
    const double s = a + b;
    return {s, b - (s - a)};
}

/// a * b exactly, as a pair (see product_error).
inline pair two_product(double a, double b)
{
    const double p = a * b;
    return {p, product_error(a, b, p)};
}

/// a + b for pairs.
inline pair add(pair a, pair b)
{
    pair s = two_sum(a.hi, b.hi);
    const pair t = two_sum(a.lo, b.lo);
    s = fast_two_sum(s.hi, s.lo + t.hi);
    return fast_two_sum(s.hi, s.lo + t.lo);
}

/// a * b for pairs.
inline pair multiply(pair a, pair b)
{
    const pair p = two_product(a.hi, b.hi);
    return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/// a / n for a pair and a small whole number n.
inline pair divide(pair a, double n)
{
    const double q = a.hi / n;
    const pair p = two_product(q, n);
    const double r = ((a.hi - p.hi) - p.lo + a.lo) / n;
    return fast_two_sum(q, r);
}

/// e^x as a pair for -700 < x < 0: x = k log 2 + r with |r| <= log(2)/2,
/// e^r = 1 + r(1 + r/2(1 + r/3(...(1 + r/24)))) in pair arithmetic (the
/// truncation is below 2^-110), then scaled by 2^k exactly.
inline pair exp(double x)
{
    constexpr double ln2_hi = 0x1.62e42fefa39efp-1;   // log 2 = ln2_hi + ln2_lo
    constexpr double ln2_lo = 0x1.abc9e3b39803fp-56;  // to about 2^-110
    const double k = std::nearbyint(x / ln2_hi);
    const pair r = add(add(pair{x, 0.0}, two_product(-k, ln2_hi)), two_product(-k, ln2_lo));
    pair t{1.0, 0.0};
    for (int n = 24; n >= 1; --n) {
        t = add(pair{1.0, 0.0}, divide(multiply(r, t), double(n)));
    }
    const int e = static_cast<int>(k);
    return {std::ldexp(t.hi, e), std::ldexp(t.lo, e)};
}

}  // namespace double_double

}  // namespace act::core

#endif
