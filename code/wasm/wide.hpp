// A real type for the descriptions' reference formulas in the browser.
//
// The accuracy study measures double results against the reference formula
// evaluated in long double (or MPFR). In WebAssembly long double has 113
// bits, but emscripten's C library (musl) computes expl, expm1l, log1pl,
// tanhl and erfcl in double precision only: a "wide" reference there would
// be no better than the double results it judges. Wide wraps long double
// and, where long double has 113 bits, supplies those functions itself
// (wide::own), from the arithmetic, which is correctly rounded in long
// double on every target:
//   - exp: x = k ln 2 + r, |r| <= ln 2 / 2, e^r by its series;
//   - expm1: its series below 1/2, exp(x) - 1 above;
//   - log1p: two Newton steps on expm1(y) = x from the double log1p;
//   - tanh: expm1(2x) / (expm1(2x) + 2);
//   - erfc: the series of erf below 1 (all its terms positive), the
//     continued fraction of erfc from 1 on (3000 terms: converged to 2^-190
//     at x = 1, checked with mpmath);
//   - sqrt: two Newton steps from the double square root.
// Elsewhere (x86's 64-bit long double, the native explorer_values) it uses
// the C library's long double functions, which are accurate there.
// tests/explorer_test.cpp checks wide::own against MPFR natively.
#ifndef ACT_WASM_WIDE_HPP
#define ACT_WASM_WIDE_HPP

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace wide {

/// The functions the browser's C library lacks in long double, from long
/// double arithmetic (see the top of this file).
namespace own {

/// ln 2 as hi + lo: hi = 762123384785 / 2^40 (ln 2 cut after 40 bits, so
/// that k * hi is exact for the k of any finite exponential), lo the rest,
/// read at long double's precision (both from mpmath).
inline long double ln2_hi() { return std::ldexp(762123384785.0L, -40); }
inline long double ln2_lo()
{
    return std::strtold("7.3710025651677989018340401300013436025525412067998e-13", nullptr);
}

inline long double exp(long double x)
{
    if (x != x) return x;
    if (x > 11357) return std::numeric_limits<long double>::infinity();
    if (x < -11500) return 0;
    const long double k = std::nearbyint(static_cast<double>(x / ln2_hi()));
    const long double r = (x - k * ln2_hi()) - k * ln2_lo();  // |r| <= 0.35
    long double sum = 1;
    for (int n = 40; n >= 1; --n) sum = 1 + sum * r / n;  // Horner: 1 + r(1 + r/2(1 + ...))
    return std::ldexp(sum, static_cast<int>(k));
}

inline long double expm1(long double x)
{
    if (!(std::fabs(x) < 0.5L)) return own::exp(x) - 1;
    long double sum = 1;
    for (int n = 40; n >= 2; --n) sum = 1 + sum * x / n;
    return x * sum;  // x (1 + x/2 (1 + x/3 (...)))
}

inline long double log1p(long double x)
{
    if (x != x || x < -1) return std::numeric_limits<long double>::quiet_NaN();
    if (x == -1) return -std::numeric_limits<long double>::infinity();
    if (std::isinf(x) || x == 0) return x;
    // y with e^y - 1 = x: Newton on expm1(y) - x, from the double log1p.
    long double y = std::log1p(static_cast<double>(x));
    for (int i = 0; i < 2; ++i) {
        const long double e = own::expm1(y);
        y -= (e - x) / (e + 1);
    }
    return y;
}

inline long double tanh(long double x)
{
    if (x != x || x == 0) return x;
    if (std::fabs(x) > 40) return x > 0 ? 1 : -1;
    const long double t = own::expm1(2 * x);
    return t / (t + 2);
}

inline long double sqrt(long double x)
{
    if (x != x || x < 0) return std::numeric_limits<long double>::quiet_NaN();
    if (x == 0 || std::isinf(x)) return x;
    long double y = std::sqrt(static_cast<double>(x));
    for (int i = 0; i < 2; ++i) y = (y + x / y) / 2;
    return y;
}

inline long double erfc(long double x)
{
    if (x != x) return x;
    if (x < 0) return 2 - own::erfc(-x);
    if (x > 110) return 0;  // below the smallest long double
    const long double root_pi = own::sqrt(std::strtold("3.14159265358979323846264338327950288419716939937510582", nullptr));
    // e^(-x^2) with x^2 = hi + lo exactly (Dekker's product: x^2 rounded
    // would lose x^2 * 2^-113 of the exponent, 2^-104 of the result at x = 26).
    constexpr long double split = (1ULL << ((LDBL_MANT_DIG + 1) / 2)) + 1.0L;
    const long double c = split * x, top = c - (c - x), bottom = x - top;
    const long double hi = x * x, lo = ((top * top - hi) + 2 * top * bottom) + bottom * bottom;
    const long double e = own::exp(-hi) * (1 - lo);
    if (x < 1) {
        // erf(x) = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1 3 5 ... (2n+1))
        long double term = x, sum = x;
        for (int n = 1; n < 200; ++n) {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
        }
        return 1 - 2 / root_pi * e * sum;
    }
    // erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), from the tail.
    long double t = x;
    for (int n = 3000; n >= 1; --n) t = x + (n / 2.0L) / t;
    return e / root_pi / t;
}

}  // namespace own

/// The long double functions of the reference formulas: wide::own where
/// long double has 113 bits (WebAssembly), the C library's elsewhere.
#if LDBL_MANT_DIG == 113
namespace use = own;
#else
namespace use {
using std::erfc;
using std::exp;
using std::expm1;
using std::log1p;
using std::sqrt;
using std::tanh;
}  // namespace use
#endif

/// A long double with the functions of the reference formulas (act/core/real.hpp).
struct Wide {
    long double v = 0;  ///< the value
    Wide() = default;
    Wide(long double x) : v(x) {}
    Wide(double x) : v(x) {}
    Wide(int x) : v(x) {}
    /// A decimal constant, read at long double's precision.
    static Wide parse(const char* digits) { return Wide(std::strtold(digits, nullptr)); }

#define ACT_WIDE_OP(op)                                                                         \
    friend Wide operator op(Wide a, Wide b) { return Wide(a.v op b.v); }                        \
    friend Wide operator op(Wide a, int b) { return Wide(a.v op static_cast<long double>(b)); } \
    friend Wide operator op(int a, Wide b) { return Wide(static_cast<long double>(a) op b.v); }
    ACT_WIDE_OP(+)
    ACT_WIDE_OP(-)
    ACT_WIDE_OP(*)
    ACT_WIDE_OP(/)
#undef ACT_WIDE_OP
    friend Wide operator-(Wide a) { return Wide(-a.v); }
#define ACT_WIDE_CMP(op)                                                                         \
    friend bool operator op(Wide a, Wide b) { return a.v op b.v; }                               \
    friend bool operator op(Wide a, int b) { return a.v op static_cast<long double>(b); }        \
    friend bool operator op(int a, Wide b) { return static_cast<long double>(a) op b.v; }
    ACT_WIDE_CMP(<)
    ACT_WIDE_CMP(<=)
    ACT_WIDE_CMP(>)
    ACT_WIDE_CMP(>=)
    ACT_WIDE_CMP(==)
    ACT_WIDE_CMP(!=)
#undef ACT_WIDE_CMP

    friend Wide fabs(Wide a) { return Wide(std::fabs(a.v)); }
    friend Wide exp(Wide a) { return Wide(use::exp(a.v)); }
    friend Wide expm1(Wide a) { return Wide(use::expm1(a.v)); }
    friend Wide log1p(Wide a) { return Wide(use::log1p(a.v)); }
    friend Wide tanh(Wide a) { return Wide(use::tanh(a.v)); }
    friend Wide erfc(Wide a) { return Wide(use::erfc(a.v)); }
    friend Wide sqrt(Wide a) { return Wide(use::sqrt(a.v)); }
};

}  // namespace wide

#endif
