// Softplus, log(1 + e^x), with PyTorch's beta and threshold parameters.
// Chapter: "Softplus" (chapters/softplus).
#ifndef ACT_SOFTPLUS_HPP
#define ACT_SOFTPLUS_HPP

#include <algorithm>
#include <cmath>

#include "act/detail/elementwise.hpp"
#include "act/sigmoid.hpp"

namespace act {

/// \defgroup softplus Softplus
/// A smooth ReLU whose derivative is the sigmoid.
/// @{

/**
 * \brief Softplus, \f$\frac{1}{\beta}\log\bigl(1+e^{\beta x}\bigr)\f$, linear above the threshold.
 *
 * \f[ \operatorname{softplus}_\beta(x) =
 *     \begin{cases} x & \beta x > \text{threshold} \\
 *                   \frac{1}{\beta}\log\bigl(1+e^{\beta x}\bigr) & \text{otherwise}
 *     \end{cases} \f]
 *
 * \param x         input.
 * \param beta      sharpness, non-zero; default 1 (as `torch.nn.Softplus`).
 * \param threshold above this value of \f$\beta x\f$ the result is \p x;
 *                  default 20 (as PyTorch). Pass infinity for the exact
 *                  function everywhere.
 * \return the softplus of \p x; NaN for NaN; 0 at \f$-\infty\f$, \p x at
 *         \f$+\infty\f$.
 *
 * Numerics: the stable form
 * \f$\log(1+e^{z}) = \max(z,0) + \operatorname{log1p}(e^{-|z|})\f$, \f$z=\beta x\f$,
 * only exponentiates a non-positive number, so it cannot overflow, and
 * log1p keeps the tiny values for very negative \p x (down to the smallest
 * denormal). The threshold is PyTorch's shortcut: in float it costs nothing,
 * in double it returns \p x where the true value is larger by
 * \f$e^{-\beta x}/\beta\f$ (about 2e-9 at the default), see the chapter.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T softplus(T x, detail::same_t<T> beta = T(1), detail::same_t<T> threshold = T(20))
{
    using namespace detail;  // the kernels of detail/kernels.hpp
    // [listing:stable-form]
    // log(1 + e^z) = max(z, 0) + log1p(e^-|z|): the exponential never sees a
    // positive argument, and log1p keeps the digits of a tiny e^-|z|. A float
    // is computed in double and rounded once. Written branch-free (every case
    // computed, one selected at the end) with the kernels of
    // detail/kernels.hpp, so that loops over arrays vectorise.
    const double z = double(beta) * double(x);
    const double e = exp_minus_abs<T>(z);  // e^-|z|
    const double max_z_0 = sign_bit(z) ? 0.0 : z;
    const double log1p_e = sizeof(T) == 4 ? log1p_unit_for_float(e) : log1p_unit<T>(e);
    const double y = (max_z_0 + log1p_e) / double(beta);
    const bool linear = ordered(z) > ordered(double(threshold));  // PyTorch's shortcut
    const T result = blend(linear, x, static_cast<T>(y));
    return blend(is_nan(x), x, result);
    // [/listing:stable-form]
}

/**
 * \brief Derivative of softplus with respect to x: \f$\sigma(\beta x)\f$, 1 above the threshold.
 *
 * \f[ \frac{d}{dx}\operatorname{softplus}_\beta(x) =
 *     \begin{cases} 1 & \beta x > \text{threshold} \\
 *                   \sigma(\beta x) = \frac{1}{1+e^{-\beta x}} & \text{otherwise}
 *     \end{cases} \f]
 *
 * \param x         input (not the softplus output).
 * \param beta      as in softplus(); default 1.
 * \param threshold as in softplus(); default 20.
 * \return the slope at \p x, in [0, 1]; NaN for NaN.
 *
 * Numerics: evaluated through sigmoid(), which never overflows. The
 * threshold branch matches PyTorch's `softplus_backward`.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T softplus_derivative(T x, detail::same_t<T> beta = T(1), detail::same_t<T> threshold = T(20))
{
    using namespace detail;  // the kernels of detail/kernels.hpp
    const double z = double(beta) * double(x);
    const bool linear = ordered(z) > ordered(double(threshold));
    const T slope = blend(linear, T(1), static_cast<T>(sigmoid_wide<T>(z)));
    return blend(is_nan(x), x, slope);
}

/**
 * \brief Lazy elementwise softplus of an xtensor expression (see the scalar overload).
 * \param x         an xtensor expression of float or double.
 * \param beta      sharpness, default 1.
 * \param threshold linear above \f$\beta x >\f$ threshold, default 20.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto softplus(E&& x, double beta = 1.0, double threshold = 20.0)
{
    return detail::elementwise(
        [beta, threshold](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return softplus(v, static_cast<T>(beta), static_cast<T>(threshold));
        },
        std::forward<E>(x));
}

/**
 * \brief Lazy elementwise softplus derivative of an xtensor expression.
 * \param x         an xtensor expression of float or double (inputs).
 * \param beta      sharpness, default 1.
 * \param threshold slope 1 above \f$\beta x >\f$ threshold, default 20.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto softplus_derivative(E&& x, double beta = 1.0, double threshold = 20.0)
{
    return detail::elementwise(
        [beta, threshold](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return softplus_derivative(v, static_cast<T>(beta), static_cast<T>(threshold));
        },
        std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
