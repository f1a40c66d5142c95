// ELU and SELU, two of the surrogates the SUGAR paper compares.
// Chapter: "SUGAR" (chapters/sugar), section "The surrogates".
#ifndef ACT_ELU_HPP
#define ACT_ELU_HPP

#include <type_traits>

#include "act/detail/double_kernels.hpp"
#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"

namespace act {

/// \defgroup elu ELU and SELU
/// Exponential linear units: the identity for positive inputs, a saturating
/// exponential for negative ones. Surrogates in the SUGAR chapter.
/// @{

/// SELU's \f$\lambda\f$, as `torch.nn.SELU` (Klambauer et al., 2017).
inline constexpr double selu_scale = 1.0507009873554804934193349852946;
/// SELU's \f$\alpha\f$, as `torch.nn.SELU` (Klambauer et al., 2017).
inline constexpr double selu_alpha = 1.6732632423543772848170429916717;

/**
 * \brief Exponential linear unit, \f$x\f$ for \f$x>0\f$ and \f$\alpha(e^{x}-1)\f$ otherwise.
 *
 * \f[ \operatorname{ELU}_\alpha(x) =
 *     \begin{cases} x & x > 0 \\ \alpha\,(e^{x}-1) & x \le 0 \end{cases} \f]
 *
 * \param x     input.
 * \param alpha the negative saturation value is \f$-\alpha\f$; default 1
 *              (as `torch.nn.ELU`).
 * \return the ELU of \p x; NaN for NaN; \f$-\alpha\f$ at \f$-\infty\f$,
 *         \f$+\infty\f$ at \f$+\infty\f$.
 *
 * Numerics: \f$e^{x}-1\f$ is computed as `expm1` is, keeping every digit
 * near 0, where the textbook `exp(x) - 1` cancels (at \f$x=-10^{-10}\f$ it
 * keeps at most 8 of 16 digits). Nothing overflows: the exponential only
 * sees \f$x\le0\f$. Both types run branch-free vector kernels
 * (act/detail/float_kernels.hpp, act/detail/double_kernels.hpp).
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T elu(T x, detail::same_t<T> alpha = T(1))
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::elu_float(x, alpha);  // vectorisable kernel
    } else {
        return detail::elu_double(x, alpha);  // vectorisable kernel
    }
}

/**
 * \brief Derivative of ELU with respect to x: 1 for \f$x>0\f$, \f$\alpha e^{x}\f$ otherwise.
 *
 * \f[ \frac{d}{dx}\operatorname{ELU}_\alpha(x) =
 *     \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases} \f]
 *
 * \param x     input (not the ELU output).
 * \param alpha as in elu(); default 1.
 * \return the slope at \p x; NaN for NaN; 0 at \f$-\infty\f$. At \f$x=0\f$
 *         it is \f$\alpha\f$ (the left slope), as PyTorch's `elu_backward`.
 *
 * Numerics: far left, where \f$e^{x}\f$ alone is denormal, \f$\alpha\f$
 * multiplies \f$e^{r}\f$ before the power of two \f$2^{k}\f$ does, so the
 * product rounds once and is not 0 where the true value is a representable
 * number.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T elu_derivative(T x, detail::same_t<T> alpha = T(1))
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::elu_derivative_float(x, alpha);  // vectorisable kernel
    } else {
        return detail::elu_derivative_double(x, alpha);  // vectorisable kernel
    }
}

/**
 * \brief Scaled ELU, \f$\lambda\,\operatorname{ELU}_\alpha(x)\f$ with PyTorch's fixed constants.
 *
 * \f[ \operatorname{SELU}(x) = \lambda
 *     \begin{cases} x & x > 0 \\ \alpha\,(e^{x}-1) & x \le 0 \end{cases},
 *     \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733 \f]
 *
 * \param x input.
 * \return the SELU of \p x; NaN for NaN; \f$-\lambda\alpha\approx-1.7581\f$
 *         at \f$-\infty\f$.
 *
 * Numerics: `expm1` as in elu(). For \f$x > \max/\lambda\f$ the true result
 * is larger than the largest finite number and the function returns
 * \f$+\infty\f$, the correctly rounded value.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T selu(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::selu_float(x, selu_scale, selu_alpha);  // vectorisable kernel
    } else {
        return detail::selu_double(x, selu_scale, selu_alpha);  // vectorisable kernel
    }
}

/**
 * \brief Derivative of SELU with respect to x: \f$\lambda\f$ for \f$x>0\f$, \f$\lambda\alpha e^{x}\f$ otherwise.
 *
 * \f[ \frac{d}{dx}\operatorname{SELU}(x) =
 *     \begin{cases} \lambda & x > 0 \\ \lambda\alpha\,e^{x} & x \le 0 \end{cases} \f]
 *
 * \param x input (not the SELU output).
 * \return the slope at \p x; NaN for NaN; 0 at \f$-\infty\f$; the left slope
 *         \f$\lambda\alpha\f$ at 0.
 *
 * Numerics: as elu_derivative().
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T selu_derivative(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::selu_derivative_float(x, selu_scale, selu_alpha);  // vectorisable kernel
    } else {
        return detail::selu_derivative_double(x, selu_scale, selu_alpha);  // vectorisable kernel
    }
}

/**
 * \brief Lazy elementwise ELU of an xtensor expression (see the scalar overload).
 * \param x     an xtensor expression of float or double.
 * \param alpha negative saturation \f$-\alpha\f$, default 1.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto elu(E&& x, double alpha = 1.0)
{
    return detail::elementwise(
        [alpha](auto v) ACT_INLINE_LAMBDA { return elu(v, static_cast<decltype(v)>(alpha)); },
        std::forward<E>(x));
}

/**
 * \brief Lazy elementwise ELU derivative of an xtensor expression.
 * \param x     an xtensor expression of float or double (inputs).
 * \param alpha as in elu(), default 1.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto elu_derivative(E&& x, double alpha = 1.0)
{
    return detail::elementwise(
        [alpha](auto v) ACT_INLINE_LAMBDA { return elu_derivative(v, static_cast<decltype(v)>(alpha)); },
        std::forward<E>(x));
}

/// \brief Lazy elementwise SELU of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto selu(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return selu(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise SELU derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto selu_derivative(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return selu_derivative(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
