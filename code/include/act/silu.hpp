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

/// \f$x e^{x}\f$ for \f$x < -700\f$ (double), where \f$e^x\f$ alone is close to
/// or below the smallest normal double and would carry fewer significant bits
/// than the product needs. Scaling by \f$e^{64}\f$ keeps every intermediate
/// normal; the last multiplication rounds once into the (denormal) result.
template <class W>
W silu_scaled_exp_product(W factor, W x)
{
    return factor * std::exp(x + W(64)) * std::exp(W(-64));
}

/// SiLU in the wide type W, not rounded (B-SiLU builds on it).
template <class W>
W silu_wide(W x)
{
    if (x >= W(0)) {
        return x / (W(1) + std::exp(-x));  // +inf / 1 = +inf
    }
    if (std::isinf(x)) {
        return -W(0);  // the limit of x e^x at -inf, approached from below
    }
    if (x < W(-700)) {
        return silu_scaled_exp_product(x, x);  // sigma(x) = e^x (1 - e^x + ...) = e^x here
    }
    const W e = std::exp(x);  // in (0, 1)
    return x * e / (W(1) + e);
}

/// The SiLU minimiser \f$x^* = -1 - W(1/e)\f$ as an unevaluated sum hi + lo
/// (mpmath, 40 digits: -1.278464542761073795109358739022980155440).
constexpr double silu_root_hi = -1.2784645427610737;
constexpr double silu_root_lo = -1.0946994183093437e-16;

/// \f$1 + x + e^{x}\f$ (the numerator factor of SiLU's derivative for x < 0)
/// without cancellation near its root \f$x^*\f$: with \f$d = x - x^*\f$ and
/// \f$e^{x^*} = -(1+x^*)\f$,
/// \f$1 + x + e^x = -x^* d - (1+x^*)\,(\operatorname{expm1}(d) - d)\f$,
/// a sum of a first-order and a second-order term that never cancel for
/// \f$|d| < 1/2\f$.
template <class W>
W silu_derivative_factor(W x)
{
    // [listing:root-shift]
    const W d = (x - W(silu_root_hi)) - W(silu_root_lo);  // x - hi is exact near the root
    if (std::abs(d) < W(0.5)) {
        return -W(silu_root_hi) * d - (W(1) + W(silu_root_hi)) * (std::expm1(d) - d);
    }
    return (W(1) + x) + std::exp(x);
    // [/listing:root-shift]
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
 * digits as two doubles) with expm1, which keeps full relative accuracy at
 * the root. Below -700 the product uses a scaled exponential (denormal
 * results). Chapter: SiLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T silu_derivative(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::silu_derivative_float(x);  // vectorisable kernel
    } else {
        using W = T;  // float took the kernel above
        const W w = x;
        if (std::isnan(w)) {
            return x;
        }
        if (w >= W(0)) {
            if (std::isinf(w)) {
                return T(1);
            }
            const W e = std::exp(-w);  // in (0, 1]
            const W d = W(1) + e;
            return static_cast<T>((d + w * e) / (d * d));
        }
        if (std::isinf(w)) {
            return -T(0);  // limit from below
        }
        if (w < W(-700)) {
            return static_cast<T>(detail::silu_scaled_exp_product(W(1) + w, w));
        }
        const W e = std::exp(w);
        const W d = W(1) + e;
        return static_cast<T>(e * detail::silu_derivative_factor(w) / (d * d));
    }
}

/// \brief Lazy elementwise SiLU of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto silu(E&& x)
{
    return detail::elementwise([](auto v) { return silu(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise SiLU derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs, not outputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto silu_derivative(E&& x)
{
    return detail::elementwise([](auto v) { return silu_derivative(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
