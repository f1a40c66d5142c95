// GELU in its exact form, x times the standard normal CDF, one of the
// surrogates the SUGAR paper compares.
// Chapter: "SUGAR" (chapters/sugar), section "The surrogates".
#ifndef ACT_GELU_HPP
#define ACT_GELU_HPP

#include <cmath>
#include <type_traits>

#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"

namespace act {

namespace detail {

/**
 * \brief \f$c\,e^{-t^2/2}\f$ for \f$c>0\f$, with \f$t^2\f$ carried to twice the precision.
 *
 * \param t any finite number.
 * \param c a positive factor.
 * \return \f$c\,e^{-t^2/2}\f$.
 *
 * \f$t^2\f$ is split exactly into \f$p + e\f$ with an FMA; rounding
 * \f$t^2\f$ alone would put a relative error of \f$t^2\cdot 2^{-53}\f$
 * into the result (hundreds of ULPs at \f$t=30\f$). The exponential is
 * taken as \f$E^2\f$ with \f$E=e^{-p/4}\f$ (\f$p/4\f$ is exact), so that
 * \f$E\f$ stays a normal number and only the final product is rounded into
 * the denormals, once.
 */
inline double gauss_tail(double t, double c)
{
    const double p = t * t;
    const double e = std::fma(t, t, -p);  // t*t = p + e exactly
    const double E = std::exp(-0.25 * p);
    return (c * (1.0 - 0.5 * e) * E) * E;
}

/**
 * \brief \f$\Phi(x)\f$, the standard normal CDF, as \f$\tfrac12\operatorname{erfc}(-x/\sqrt2)\f$.
 *
 * \param x a finite number greater than -30.
 * \return \f$\Phi(x)\f$.
 *
 * The argument \f$-x/\sqrt2\f$ is rounded, and erfc magnifies that error by
 * \f$2z^2\f$; a first-order correction with the rounding error \f$\delta\f$
 * (found with an FMA and the tail of \f$1/\sqrt2\f$) removes it:
 * \f$\operatorname{erfc}(z+\delta) \approx \operatorname{erfc}(z) -
 * \tfrac{2}{\sqrt\pi}e^{-z^2}\delta\f$.
 */
// [listing:gelu-erfc]
inline double normal_cdf(double x)
{
    constexpr double s_hi = 0.7071067811865476;      // 1/sqrt(2) rounded to double
    constexpr double s_lo = -4.833646656726457e-17;  // 1/sqrt(2) - s_hi
    constexpr double two_over_sqrt_pi = 1.1283791670955126;
    const double t = -x;
    const double z = t * s_hi;
    const double delta = std::fma(t, s_hi, -z) + t * s_lo;  // z + delta = -x/sqrt(2)
    return 0.5 * (std::erfc(z) - two_over_sqrt_pi * std::exp(-z * z) * delta);
}
// [/listing:gelu-erfc]

/**
 * \brief Mills' ratio \f$R(t) = (1-\Phi(t))/\varphi(t)\f$ for \f$t\ge30\f$, by its continued fraction.
 *
 * \param t a number not below 30.
 * \return \f$R(t) = 1/(t+1/(t+2/(t+3/(t+\dots))))\f$, 24 levels deep
 *         (the tail changes the result by far less than an ULP at \f$t\ge30\f$).
 */
inline double mills_ratio(double t)
{
    double r = t;
    for (int n = 24; n >= 1; --n) {
        r = t + n / r;
    }
    return 1.0 / r;
}

}  // namespace detail

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
 * \p x and reaches 0 near \f$x=-8.3\f$; the erfc form keeps every digit,
 * with a correction for the rounding of \f$x/\sqrt2\f$ (see the chapter).
 * Below \f$x=-30\f$, \f$x\Phi(x) = -t\,\varphi(t)R(t)\f$ with \f$t=-x\f$ and
 * Mills' ratio \f$R\f$, so that the result stays accurate down into the
 * denormals instead of underflowing early. Above \f$x=40\f$ it is \p x.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T gelu(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::gelu_float(x);  // vectorisable kernel
    } else {
        if (std::isnan(x)) {
            return x;
        }
        constexpr double inv_sqrt_2pi = 0.3989422804014327;
        const double w = x;
        if (w > 40.0) {
            return x;  // Phi(x) = 1 - O(e^{-800}): 1 to every digit (and no inf - inf at +inf)
        }
        if (w >= -30.0) {
            return static_cast<T>(w * detail::normal_cdf(w));
        }
        const double t = -w;
        if (t > 40.0) {
            return T(-0.0);  // |x Phi(x)| < 1e-340: below every denormal
        }
        return static_cast<T>(-detail::gauss_tail(t, t * detail::mills_ratio(t) * inv_sqrt_2pi));
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
 * Numerics: \f$\Phi\f$ as in gelu(); \f$\varphi\f$ with \f$x^2\f$ split
 * exactly by an FMA. Below \f$x=-30\f$ the two terms are combined through
 * Mills' ratio, \f$-\varphi(t)\,(t - R(t))\f$, so that nothing underflows
 * early; above \f$x=40\f$ the slope is 1 to all digits and \f$x\varphi(x)\f$
 * (which would be \f$\infty\cdot0\f$ at \f$+\infty\f$) is not computed.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T gelu_derivative(T x)
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::gelu_derivative_float(x);  // vectorisable kernel
    } else {
        if (std::isnan(x)) {
            return x;
        }
        constexpr double inv_sqrt_2pi = 0.3989422804014327;
        const double w = x;
        if (w > 40.0) {
            return T(1);
        }
        if (w >= -30.0) {
            return static_cast<T>(detail::normal_cdf(w) + w * detail::gauss_tail(w, inv_sqrt_2pi));
        }
        const double t = -w;
        if (t > 40.0) {
            return T(-0.0);
        }
        return static_cast<T>(-detail::gauss_tail(t, (t - detail::mills_ratio(t)) * inv_sqrt_2pi));
    }
}

/// \brief Lazy elementwise GELU of an xtensor expression (see the scalar overload).
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto gelu(E&& x)
{
    return detail::elementwise([](auto v) { return gelu(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise GELU derivative of an xtensor expression.
/// \param x an xtensor expression of float or double (inputs).
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto gelu_derivative(E&& x)
{
    return detail::elementwise([](auto v) { return gelu_derivative(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
