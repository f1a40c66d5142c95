// SiLU (also called Swish-1), x * sigmoid(x), and its derivative.
// Chapter: "SiLU" (chapters/silu).
#ifndef ACT_SILU_HPP
#define ACT_SILU_HPP

#include <cmath>
#include <type_traits>

#include "act/detail/double_kernels.hpp"
#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"
#include "act/sigmoid.hpp"

namespace act {

namespace detail {

/// The SiLU minimiser \f$x^* = -1 - W(1/e)\f$ as an unevaluated sum hi + lo
/// (mpmath, 40 digits: -1.278464542761073795109358739022980155440).
constexpr double silu_root_hi = -1.2784645427610737;
constexpr double silu_root_lo = -1.0946994183093437e-16;

/// SiLU's derivative for a double, branch-free (vectorisable). For x >= 0 it
/// is \f$(1 + e + xe)/(1+e)^2\f$ with \f$e = e^{-x}\f$; for x < 0 it is
/// \f$e\,F/(1+e)^2\f$ with \f$e = e^{x}\f$ and \f$F = 1 + x + e^{x}\f$, which
/// vanishes at the root \f$x^*\f$. Near it, with \f$d = x - x^*\f$ and
/// \f$e^{x^*} = -(1+x^*)\f$,
/// \f$F = -x^* d - (1+x^*)\,(\operatorname{expm1}(d) - d)\f$: a first-order
/// and a second-order term that never cancel for \f$|d| < 1/2\f$. It is used
/// for \f$|d| < 1/4\f$ (beyond, the plain sum cancels only mildly),
/// with \f$\operatorname{expm1}(d) - d = d^2(1/2! + d/3! + \dots)\f$ summed to
/// \f$d^{13}/13!\f$ (truncation below 1e-18): a shorter kernel, which GCC
/// still inlines into xtensor's loop and vectorises. Far left, where
/// \f$e^{x}\f$ is denormal, \f$F/(1+e)^2\f$ multiplies \f$e^{r}\f$ before
/// \f$2^{k}\f$ does.
ACT_INLINE double silu_derivative_double(double x)
{
    const ExpMinusAbs exp(x);
    const double e = exp.value();
    const double d = 1.0 + e;
    const double inv2 = 1.0 / (d * d);
    const double positive_side = (d + x * e) * inv2;
    // [listing:root-shift]
    const double dd = (x - silu_root_hi) - silu_root_lo;  // x - hi is exact near the root
    const double expm1_minus_d = dd * dd * taylor_exp<2, 13>(dd);  // d^2 (1/2! + d/3! + ...)
    const double near = -silu_root_hi * dd - (1.0 + silu_root_hi) * expm1_minus_d;
    const double far = (1.0 + x) + e;
    const bool close = magnitude_below(dd, 0.25);  // |d| < 1/4
    const double negative_side = exp.times(blend(close, near, far) * inv2);  // e F/(1+e)^2
    // [/listing:root-shift]
    const bool plus_inf = bits_of(x) == 0x7ff0000000000000ull;  // x e would be inf * 0
    const double y = blend(sign_bit(x), blend(far_left(x, 800.0), -0.0, negative_side), blend(plus_inf, 1.0, positive_side));
    return blend(is_nan(x), x, y);
}

}  // namespace detail

/// \defgroup silu SiLU
/// The sigmoid-weighted linear unit \f$x\,\sigma(x)\f$ (Swish with
/// \f$\beta = 1\f$): B-SiLU with \f$\alpha = 0\f$.
/// @{

/**
 * \brief SiLU, \f$x\,\sigma(x) = x/(1+e^{-x})\f$.
 *
 * \f[ \operatorname{silu}(x) = x\,\sigma(x) = \frac{x}{1+e^{-x}} \f]
 *
 * \param x input.
 * \return \f$x\,\sigma(x)\f$; NaN for NaN; +inf at +inf; 0 (as -0) at -inf.
 *         Its global minimum is \f$-W(1/e) \approx -0.278465\f$ at
 *         \f$x^* = -1 - W(1/e) \approx -1.278465\f$ (W: Lambert's function).
 *
 * Numerics: \f$e^{-x}\f$ is only evaluated for \f$x \ge 0\f$ and \f$e^{x}\f$
 * only for \f$x<0\f$, so nothing overflows. For very negative x the result is
 * tiny but non-zero (\f$x e^{x}\f$, denormal below about -708 in double and
 * -87 in float); x multiplies \f$e^{r}\f$ before the power of two \f$2^{k}\f$
 * does, so denormal results keep all the bits they can hold. Float is
 * computed in double and rounded once; both types run branch-free vector
 * kernels. Chapter: SiLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T silu(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::silu_float(x);  // vectorisable kernel
    } else {
        return detail::silu_double(x);  // vectorisable kernel
    }
}

/**
 * \brief Derivative of SiLU with respect to x, \f$\sigma(x)\bigl(1 + x(1-\sigma(x))\bigr)\f$.
 *
 * \f[ \operatorname{silu}'(x) = \sigma(x) + x\,\sigma(x)\bigl(1-\sigma(x)\bigr)
 *     = \begin{cases}
 *        \dfrac{1 + e^{-x} + x e^{-x}}{(1+e^{-x})^2} & x \ge 0 \\[1ex]
 *        \dfrac{e^{x}\,(1 + x + e^{x})}{(1+e^{x})^2} & x < 0
 *       \end{cases} \f]
 *
 * \param x input (not the SiLU output).
 * \return the slope at \p x, in about [-0.0998, 1.0998]; negative for
 *         \f$x < x^* \approx -1.278465\f$; NaN for NaN; 1 at +inf; 0 at -inf.
 *
 * Numerics: the factor \f$1 + x + e^x\f$ vanishes at \f$x^*\f$, where the
 * plain sum cancels; it is computed relative to \f$x^*\f$ (stored to 32
 * digits as two doubles) with \f$\operatorname{expm1}(d) - d\f$ as a series,
 * which keeps full relative accuracy at the root. Far left the factor goes
 * into the exponential before its power of two (denormal results round
 * once). Both types run branch-free vector kernels. Chapter: SiLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T silu_derivative(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::silu_derivative_float(x);  // vectorisable kernel
    } else {
        return detail::silu_derivative_double(x);  // vectorisable kernel
    }
}

/// \brief Lazy elementwise SiLU of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto silu(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return silu(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise SiLU derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs, not outputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto silu_derivative(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return silu_derivative(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
