// B-SiLU (bounded sigmoid linear unit), (x + alpha) * sigmoid(x) - alpha / 2,
// the surrogate of "The Resurrection of the ReLU" (Horuz et al., 2025).
// Chapter: "B-SiLU" (chapters/bsilu).
#ifndef ACT_BSILU_HPP
#define ACT_BSILU_HPP

#include <cmath>
#include <limits>
#include <type_traits>

#include "act/detail/elementwise.hpp"
#include "act/detail/float_kernels.hpp"
#include "act/silu.hpp"

namespace act {

namespace detail::twofold {

// Double-double arithmetic (a value is hi + lo, |lo| <= ulp(hi)/2): about 106
// significant bits from pairs of doubles. Used only where B-SiLU's derivative
// cancels, a narrow window around its root. References: T. J. Dekker, "A
// floating-point technique for extending the available precision" (1971);
// Y. Hida, X. S. Li, D. H. Bailey, the QD library (2001).

/// An unevaluated sum hi + lo.
struct pair {
    double hi, lo;
};

/// a + b exactly, as a pair (Knuth's TwoSum: no condition on a and b).
inline pair two_sum(double a, double b)
{
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

/// a + b exactly, for |a| >= |b| (Dekker's FastTwoSum).
inline pair fast_two_sum(double a, double b)
{
    const double s = a + b;
    return {s, b - (s - a)};
}

/// a * b exactly, as a pair (see product_error).
inline pair two_product(double a, double b)
{
    const double p = a * b;
    return {p, product_error(a, b, p)};
}

/// a + b for pairs.
inline pair add(pair a, pair b)
{
    pair s = two_sum(a.hi, b.hi);
    const pair t = two_sum(a.lo, b.lo);
    s = fast_two_sum(s.hi, s.lo + t.hi);
    return fast_two_sum(s.hi, s.lo + t.lo);
}

/// a * b for pairs.
inline pair multiply(pair a, pair b)
{
    const pair p = two_product(a.hi, b.hi);
    return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/// a / n for a pair and a small whole number n.
inline pair divide(pair a, double n)
{
    const double q = a.hi / n;
    const pair p = two_product(q, n);
    const double r = ((a.hi - p.hi) - p.lo + a.lo) / n;
    return fast_two_sum(q, r);
}

/// e^x as a pair for -700 < x < 0: x = k log 2 + r with |r| <= log(2)/2,
/// e^r = 1 + r(1 + r/2(1 + r/3(...(1 + r/24)))) in pair arithmetic (the
/// truncation is below 2^-110), then scaled by 2^k exactly.
inline pair exp(double x)
{
    constexpr double ln2_hi = 0x1.62e42fefa39efp-1;   // log 2 = ln2_hi + ln2_lo
    constexpr double ln2_lo = 0x1.abc9e3b39803fp-56;  // to about 2^-110
    const double k = std::nearbyint(x / ln2_hi);
    const pair r = add(add(pair{x, 0.0}, two_product(-k, ln2_hi)), two_product(-k, ln2_lo));
    pair t{1.0, 0.0};
    for (int n = 24; n >= 1; --n) {
        t = add(pair{1.0, 0.0}, divide(multiply(r, t), double(n)));
    }
    const int e = static_cast<int>(k);
    return {std::ldexp(t.hi, e), std::ldexp(t.lo, e)};
}

}  // namespace detail::twofold

namespace detail {

/// B-SiLU for a double, branch-free (vectorisable): \f$x\sigma(x) +
/// \tfrac{\alpha}{2}\tanh(x/2)\f$ with \f$e = e^{-|x|}\f$ and
/// \f$m = \operatorname{expm1}(-|x|)\f$ from two exponentials, so that
/// \f$1 + m\f$ is never formed by cancellation.
ACT_INLINE double bsilu_double(double x, double alpha)
{
    // [listing:stable-form]
    const ExpMinusAbs exp(x);
    const double inv = 1.0 / (1.0 + exp.value());  // 1/(2 + m)
    const double m = expm1_minus_abs<double>(x);  // e^-|x| - 1, in (-1, 0]
    const double half_alpha_tanh = 0.5 * alpha * (-m * inv);  // (alpha/2) tanh(|x|/2)
    const double silu = silu_from(x, exp, x * inv);  // x sigma(x), as in SiLU
    const double sum = silu + blend(sign_bit(x), -half_alpha_tanh, half_alpha_tanh);
    // |x| < 2^-60: the Taylor series' first term, rounded once (-0 stays -0)
    const bool tiny = magnitude_below(x, 0x1p-60);
    return blend(is_nan(x), x, blend(tiny, x * (0.5 + 0.25 * alpha), sum));
    // [/listing:stable-form]
}

/// B-SiLU's LeftFactor for one alpha: F = x + 1 + alpha + e^x and its root
/// \f$x_0 = -(1+\alpha) - W(e^{-1-\alpha})\f$, found once. Newton's method in
/// double starts at x = -c (c = 1 + alpha), where F = e^{-c} > 0; F is
/// increasing and convex, so the iterates fall monotonically towards the
/// root. Two Newton steps in double-double arithmetic, with
/// \f$e^{x_0}\f$ from twofold::exp, then leave \f$x_0\f$ as hi + lo to
/// about 2^-100. F has no root left of 0 for alpha <= -2 (F(0) = 2 + alpha),
/// and none worth expanding around below -700, where \f$e^{x} < 10^{-304}\f$
/// cancels nothing: there the root stays NaN and the kernel always takes the
/// plain sum.
inline LeftFactor bsilu_left_factor(double alpha)
{
    namespace dd = twofold;
    // [listing:root-step]
    const dd::pair c = dd::two_sum(1.0, alpha);  // 1 + alpha, exactly
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    LeftFactor f{alpha, c.hi, c.lo, none, none, none, none};
    if (!(alpha > -2.0)) return f;  // no root left of 0 (or alpha is NaN)
    double x = -c.hi;
    for (int i = 0; i < 100; ++i) {
        const double e = std::exp(x);
        const double step = (((x + c.hi) + c.lo) + e) / (1.0 + e);
        x -= step;
        if (!(std::fabs(step) > 0x1p-50 * std::fabs(x))) break;
    }
    if (!(x > -700.0 && x < 0.0)) return f;
    dd::pair root{x, 0.0};
    for (int i = 0; i < 2; ++i) {  // Newton in double-double: F(x0) to about 2^-106
        const dd::pair e = dd::exp(root.hi);
        // e^hi (1 + lo)
        const dd::pair e_root = dd::add(e, dd::pair{e.hi * root.lo, 0.0});
        // F(hi + lo)
        const dd::pair value = dd::add(dd::add(root, c), e_root);
        root = dd::add(root, dd::pair{-value.hi / (1.0 + e.hi), 0.0});
    }
    const double root_exp = dd::exp(root.hi).hi * (1.0 + root.lo);
    return {alpha, c.hi, c.lo, root.hi, root.lo, 1.0 + root_exp, root_exp};
    // [/listing:root-step]
}

/// bsilu_left_factor(alpha), kept for the last alpha a thread asked for, so
/// that a scalar call finds the root only when alpha changes.
inline const LeftFactor& bsilu_left_factor_cached(double alpha)
{
    thread_local LeftFactor last = bsilu_left_factor(1.67);
    if (bits_of(last.alpha) != bits_of(alpha)) last = bsilu_left_factor(alpha);
    return last;
}

}  // namespace detail

/// \defgroup bsilu B-SiLU
/// SiLU shifted by \f$\alpha\f$ and lowered by \f$\alpha/2\f$; its derivative
/// is the backward pass of SUGAR in Horuz et al. (2025).
/// @{

/**
 * \brief B-SiLU, \f$(x+\alpha)\,\sigma(x) - \alpha/2\f$.
 *
 * \f[ \operatorname{bsilu}_\alpha(x) = (x+\alpha)\,\sigma(x) - \frac{\alpha}{2}
 *     = x\,\sigma(x) + \frac{\alpha}{2}\tanh\frac{x}{2} \f]
 *
 * \param x     input.
 * \param alpha shift, default 1.67 (the value of Horuz et al., 2025);
 *              \f$\alpha = 0\f$ gives SiLU.
 * \return the B-SiLU of \p x; NaN for NaN; \f$-\alpha/2\f$ at
 *         \f$-\infty\f$; +inf at +inf. Not bounded below by
 *         \f$-\alpha/2\f$: the global minimum is
 *         \f$-W(e^{-1-\alpha}) - \alpha/2\f$ (about -0.8999 for
 *         \f$\alpha = 1.67\f$) at \f$x = -1-\alpha-W(e^{-1-\alpha})\f$.
 *
 * Numerics: the textbook form subtracts \f$\alpha/2\f$ from
 * \f$(x+\alpha)\sigma(x)\approx\alpha/2\f$ near 0 and loses every digit there.
 * Since \f$\sigma(x) - 1/2 = \tfrac12\tanh(x/2)\f$, the right-hand form adds two
 * terms of the same sign (for \f$\alpha \ge 0\f$). With
 * \f$m = \operatorname{expm1}(-|x|) \in (-1, 0]\f$, \f$\sigma\f$ and
 * \f$\tanh\f$ are written in \f$m\f$:
 * \f[ \operatorname{bsilu}_\alpha(x) = \begin{cases}
 *     \dfrac{x - \tfrac{\alpha}{2} m}{2 + m} & x \ge 0 \\[1ex]
 *     \dfrac{x (1 + m) + \tfrac{\alpha}{2} m}{2 + m} & x < 0
 *     \end{cases} \f]
 * where both numerators add terms of one sign. \f$e^{-|x|} = 1 + m\f$ comes
 * from an exponential of its own, so that it is never formed by
 * cancellation, and far left \f$x/(1+e^{x})\f$ multiplies \f$e^{x}\f$ before
 * its power of two (denormal results round once). No overflow anywhere; for
 * \f$|x| < 2^{-60}\f$ it returns \f$x(1/2 + \alpha/4)\f$, which keeps
 * denormal inputs exact to rounding. Float is computed in double and rounded
 * once; both types run branch-free vector kernels. Chapter: B-SiLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T bsilu(T x, detail::same_t<T> alpha = T(1.67))
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::bsilu_float(x, alpha);  // vectorisable kernel
    } else {
        return detail::bsilu_double(x, alpha);  // vectorisable kernel
    }
}

/**
 * \brief Derivative of B-SiLU with respect to x,
 *        \f$\sigma(x)\bigl(1 + (x+\alpha)(1-\sigma(x))\bigr)\f$.
 *
 * \f[ \operatorname{bsilu}_\alpha'(x) = \sigma(x) + (x+\alpha)\,\sigma(x)\bigl(1-\sigma(x)\bigr)
 *     = \begin{cases}
 *        \dfrac{1 + e^{-x} + (x+\alpha)\,e^{-x}}{(1+e^{-x})^2} & x \ge 0 \\[1ex]
 *        \dfrac{e^{x}\,(1 + \alpha + x + e^{x})}{(1+e^{x})^2} & x < 0
 *       \end{cases} \f]
 *
 * \param x     input (not the B-SiLU output).
 * \param alpha shift, default 1.67 (Horuz et al., 2025); 0 gives SiLU's derivative.
 * \return the slope at \p x; negative left of the minimum
 *         \f$x = -1-\alpha-W(e^{-1-\alpha})\f$ (about -2.7349 for
 *         \f$\alpha = 1.67\f$); NaN for NaN; 1 at +inf; 0 at -inf.
 *
 * Numerics: the factor \f$F = 1+\alpha+x+e^{x}\f$ vanishes at the minimum,
 * where the plain sum cancels. Its root is found once per alpha (Newton's
 * method, finished in double-double arithmetic: about 106 bits) and kept
 * per thread for the last alpha; within 1/4 of it F is written around the
 * root as in SiLU's derivative, so the result keeps its relative accuracy
 * right up to the root (the chapter measures it against MPFR). Far left the
 * factor goes into the exponential before its power of two (denormal
 * results round once). Float is computed in double and rounded once; both
 * types run branch-free vector kernels, and the lazy overload finds the
 * root once per expression. Chapter: B-SiLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T bsilu_derivative(T x, detail::same_t<T> alpha = T(1.67))
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::bsilu_derivative_float(x, alpha);  // vectorisable kernel
    } else {
        return detail::sigmoid_slope_double(x, detail::bsilu_left_factor_cached(alpha));  // vectorisable kernel
    }
}

/**
 * \brief Lazy elementwise B-SiLU of an xtensor expression (see the scalar overload).
 * \param x     an xtensor expression of float or double.
 * \param alpha shift, default 1.67.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto bsilu(E&& x, double alpha = 1.67)
{
    return detail::elementwise(
        [alpha](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return bsilu(v, static_cast<T>(alpha));
        },
        std::forward<E>(x));
}

/**
 * \brief Lazy elementwise B-SiLU derivative of an xtensor expression.
 * \param x     an xtensor expression of float or double (inputs).
 * \param alpha shift, default 1.67.
 * \return an unevaluated xfunction.
 */
template <class E, detail::enable_if_expression_t<E> = 0>
auto bsilu_derivative(E&& x, double alpha = 1.67)
{
    return detail::elementwise(
        [alpha, f = detail::bsilu_left_factor(alpha)](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            if constexpr (std::is_same_v<T, float>) {
                return detail::bsilu_derivative_float(v, static_cast<float>(alpha));
            } else {
                return detail::sigmoid_slope_double(v, f);  // the root found once, above
            }
        },
        std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
