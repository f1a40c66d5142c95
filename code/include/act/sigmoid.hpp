// The logistic sigmoid and its derivative.
// Chapter: "Sigmoid" (chapters/sigmoid); also the derivative of softplus
// in "Softplus".
#ifndef ACT_SIGMOID_HPP
#define ACT_SIGMOID_HPP

#include <cmath>

#include "act/detail/elementwise.hpp"
#include "act/detail/kernels.hpp"

namespace act {

/// \defgroup sigmoid Sigmoid
/// The logistic function and its derivative (chapter "Sigmoid").
/// @{

/**
 * \brief Logistic sigmoid, \f$\sigma(x) = 1/(1+e^{-x})\f$.
 *
 * \f[ \sigma(x) = \frac{1}{1+e^{-x}} = \frac{e^{x}}{1+e^{x}} \f]
 *
 * \param x input.
 * \return \f$\sigma(x)\in[0,1]\f$; NaN for NaN.
 *
 * Numerics: only \f$e^{-|x|}\in(0,1]\f$ is ever computed, so nothing
 * overflows; \f$x \ge 0\f$ uses the first form, \f$x<0\f$ the second, and
 * neither subtracts. Limits: 0 at \f$-\infty\f$, 1 at \f$+\infty\f$. A float
 * is computed in double and rounded once (within 1 ULP of the exact value);
 * a double is within 2 ULPs. The result is 0 only where the exact value
 * rounds to 0 (below half the smallest denormal); the naive
 * \f$1/(1+e^{-x})\f$ already returns 0 below \f$-\log(\text{max})\f$ and
 * \f$e^x/(1+e^x)\f$ returns NaN above \f$\log(\text{max})\f$. See the
 * chapter "Sigmoid".
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T sigmoid(T x)
{
    const T s = static_cast<T>(detail::sigmoid_wide<T>(x));
    return detail::blend(detail::is_nan(x), x, s);  // NaN in, NaN out
}

/**
 * \brief Derivative of the sigmoid, \f$\sigma'(x) = \sigma(x)\,(1-\sigma(x))\f$.
 *
 * \f[ \sigma'(x) = \sigma(x)\bigl(1-\sigma(x)\bigr) = \frac{e^{-|x|}}{\bigl(1+e^{-|x|}\bigr)^2} \f]
 *
 * \param x input (not the sigmoid's output).
 * \return \f$\sigma'(x)\in[0,1/4]\f$; NaN for NaN.
 *
 * Numerics: the textbook product \f$\sigma(1-\sigma)\f$, computed from a
 * rounded \f$\sigma\f$, subtracts two nearly equal numbers when
 * \f$\sigma\f$ is close to 1: it loses digits as \f$x\f$ grows and is
 * exactly 0 once \f$\sigma\f$ rounds to 1 (the chapter measures where). The
 * symmetric form on the right has no subtraction and keeps full relative
 * precision everywhere. See the chapter "Sigmoid".
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T sigmoid_derivative(T x)
{
    const double e = detail::exp_minus_abs<T>(x);
    const double d = 1.0 + e;
    const T y = static_cast<T>(e / (d * d));
    return detail::blend(detail::is_nan(x), x, y);
}

/// \brief Lazy elementwise sigmoid of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto sigmoid(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return sigmoid(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise sigmoid derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs, not outputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto sigmoid_derivative(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return sigmoid_derivative(v); },
                               std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
