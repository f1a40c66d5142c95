// The exponential the kernels use: e^-|t| (and e^-|t| - 1), branch-free, to
// the accuracy that a float or a double result needs. Only a non-positive
// argument is ever exponentiated, so nothing overflows; every function of
// the library writes its formulas in terms of e^-|x| for that reason.
//
// Why not std::exp? A loop that calls std::exp stays a loop of calls.
// Chapter: "Accuracy and speed", deep dive on the exponential.
#ifndef ACT_CORE_EXP_HPP
#define ACT_CORE_EXP_HPP

#include <cstdint>

#include "act/core/bits.hpp"
#include "act/core/config.hpp"
#include "act/core/fitted.hpp"
#include "act/core/polynomial.hpp"

namespace act::core {

/// e^r for |r| <= ln(2)/2, to the accuracy a float result
/// needs (fitted::exp_poly_for_float: relative error 2.5e-9).
ACT_INLINE double exp_near_zero_for_float(double r) { return horner(fitted::exp_poly_for_float, r); }

/// -min(|t|, limit) = k ln2 + r with |r| <= ln2/2 (Cody and Waite: ln2 in two
/// parts, the first with trailing zero bits so that k ln2_hi is exact), in
/// integers where it matters so that NaN and inf need no comparison.
struct Reduced {
    double r;   ///< the remainder
    double kd;  ///< k + 1.5 2^52: k sits in the low bits of its pattern
    /// k as an integer: the difference of the mantissas of kd and the shift.
    ACT_INLINE std::int64_t k() const { return static_cast<std::int64_t>(bits_of(kd) - bits_of(0x1.8p52)); }
};

/// Reduces -min(|t|, limit) to k ln2 + r (see Reduced).
ACT_INLINE Reduced reduce_minus_abs(double t, double limit)
{
    const std::uint64_t m = bits_of(t) & 0x7fffffffffffffffull;
    const double u = -double_of(m < bits_of(limit) ? m : bits_of(limit));
    const double shift = 0x1.8p52;                     // adding it rounds to an integer
    const double kd = u * 1.4426950408889634 + shift;  // k = round(u / ln2) sits in the low bits
    const double k = kd - shift;
    return {(u - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10, kd};
}

/// 2^k for a normal result, written into the exponent bits.
ACT_INLINE double power_of_two(std::int64_t k) { return double_of(static_cast<std::uint64_t>(k + 1023) << 52); }

// [listing:exp-kernel]
/// e^-|t| for a double result, as a normal number and a scale: the Taylor
/// polynomial of degree 13 for e^r (truncation 4e-18), |t| up to 760, and
/// 2^k added to its exponent bits. Where 2^k is near or below the denormals
/// (k < -1000), the exponent gets k + 100 and the scale is 2^-100, applied
/// last. value() is e^-|t|, rounded once where it is denormal; times(c) is
/// c e^-|t| with c applied first, so that a denormal product also rounds
/// once (a denormal e^-|t| has already lost the digits that c would need).
/// Beyond |t| = 760, c e^-760 is still 0 for |c| up to about 1e6; callers
/// whose factor grows with t (x in SiLU's x e^x) return the limit
/// themselves below -800.
struct ExpMinusAbs {
    /// e^r 2^k, or e^r 2^(k+100) far out: normal
    double scaled;
    /// 1, or 2^-100 far out
    double scale;
    ACT_INLINE explicit ExpMinusAbs(double t)
    {
        const Reduced x = reduce_minus_abs(t, 760.0);
        const double p = taylor_exp<0, 13>(x.r);  // e^r, in [0.7, 1.5)
        const std::int64_t k = x.k();              // in [-1097, 0]
        const bool far = k < -1000;
        scale = select(far, 0x1p-100, 1.0);
        const std::int64_t into_exponent = select(far, k + 100, k);
        const std::uint64_t shift = static_cast<std::uint64_t>(into_exponent) << 52;
        scaled = double_of(bits_of(p) + shift);  // exact: the result is normal
    }
    ACT_INLINE double value() const { return scaled * scale; }
    ACT_INLINE double times(double c) const { return c * scaled * scale; }
};

/// e^-|t| in double, branch-free, to the accuracy a result of type T
/// needs (-inf and +inf give 0; NaN gives a number the caller replaces).
///  - T = double: ExpMinusAbs(t).value().
///  - T = float: a near-minimax polynomial of degree 6 (relative error
///    2.5e-9, a twentieth of a float ULP at worst); |t| up to 708, where
///    e^-|t| is still a normal double and every float result built on it is
///    0 anyway, so one factor suffices.
template <class T>
ACT_INLINE double exp_minus_abs(double t)
{
    if constexpr (sizeof(T) == 4) {
        const Reduced x = reduce_minus_abs(t, 708.0);
        const double p = exp_near_zero_for_float(x.r);  // e^r
        // k in [-1022, 0] sits in the low bits of kd (the shift's low 12
        // bits are 0), so shifting kd's pattern by 52 gives k << 52 directly.
        return double_of(bits_of(p) + (bits_of(x.kd) << 52));  // p 2^k
    } else {
        return ExpMinusAbs(t).value();
    }
}
// [/listing:exp-kernel]

/// e^-|t| - 1 in double, branch-free, to the accuracy a result of type T
/// needs: with -|t| = k ln2 + r, e^r - 1 = r (1 + r/2 + r^2/6 + ...) keeps
/// the digits of tiny t (Taylor degree 9 for float, 13 for double), and
/// 2^k (e^r - 1) + (2^k - 1) rebuilds the rest.
template <class T>
ACT_INLINE double expm1_minus_abs(double t)
{
    const Reduced x = reduce_minus_abs(t, 708.0);
    const double em1 = x.r * taylor_exp<1, sizeof(T) == 4 ? 9 : 13>(x.r);  // e^r - 1, no cancellation
    const double two_k = power_of_two(x.k());
    return two_k * em1 + (two_k - 1.0);
}

}  // namespace act::core

#endif
