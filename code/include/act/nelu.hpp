// NeLU, the second surrogate of "The Resurrection of the ReLU" (Horuz et al.,
// 2025), defined through its derivative; the function is its antiderivative.
// Chapter: "NeLU" (chapters/nelu).
#ifndef ACT_NELU_HPP
#define ACT_NELU_HPP

#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"

namespace act {

/// \defgroup nelu NeLU
/// A surrogate defined by its derivative: 1 for \f$x>0\f$ and
/// \f$2\alpha x/(1+x^2)^2\f$ for \f$x\le 0\f$ (Horuz et al., 2025).
/// @{

/**
 * \brief NeLU, the antiderivative of nelu_derivative() that is continuous at 0.
 *
 * \f[ \operatorname{nelu}_\alpha(x) = \begin{cases} x & x > 0 \\
 *     \alpha - \dfrac{\alpha}{1+x^2} = \dfrac{\alpha x^2}{1+x^2} & x \le 0 \end{cases} \f]
 *
 * \param x     input.
 * \param alpha scale of the negative side; default 0.05, the middle of the
 *              values \f$\{0.01, 0.05, 0.1\}\f$ that Horuz et al. (2025) tried.
 * \return the NeLU of \p x; NaN for NaN; +inf at +inf; \p alpha at
 *         \f$-\infty\f$. On \f$x \le 0\f$ the value lies in \f$[0, \alpha)\f$
 *         and falls as x rises to 0 (the slope there is negative).
 *
 * Numerics: for \f$x < -1\f$ it uses \f$\alpha/(1 + (1/x)^2)\f$, so
 * \f$x^2\f$ never overflows; for \f$-1 \le x \le 0\f$ the form
 * \f$\alpha x^2/(1+x^2)\f$ keeps tiny values (no \f$\alpha - \alpha\f$
 * cancellation). The paper writes the negative side as
 * \f$-\alpha/(1+x^2)\f$, an antiderivative that jumps by \f$\alpha\f$ at 0;
 * only the derivative enters SUGAR, so the constant does not matter there.
 * Chapter: NeLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T nelu(T x, detail::same_t<T> alpha = T(0.05))
{
    return detail::nelu_kernel(x, alpha);  // branch-free, in double
}

/**
 * \brief Derivative of NeLU with respect to x (its definition in Horuz et al., 2025).
 *
 * \f[ \operatorname{nelu}_\alpha'(x) = \begin{cases} 1 & x > 0 \\
 *     \dfrac{2\alpha x}{(1+x^2)^2} & x \le 0 \end{cases} \f]
 *
 * \param x     input (not the NeLU output).
 * \param alpha scale of the negative side; default 0.05 (the paper tried
 *              0.01, 0.05 and 0.1).
 * \return the slope at \p x: 1 for x > 0; 0 at 0; negative for x < 0, with
 *         its most negative value \f$-3\sqrt3\,\alpha/8\f$ at
 *         \f$x = -1/\sqrt3\f$; 0 at \f$-\infty\f$; NaN for NaN.
 *
 * Numerics: for \f$x < -1\f$ it uses \f$2\alpha u^3/(1+u^2)^2\f$ with
 * \f$u = 1/x\f$, which equals the definition and cannot overflow (the plain
 * form overflows in \f$(1+x^2)^2\f$ beyond about \f$10^{77}\f$ in double,
 * where the true value is still a normal number). Chapter: NeLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T nelu_derivative(T x, detail::same_t<T> alpha = T(0.05))
{
    return detail::nelu_derivative_kernel(x, alpha);  // branch-free, in double
}

/**
 * \brief Lazy elementwise NeLU of an xtensor expression (see the scalar overload).
 * \param x     an xtensor expression of float or double.
 * \param alpha scale of the negative side, default 0.05.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto nelu(E&& x, double alpha = 0.05)
{
    return detail::elementwise(
        [alpha](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return nelu(v, static_cast<T>(alpha));
        },
        std::forward<E>(x));
}

/**
 * \brief Lazy elementwise NeLU derivative of an xtensor expression.
 * \param x     an xtensor expression of float or double (inputs).
 * \param alpha scale of the negative side, default 0.05.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto nelu_derivative(E&& x, double alpha = 0.05)
{
    return detail::elementwise(
        [alpha](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return nelu_derivative(v, static_cast<T>(alpha));
        },
        std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
