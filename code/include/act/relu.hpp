// ReLU, max(x, 0), and LeakyReLU, with their derivatives.
// Chapter: "ReLU" (chapters/relu).
#ifndef ACT_RELU_HPP
#define ACT_RELU_HPP

#include <cmath>

#include "act/detail/elementwise.hpp"

namespace act {

/// \defgroup relu ReLU
/// The rectified linear unit, its leaky variant, and their derivatives.
/// @{

/**
 * \brief Rectified linear unit, \f$\max(x, 0)\f$.
 *
 * \f[ \operatorname{relu}(x) = \max(x, 0) =
 *     \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases} \f]
 *
 * \param x input.
 * \return \p x for \f$x > 0\f$, +0 otherwise (also for \f$x = -0\f$); NaN for
 *         NaN; \f$+\infty\f$ at \f$+\infty\f$, 0 at \f$-\infty\f$.
 *
 * Numerics: exact, no rounding. NaN is tested explicitly because
 * `std::max(x, 0)` returns NaN for a NaN \p x but `std::max(0, x)` returns
 * 0: whether NaN survives would depend on the order of the arguments (see
 * the ReLU chapter).
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T relu(T x)
{
    if (std::isnan(x)) {
        return x;
    }
    return x > T(0) ? x : T(0);
}

/**
 * \brief Derivative of ReLU with respect to x: 1 for \f$x > 0\f$, 0 for \f$x \le 0\f$.
 *
 * \f[ \operatorname{relu}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases} \f]
 *
 * ReLU has no derivative at 0 (the one-sided slopes are 0 and 1); this
 * function returns 0 there, the value PyTorch and TensorFlow use for the
 * gradient (any value in [0, 1] is a subgradient).
 *
 * \param x input (not the ReLU output).
 * \return 1 or 0; NaN for NaN (PyTorch's autograd returns 1 there, see the
 *         chapter).
 *
 * Numerics: exact.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T relu_derivative(T x)
{
    if (std::isnan(x)) {
        return x;
    }
    return x > T(0) ? T(1) : T(0);
}

/**
 * \brief Leaky ReLU: \p x for positive \p x, \f$a\,x\f$ otherwise.
 *
 * \f[ \operatorname{leaky\_relu}_a(x) =
 *     \begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases} \f]
 *
 * \param x              input.
 * \param negative_slope the slope \f$a\f$ for \f$x \le 0\f$; default 0.01
 *                       (as `torch.nn.LeakyReLU`). With \f$a = 0\f$ this is
 *                       relu().
 * \return the leaky ReLU of \p x; NaN for NaN; \f$+\infty\f$ at \f$+\infty\f$,
 *         \f$-\infty\f$ at \f$-\infty\f$ for \f$a > 0\f$.
 *
 * Numerics: one multiplication, computed in double for float inputs and
 * rounded once, so the result is the correctly rounded product (the same
 * float PyTorch's float kernel computes). For \f$0 \le a \le 1\f$ nothing can
 * overflow.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T leaky_relu(T x, detail::same_t<T> negative_slope = T(0.01))
{
    using W = detail::wide_t<T>;
    if (std::isnan(x)) {
        return x;
    }
    if (x > T(0)) {
        return x;
    }
    return static_cast<T>(W(negative_slope) * W(x));
}

/**
 * \brief Derivative of leaky ReLU with respect to x: 1 for \f$x > 0\f$, \f$a\f$ for \f$x \le 0\f$.
 *
 * \f[ \operatorname{leaky\_relu}_a'(x) =
 *     \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases} \f]
 *
 * At \f$x = 0\f$ it returns \f$a\f$, as PyTorch's `leaky_relu_backward` does.
 *
 * \param x              input (not the output).
 * \param negative_slope the slope \f$a\f$ for \f$x \le 0\f$; default 0.01.
 * \return 1 or \p negative_slope; NaN for NaN (PyTorch's autograd returns
 *         \p negative_slope there, see the ReLU chapter).
 *
 * Numerics: exact.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T leaky_relu_derivative(T x, detail::same_t<T> negative_slope = T(0.01))
{
    if (std::isnan(x)) {
        return x;
    }
    return x > T(0) ? T(1) : negative_slope;
}

/// \brief Lazy elementwise ReLU of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto relu(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return relu(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise ReLU derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs, not outputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto relu_derivative(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return relu_derivative(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise leaky ReLU of an xtensor expression.
/// \param x              an xtensor expression of float or double.
/// \param negative_slope the slope for \f$x \le 0\f$, default 0.01.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto leaky_relu(E&& x, double negative_slope = 0.01)
{
    return detail::elementwise(
        [negative_slope](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return leaky_relu(v, static_cast<T>(negative_slope));
        },
        std::forward<E>(x));
}

/// \brief Lazy elementwise leaky ReLU derivative of an xtensor expression.
/// \param x              an xtensor expression of float or double (inputs).
/// \param negative_slope the slope for \f$x \le 0\f$, default 0.01.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto leaky_relu_derivative(E&& x, double negative_slope = 0.01)
{
    return detail::elementwise(
        [negative_slope](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return leaky_relu_derivative(v, static_cast<T>(negative_slope));
        },
        std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
