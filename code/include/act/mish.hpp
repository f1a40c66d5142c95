// Mish, x tanh(softplus(x)), also one of the surrogates the SUGAR paper compares.
// Chapter: "Mish" (chapters/mish); used in "SUGAR" (chapters/sugar), section "The surrogates".
#ifndef ACT_MISH_HPP
#define ACT_MISH_HPP

#include <cmath>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"
#include "act/core/fitted.hpp"
#include "act/core/polynomial.hpp"
#include "act/sigmoid.hpp"

namespace act {

/// \defgroup mish Mish
/// \f$x\tanh(\operatorname{softplus}(x))\f$ (Misra, 2019). Its chapter is "Mish"; also a surrogate in the SUGAR chapter.
/// @{

/**
 * \brief Mish, \f$x\tanh\bigl(\log(1+e^{x})\bigr)\f$: its description and
 *        kernels (act::mish, act::mish_derivative).
 *
 * \f[ \operatorname{Mish}(x) = x\tanh\bigl(\operatorname{softplus}(x)\bigr)
 *     = x\,\frac{n}{n+2},\qquad n = e^{x}\,(e^{x}+2), \f]
 * \f[ \operatorname{Mish}'(x)
 *     = \tanh\bigl(\operatorname{softplus}(x)\bigr)
 *       + x\,\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr)\,\sigma(x), \f]
 * which is, with \f$u = e^{x}\f$ and \f$n = u(u+2)\f$,
 * \f[ \operatorname{Mish}'(x) = \frac{n}{n+2} + \frac{4x\,u(1+u)}{(n+2)^2}. \f]
 *
 * As `torch.nn.Mish`. The slope lies in about \f$[-0.11, 1.09]\f$.
 *
 * Numerics: \f$\tanh(\log(1+u)) = \frac{(1+u)^2-1}{(1+u)^2+1} =
 * \frac{u(u+2)}{u(u+2)+2}\f$ with \f$u=e^{x}\f$ needs no tanh and no log
 * and never subtracts. For \f$x>0\f$ it is rewritten with \f$v=e^{-x}\f$,
 * \f$\frac{1+2v}{1+2v+2v^2}\f$, so nothing overflows. Far left, where
 * \f$e^{x}\f$ is denormal, \f$\operatorname{Mish}(x) = x e^{x}\f$ to all
 * digits: the factor multiplies \f$e^{r}\f$ before the power of two
 * \f$2^{k}\f$ does, so the result is rounded into the denormals once. For
 * \f$x \le 0\f$ the slope is \f$e^{x}G/(n+2)^2\f$, and G, which vanishes at
 * the minimum \f$x^* \approx -1.1924\f$, is written in \f$x - x^*\f$ and
 * \f$e^{x} - e^{x^*}\f$ so that the slope keeps its relative accuracy next
 * to the root (see Slope). Both types run branch-free vector kernels.
 */
struct Mish {
    /// what the book says of it (act::Description)
    static constexpr Description about{"mish", "Mish", "mish", "torch.nn.functional.mish",
                                       "C∞", "x tanh(softplus(x)), all C∞",
                                       true};
    static constexpr std::array<Parameter, 0> parameters{};                 ///< none

    /**
     * \brief tanh(softplus(x)) from \f$e = e^{-|x|}\f$: \f$n/(n+2)\f$,
     *        n = e(e+2), for x <= 0; \f$(1+2e)/(1+2e+2e^2)\f$ for x > 0.
     *        No tanh, no log, no cancellation.
     * \param w the input, in double.
     * \param e \f$e^{-|w|}\f$.
     * \return tanh(softplus(w)).
     */
    ACT_INLINE static double tanh_softplus(double w, double e)
    {
        const double n = e * (e + 2.0);
        const double left = n / (n + 2.0);
        const double right = (1.0 + 2.0 * e) / (1.0 + 2.0 * e + 2.0 * e * e);
        return core::select(core::above_zero(w), right, left);
    }

    /**
     * \brief The two sides of Mish's derivative, before the limits.
     *
     * With t = tanh(softplus(x)) and \f$u = e^{x}\f$, \f$n = u(u+2)\f$: for
     * x <= 0 the slope is \f$uG/(n+2)^2\f$ with \f$G = (u+2)(n+2) + 4x(1+u)\f$,
     * which vanishes at the root x*. Written in d = x - x* and
     * \f$\delta = u - u^*\f$ it is
     * \f$G = \delta(A + \delta(B + \delta)) + 4d(1 + u^* + \delta)\f$,
     * \f$A = 3u^{*2} + 8u^* + 6 + 4x^*\f$, \f$B = 3u^* + 4\f$, and every term
     * has the sign of d: nothing cancels anywhere left of 0. Near the root
     * \f$\delta = u^*(e^{d}-1)\f$; further out \f$\delta = u - u^*\f$
     * directly. For a double result "near" is |d| < 1/4 and \f$e^{d}-1\f$
     * goes to degree 12 (relative truncation 1e-17); for a float result,
     * whose exponential is good to 2.5e-9, |d| < 1/8 and degree 6
     * (truncation 8e-10), and \f$u - u^*\f$ beyond 1/8 is off by under 2e-8,
     * which moves G by under 4e-9 relative. For x > 0, with \f$v = e^{-x}\f$
     * and \f$D = 1 + 2v + 2v^2\f$, it is \f$((1+2v)D + 4xv^2(1+v))/D^2\f$.
     */
    struct Slope {
        double positive_side;  ///< the slope for x > 0
        double left_factor;    ///< G, for x <= 0
        double left_divisor;   ///< (n + 2)^2, for x <= 0
    };

    /**
     * \brief The parts of the slope at w (see Slope), to the accuracy a
     *        result of type T needs.
     * \param w the input, in double.
     * \param e \f$e^{-|w|}\f$.
     * \return the parts.
     */
    template <class T>
    ACT_INLINE static Slope slope(double w, double e)
    {
        using namespace core;
        constexpr bool for_float = sizeof(T) == 4;
        // x > 0: v = e
        const double big_d = 1.0 + 2.0 * e + 2.0 * e * e;
        const double positive_side = ((1.0 + 2.0 * e) * big_d + 4.0 * w * e * e * (1.0 + e)) / (big_d * big_d);
        // x <= 0: u = e
        const double n2 = e * (e + 2.0) + 2.0;
        const double u0 = fitted::mish_root_exp;
        const double dd = (w - fitted::mish_root_hi) - fitted::mish_root_lo;
        const bool close = magnitude_below(dd, for_float ? 0.125 : 0.25);
        const double expm1_d = dd * taylor_exp<1, for_float ? 6 : 12>(dd);  // e^d - 1
        const double delta = select(close, u0 * expm1_d, e - u0);            // u - u0
        const double a = 3.0 * u0 * u0 + 8.0 * u0 + 6.0 + 4.0 * fitted::mish_root_hi;
        const double b = 3.0 * u0 + 4.0;
        const double g = delta * (a + delta * (b + delta)) + 4.0 * dd * (1.0 + u0 + delta);
        return {positive_side, g, n2 * n2};
    }

    /**
     * \brief Mish of a float, computed in double and rounded once.
     * \param x the input.
     * \return \f$x\tanh(\operatorname{softplus}(x))\f$; NaN for NaN; -0 at
     *         \f$-\infty\f$, +inf at +inf.
     */
    ACT_INLINE static float value(float x)
    {
        using namespace core;
        const double w = x;
        const float y = static_cast<float>(w * tanh_softplus(w, exp_minus_abs<float>(w)));
        return select(is_nan(x), x, with_limits(x, -0.0f, x, y));
    }

    /**
     * \brief Mish of a double, with \f$e = e^{-|x|}\f$:
     *        \f$x(1+2e)/(1+2e+2e^2)\f$ for x > 0, and
     *        \f$e \cdot x(e+2)/(e(e+2)+2)\f$ for x <= 0.
     * \param x the input.
     * \return \f$x\tanh(\operatorname{softplus}(x))\f$; NaN for NaN; -0 below -800.
     */
    ACT_INLINE static double value(double x)
    {
        using namespace core;
        // [listing:mish-rewrite]
        const ExpMinusAbs exp(x);
        const double e = exp.value();
        const double positive_side = x * (1.0 + 2.0 * e) / (1.0 + 2.0 * e + 2.0 * e * e);
        const double negative_side = exp.times(x * (e + 2.0) / (e * (e + 2.0) + 2.0));
        const double left = select(below_minus(x, 800.0), -0.0, negative_side);  // x < -800: -0
        return select(is_nan(x), x, select(above_zero(x), positive_side, left));
        // [/listing:mish-rewrite]
    }

    /**
     * \brief Mish's derivative for a float (see Slope).
     * \param x the input (not the Mish output).
     * \return the slope at \p x; NaN for NaN; -0 at \f$-\infty\f$, 1 at +inf.
     */
    ACT_INLINE static float derivative(float x)
    {
        using namespace core;
        const double w = x;
        const double e = exp_minus_abs<float>(w);
        const Slope s = slope<float>(w, e);
        const double negative_side = e * s.left_factor / s.left_divisor;
        const bool positive = above_zero(w);
        const float y = static_cast<float>(select(positive, s.positive_side, negative_side));
        return select(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
    }

    /**
     * \brief Mish's derivative for a double (see Slope): far left, the factor
     *        \f$G/(n+2)^2 \approx 1 + x\f$ goes in before 2^k; below -800 the
     *        slope is -0, above 40 it is 1 (and at +inf the formula would
     *        give inf * 0).
     * \param x the input (not the Mish output).
     * \return the slope at \p x; NaN for NaN.
     */
    ACT_INLINE static double derivative(double x)
    {
        using namespace core;
        const ExpMinusAbs exp(x);
        const Slope s = slope<double>(x, exp.value());
        const double negative_side = exp.times(s.left_factor / s.left_divisor);
        const double y = select(above_zero(x), select(magnitude_above(x, 40.0), 1.0, s.positive_side),
                                select(below_minus(x, 800.0), -0.0, negative_side));
        return select(is_nan(x), x, y);
    }

    /**
     * \brief The accuracy study's reference: \f$x\tanh(\operatorname{softplus}(x))\f$
     *        in any real type R (core/real.hpp), with softplus as
     *        \f$\max(x, 0) + \operatorname{log1p}(e^{-|x|})\f$.
     * \param x the input.
     * \return the Mish of \p x.
     */
    template <class R>
    static R reference(R x)
    {
        using std::tanh;
        return x * tanh(reference_softplus(x));
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$t + x(1 - t^2)\sigma(x)\f$, \f$t = \tanh(\operatorname{softplus}(x))\f$,
     *        in any real type R. It cancels at the root \f$\approx -1.1924\f$,
     *        within #derivative_root_window.
     * \param x the input.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        using std::tanh;
        const R t = tanh(reference_softplus(x));
        return t + x * (1 - t * t) * Sigmoid::reference(x);
    }

    /// Where reference_derivative() cancels in double, around its root
    /// (core::fitted::mish_root_hi): the accuracy study evaluates it in long
    /// double there.
    static constexpr std::array<double, 2> derivative_root_window{-1.24, -1.14};

    /**
     * \brief \f$\log(1+e^{x}) = \max(x, 0) + \operatorname{log1p}(e^{-|x|})\f$
     *        in the real type R of the reference: no overflow.
     * \param x the input.
     * \return the softplus of \p x.
     */
    template <class R>
    static R reference_softplus(R x)
    {
        using std::exp;
        using std::fabs;
        using std::log1p;
        return (x > 0 ? x : R(0)) + log1p(exp(-fabs(x)));
    }
};

/// \brief Mish of a float, a double or (lazily) an xtensor expression. See act::Mish.
inline constexpr activation<Mish> mish{};

/// \brief Mish's derivative, from the input x. See act::Mish.
inline constexpr activation<Mish, Part::derivative> mish_derivative{};

/// @}

}  // namespace act

#endif
