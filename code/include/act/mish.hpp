// Mish, x tanh(softplus(x)), one of the surrogates the SUGAR paper compares.
// Chapter: "SUGAR" (chapters/sugar), section "The surrogates".
#ifndef ACT_MISH_HPP
#define ACT_MISH_HPP

#include <cmath>
#include <type_traits>

#include "act/detail/double_kernels.hpp"
#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"

namespace act {

/// \defgroup mish Mish
/// \f$x\tanh(\operatorname{softplus}(x))\f$ (Misra, 2019). A surrogate in the SUGAR chapter.
/// @{

/**
 * \brief Mish, \f$x\tanh\bigl(\log(1+e^{x})\bigr)\f$.
 *
 * \f[ \operatorname{Mish}(x) = x\tanh\bigl(\operatorname{softplus}(x)\bigr)
 *     = x\,\frac{n}{n+2},\qquad n = e^{x}\,(e^{x}+2) \f]
 *
 * \param x input.
 * \return the Mish of \p x (as `torch.nn.Mish`); NaN for NaN; 0 at
 *         \f$-\infty\f$, \f$+\infty\f$ at \f$+\infty\f$.
 *
 * Numerics: \f$\tanh(\log(1+u)) = \frac{(1+u)^2-1}{(1+u)^2+1} =
 * \frac{u(u+2)}{u(u+2)+2}\f$ with \f$u=e^{x}\f$ needs no tanh and no log
 * and never subtracts. For \f$x>0\f$ it is rewritten with \f$v=e^{-x}\f$,
 * \f$\frac{1+2v}{1+2v+2v^2}\f$, so nothing overflows. Far left, where
 * \f$e^{x}\f$ is denormal, \f$\operatorname{Mish}(x) = x e^{x}\f$ to all digits:
 * the factor multiplies \f$e^{r}\f$ before the power of two \f$2^{k}\f$ does,
 * so the result is rounded into the denormals once. Both types run
 * branch-free vector kernels.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T mish(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::mish_float(x);  // vectorisable kernel
    } else {
        return detail::mish_double(x);  // vectorisable kernel
    }
}

/**
 * \brief Derivative of Mish with respect to x.
 *
 * \f[ \frac{d}{dx}\operatorname{Mish}(x)
 *     = \tanh\bigl(\operatorname{softplus}(x)\bigr)
 *       + x\,\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr)\,\sigma(x)
 *     = \frac{n}{n+2} + \frac{4x\,u(1+u)}{(n+2)^2},
 *     \quad u=e^{x},\ n=u(u+2) \f]
 *
 * \param x input (not the Mish output).
 * \return the slope at \p x, in about \f$[-0.11, 1.09]\f$; NaN for NaN; 0 at
 *         \f$-\infty\f$, 1 at \f$+\infty\f$.
 *
 * Numerics: the same rewriting as mish(): with \f$v=e^{-x}\f$ for
 * \f$x>0\f$ the second term is \f$\frac{4x(1+v)v^2}{(1+2v+2v^2)^2}\f$.
 * For \f$x \le 0\f$ the slope is \f$e^{x}G/(n+2)^2\f$, and G, which
 * vanishes at the minimum \f$x^* \approx -1.1924\f$, is written in
 * \f$x - x^*\f$ and \f$e^{x} - e^{x^*}\f$ as a sum whose terms never
 * cancel, so the slope keeps its relative accuracy next to the root;
 * far left the factor is applied before the exponential's power of two, so
 * that the denormal result rounds once. Both types run branch-free vector
 * kernels.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T mish_derivative(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::mish_derivative_float(x);  // vectorisable kernel
    } else {
        return detail::mish_derivative_double(x);  // vectorisable kernel
    }
}

/// \brief Lazy elementwise Mish of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto mish(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return mish(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise Mish derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto mish_derivative(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return mish_derivative(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
