// B-SiLU (bounded sigmoid linear unit), (x + alpha) * sigmoid(x) - alpha / 2,
// the surrogate of "The Resurrection of the ReLU" (Horuz et al., 2025).
// Chapter: "B-SiLU" (chapters/bsilu).
#ifndef ACT_BSILU_HPP
#define ACT_BSILU_HPP

#include <cmath>
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
 * Numerics: the factor \f$1+\alpha+x+e^{x}\f$ vanishes at the minimum, where
 * the sum cancels. Where it is below 1/4 in size it is recomputed in
 * double-double arithmetic (about 106 bits, with its own \f$e^{x}\f$), so
 * the result keeps its relative accuracy right up to the root; the chapter
 * measures it against MPFR. Below -700 the product uses a scaled exponential
 * (denormal results). Chapter: B-SiLU.
 */
template <class T, detail::enable_if_real_t<T> = 0>
ACT_INLINE T bsilu_derivative(T x, detail::same_t<T> alpha = T(1.67))
{
    if constexpr (std::is_same_v<T, float>) {
        return detail::bsilu_derivative_float(x, alpha);  // vectorisable kernel
    } else {
        using W = T;  // float took the kernel above
        const W w = x;
        const W a = alpha;
        if (std::isnan(w)) {
            return x;
        }
        if (w >= W(0)) {
            if (std::isinf(w)) {
                return T(1);
            }
            const W e = std::exp(-w);  // in (0, 1]
            const W d = W(1) + e;
            return static_cast<T>((d + (w + a) * e) / (d * d));
        }
        if (std::isinf(w)) {
            return -T(0);  // limit from below
        }
        const W c = W(1) + a;
        if (w < W(-800)) {
            return -T(0);  // |(x + c) e^x| < 1e-345: below every denormal
        }
        if (w < W(-700)) {
            return static_cast<T>(detail::ExpMinusAbs(w).times(w + c));  // (x + c) e^x, rounded once
        }
        const W e = std::exp(w);
        // [listing:root-step]
        W g = (w + c) + e;  // x + 1 + alpha + e^x: cancels at the minimum
        if (std::abs(g) < W(0.25)) {
            // Near the root: the same sum in double-double arithmetic, every
            // term to about 106 bits, so the cancellation leaves a full double.
            namespace dd = detail::twofold;
            const dd::pair x_plus_c = dd::add(dd::two_sum(w, W(1)), dd::pair{a, 0.0});  // exact
            const dd::pair sum = dd::add(x_plus_c, dd::exp(w));
            g = sum.hi + sum.lo;
        }
        // [/listing:root-step]
        const W d = W(1) + e;
        return static_cast<T>(e * g / (d * d));
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
        [alpha](auto v) ACT_INLINE_LAMBDA {
            using T = decltype(v);
            return bsilu_derivative(v, static_cast<T>(alpha));
        },
        std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
