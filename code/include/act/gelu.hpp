// GELU in its exact form, x times the standard normal CDF, one of the
// surrogates the SUGAR paper compares.
// Chapter: "SUGAR" (chapters/sugar), section "The surrogates".
#ifndef ACT_GELU_HPP
#define ACT_GELU_HPP

#include <cmath>
#include <type_traits>

#include "act/detail/double_kernels.hpp"
#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"

namespace act {

/// \defgroup gelu GELU
/// The Gaussian error linear unit, exact (erf) form. A surrogate in the SUGAR chapter.
/// @{

/**
 * \brief GELU, \f$x\,\Phi(x)\f$ with \f$\Phi\f$ the standard normal CDF (exact erf form).
 *
 * \f[ \operatorname{GELU}(x) = x\,\Phi(x)
 *     = \frac{x}{2}\Bigl(1+\operatorname{erf}\bigl(x/\sqrt2\bigr)\Bigr)
 *     = \frac{x}{2}\operatorname{erfc}\bigl(-x/\sqrt2\bigr) \f]
 *
 * \param x input.
 * \return the GELU of \p x (as `torch.nn.GELU()` with `approximate='none'`);
 *         NaN for NaN; 0 at \f$-\infty\f$, \f$+\infty\f$ at \f$+\infty\f$.
 *
 * Numerics: the erf form \f$1+\operatorname{erf}\f$ cancels for negative
 * \p x and reaches 0 near \f$x=-8.3\f$, and the erfc form loses digits
 * in the left tail to the rounding of \f$x/\sqrt2\f$ (see the chapter).
 * The library needs neither: with \f$a=|x|\f$ and the tail
 * \f$Q(a) = e^{-a^2/2}R(a)/\sqrt{2\pi}\f$ (R: Mills' ratio, a fitted
 * polynomial), GELU is \f$xQ(a)\f$ for \f$x<0\f$ and \f$x - xQ(a)\f$ for
 * \f$x \ge 0\f$, with \f$a^2\f$ split exactly so that the exponential's
 * argument carries no rounding error. Results stay accurate down into the
 * denormals; beyond \f$|x| = 40\f$ they are \p x and -0. Float and
 * double both run branch-free vector kernels (float computed in double and
 * rounded once).
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T gelu(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::gelu_float(x);  // vectorisable kernels
    } else {
        return detail::gelu_double(x);
    }
}

/**
 * \brief Derivative of GELU with respect to x: \f$\Phi(x) + x\,\varphi(x)\f$.
 *
 * \f[ \frac{d}{dx}\operatorname{GELU}(x) = \Phi(x) + x\,\varphi(x),
 *     \qquad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}} \f]
 *
 * \param x input (not the GELU output).
 * \return the slope at \p x, in about \f$[-0.17, 1.13]\f$; NaN for NaN;
 *         0 at \f$-\infty\f$, 1 at \f$+\infty\f$.
 *
 * Numerics: with \f$a = |x|\f$ the slope is \f$\varphi(a)(R(a) - a)\f$
 * for \f$x<0\f$ and 1 minus that for \f$x \ge 0\f$ (R: Mills' ratio, as
 * in gelu()). \f$R(a) - a\f$ vanishes at the root \f$a^* \approx
 * 0.7518\f$; within 1/2 of it, it is \f$d\,G(d)\f$ with
 * \f$d = a - a^*\f$ and a fitted G, so the slope keeps its relative
 * accuracy next to the root. Beyond \f$|x| = 40\f$ it is 1 and -0.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T gelu_derivative(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::gelu_derivative_float(x);  // vectorisable kernels
    } else {
        return detail::gelu_derivative_double(x);
    }
}

/// \brief Lazy elementwise GELU of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto gelu(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return gelu(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise GELU derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto gelu_derivative(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return gelu_derivative(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
