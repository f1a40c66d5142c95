// log(1 + e) for e in [0, 1], branch-free, to the accuracy that a float or a
// double result needs: what softplus adds to max(x, 0).
// Chapter: "Softplus", and "Accuracy and speed".
#ifndef ACT_CORE_LOG1P_HPP
#define ACT_CORE_LOG1P_HPP

#include "act/core/bits.hpp"
#include "act/core/config.hpp"
#include "act/core/fitted.hpp"
#include "act/core/polynomial.hpp"

namespace act::core {

/// Terms of the atanh series that make log(m), m in [sqrt(1/2), sqrt(2)],
/// accurate to double (11: truncation 1e-18) or to a float rounded from
/// double (7: 2e-13).
template <class T>
inline constexpr int log_terms = sizeof(T) == 4 ? 7 : 11;

/// \f$\log(1+e)\f$ for \f$e \in [0, 1]\f$, branch-free. u = 1 + e is rounded,
/// and c = (e - (u - 1))/u puts back what the rounding lost (exact for
/// denormal e, where log1p(e) = e). Then u = 2^k m with k in {0, 1} and
/// m in [sqrt(1/2), sqrt(2)], and \f$\log m = 2\operatorname{atanh}(s)\f$,
/// s = (m-1)/(m+1), |s| <= 0.172, from its series \f$2s\sum s^{2i}/(2i+1)\f$.
/// The result is k ln2_hi + (log m + (k ln2_lo + c)): at e = 1 exactly
/// ln2_hi + ln2_lo, the correctly rounded log 2.
template <class T>
ACT_INLINE double log1p_unit(double e)
{
    const double u = 1.0 + e;
    // What the rounding of u lost, over u; for a float result the division
    // by u (in [1, 2]) changes the result by less than 1e-16 and is skipped.
    const double lost = e - (u - 1.0);
    const double c = sizeof(T) == 4 ? lost : lost / u;
    const bool halve = bits_of(u) > bits_of(1.4142135623730951);  // u > sqrt(2), u positive
    const double m = select(halve, 0.5 * u, u);
    const double f = m - 1.0;  // exact
    const double s = f / (2.0 + f);
    const double z = s * s;
    // log m = f - s f + s R with R = 2(z/3 + z^2/5 + ...), arranged (as in
    // fdlibm) so that f, which is exact, carries most of the value.
    const double r = 2.0 * z * atanh_series<1, log_terms<T>>(z);
    const double half_f2 = 0.5 * f * f;
    const double k = select(halve, 1.0, 0.0);
    return k * 6.93147180369123816490e-01 +
           (f - (half_f2 - (s * (half_f2 + r) + (k * 1.90821492927058770002e-10 + c))));
}

/// \f$\log(1+e)\f$ for \f$e \in [0, 1]\f$ to the accuracy a float result
/// needs, without a division: \f$e\,q(e)\f$ with q(e) = log1p(e)/e replaced
/// by its near-minimax polynomial (fitted::log1p_poly_for_float). The
/// factor e keeps the relative accuracy for tiny e, down to denormals.
ACT_INLINE double log1p_unit_for_float(double e) { return e * horner(fitted::log1p_poly_for_float, e); }

}  // namespace act::core

#endif
