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

/// The factor \f$F(x) = x + c + e^{x}\f$ that the derivatives of SiLU
/// (c = 1) and B-SiLU (\f$c = 1 + \alpha\f$) have for x < 0, with what the
/// kernel below needs to write it around its root \f$x_0\f$. Since
/// \f$e^{x_0} = -(x_0 + c)\f$, with d = x - x_0,
/// \f$F = (1 + e^{x_0})\,d + e^{x_0}(\operatorname{expm1}(d) - d)\f$:
/// two terms of the sign of d, which never cancel.
struct LeftFactor {
    double alpha;             ///< B-SiLU's alpha (0 for SiLU)
    double c_hi, c_lo;        ///< c = 1 + alpha, exactly, as hi + lo
    double root_hi, root_lo;  ///< \f$x_0\f$ as hi + lo; NaN where F has no root to expand around
    double slope;             ///< \f$F'(x_0) = 1 + e^{x_0}\f$
    double root_exp;          ///< \f$e^{x_0}\f$
};

/// SiLU's factor 1 + x + e^x, its root stored as constants. Alpha and
/// c_lo are -0 rather than +0: v + (-0) is v for every v, -0 included, so
/// the compiler drops those additions from SiLU's kernel.
inline constexpr LeftFactor silu_left_factor{-0.0, 1.0, -0.0, silu_root_hi, silu_root_lo, -silu_root_hi,
                                             -(1.0 + silu_root_hi)};

/// A zero with the sign of v.
ACT_INLINE double zero_with_sign_of(double v) { return double_of(bits_of(v) & 0x8000000000000000ull); }

/// The derivative of \f$(x + \alpha)\sigma(x)\f$ for a double, branch-free
/// (vectorisable): SiLU's derivative for \f$\alpha = 0\f$, B-SiLU's
/// otherwise. For x >= 0 it is \f$(1 + e + (x+\alpha)e)/(1+e)^2\f$ with
/// \f$e = e^{-x}\f$; for x < 0 it is \f$e\,F/(1+e)^2\f$ with
/// \f$e = e^{x}\f$ and F the LeftFactor. Within 1/4 of F's root, F is
/// written around it, with \f$\operatorname{expm1}(d) - d = d^2(1/2! + d/3! +
/// \dots)\f$ summed to \f$d^{13}/13!\f$ (truncation below 1e-18);
/// further out the plain sum cancels only mildly. Far left, where \f$e^{x}\f$
/// is denormal, \f$F/(1+e)^2\f$ multiplies \f$e^{r}\f$ before
/// \f$2^{k}\f$ does; below -800 the slope is a zero with the sign of F.
ACT_INLINE double sigmoid_slope_double(double x, const LeftFactor& f)
{
    const ExpMinusAbs exp(x);
    const double e = exp.value();
    const double d = 1.0 + e;
    const double inv2 = 1.0 / (d * d);
    const double positive_side = (d + (x + f.alpha) * e) * inv2;
    // [listing:root-shift]
    const double dd = (x - f.root_hi) - f.root_lo;  // x - hi is exact near the root
    // d^2 (1/2! + d/3! + ...)
    const double expm1_minus_d = dd * dd * taylor_exp<2, 13>(dd);
    const double near = f.slope * dd + f.root_exp * expm1_minus_d;
    const double far = ((x + f.c_hi) + f.c_lo) + e;
    // |d| < 1/4 (false where the root is NaN)
    const bool close = magnitude_below(dd, 0.25);
    // e F/(1+e)^2
    const double negative_side = exp.times(blend(close, near, far) * inv2);
    // [/listing:root-shift]
    const double left = blend(far_left(x, 800.0), zero_with_sign_of(far), negative_side);
    const bool plus_inf = bits_of(x) == 0x7ff0000000000000ull;  // (x + alpha) e would be inf * 0
    const double y = blend(sign_bit(x), left, blend(plus_inf, 1.0, positive_side));
    return blend(is_nan(x), x, y);
}

/// SiLU's derivative for a double (vectorisable): sigmoid_slope_double with
/// SiLU's root, \f$x^* = -1 - W(1/e)\f$.
ACT_INLINE double silu_derivative_double(double x) { return sigmoid_slope_double(x, silu_left_factor); }

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
