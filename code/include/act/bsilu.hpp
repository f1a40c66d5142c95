// B-SiLU (bounded sigmoid linear unit), (x + alpha) * sigmoid(x) - alpha / 2,
// the surrogate of "The Resurrection of the ReLU" (Horuz et al., 2025).
// Chapter: "B-SiLU" (chapters/bsilu).
#ifndef ACT_BSILU_HPP
#define ACT_BSILU_HPP

#include <cmath>
#include <limits>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/double_double.hpp"
#include "act/core/exp.hpp"
#include "act/core/fitted.hpp"
#include "act/silu.hpp"

namespace act {

/// \defgroup bsilu B-SiLU
/// SiLU shifted by \f$\alpha\f$ and lowered by \f$\alpha/2\f$; its derivative
/// is the backward pass of SUGAR in Horuz et al. (2025).
/// @{

/**
 * \brief B-SiLU, \f$(x+\alpha)\,\sigma(x) - \alpha/2\f$: its description and
 *        kernels (act::bsilu, act::bsilu_derivative).
 *
 * \f[ \operatorname{bsilu}_\alpha(x) = (x+\alpha)\,\sigma(x) - \frac{\alpha}{2}
 *     = x\,\sigma(x) + \frac{\alpha}{2}\tanh\frac{x}{2}, \qquad
 *     \operatorname{bsilu}_\alpha'(x) = \sigma(x)\bigl(1 + (x+\alpha)(1-\sigma(x))\bigr) \f]
 *
 * Parameter: the shift `alpha`, default 1.67 (the value of Horuz et al.,
 * 2025); \f$\alpha = 0\f$ gives SiLU. B-SiLU is not bounded below by
 * \f$-\alpha/2\f$: the global minimum is \f$-W(e^{-1-\alpha}) - \alpha/2\f$
 * (about -0.8999 for \f$\alpha = 1.67\f$) at
 * \f$x = -1-\alpha-W(e^{-1-\alpha})\f$ (about -2.7349), where the derivative
 * changes sign.
 *
 * Numerics: the textbook form subtracts \f$\alpha/2\f$ from
 * \f$(x+\alpha)\sigma(x)\approx\alpha/2\f$ near 0 and loses every digit there.
 * Since \f$\sigma(x) - 1/2 = \tfrac12\tanh(x/2)\f$, the right-hand form adds
 * two terms of the same sign (the sign of x, for \f$\alpha \ge 0\f$). With
 * \f$m = \operatorname{expm1}(-|x|) \in (-1, 0]\f$, \f$\sigma\f$ and
 * \f$\tanh\f$ are written in \f$m\f$:
 * \f[ \operatorname{bsilu}_\alpha(x) = \begin{cases}
 *     \dfrac{x - \tfrac{\alpha}{2} m}{2 + m} & x \ge 0 \\[1ex]
 *     \dfrac{x (1 + m) + \tfrac{\alpha}{2} m}{2 + m} & x < 0
 *     \end{cases} \f]
 * \f$e^{-|x|} = 1 + m\f$ comes from an exponential of its own, so that it is
 * never formed by cancellation, and far left \f$x/(1+e^{x})\f$ multiplies
 * \f$e^{x}\f$ before its power of two (denormal results round once). For
 * \f$|x| < 2^{-60}\f$ it returns \f$x(1/2 + \alpha/4)\f$, which keeps denormal
 * inputs exact to rounding.
 *
 * The derivative's factor \f$F = 1+\alpha+x+e^{x}\f$ vanishes at the
 * minimum, where the plain sum cancels. Its root is found once per alpha
 * (Newton's method, finished in double-double arithmetic: about 106 bits)
 * and kept per thread for the last alpha (at the default alpha it is a
 * constant, so that a plain loop vectorises); within 1/4 of it F is written
 * around the root as in SiLU's derivative, so the result keeps its relative
 * accuracy right up to the root (the chapter measures it against MPFR).
 * Float is computed in double and rounded once; both types run branch-free
 * vector kernels, and a lazy expression finds the root once. Chapter: B-SiLU.
 */
struct BSiLU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"bsilu", "B-SiLU", "bsilu", "",
                                       "C∞", "(x + α) σ(x) − α/2: products of C∞ functions",
                                       true};
    /// the shift, default 1.67 (Horuz et al., 2025); valid: any finite value
    /// (the largest finite float for a float call); NaN or ±inf gives NaN
    static constexpr std::array<Parameter, 1> parameters{{{"alpha", "α", 1.67, -finite_limit, finite_limit, false, {1.0, 2.5, no_study_value}}}};

    /**
     * \brief B-SiLU of a float: the two terms \f$x\sigma(x)\f$ and
     *        \f$\frac{\alpha}{2}\tanh(x/2)\f$ in double, with
     *        \f$\tanh(|x|/2) = -\operatorname{expm1}(-|x|)/(1+e^{-|x|})\f$,
     *        which keeps the digits of tiny x.
     * \param x     the input.
     * \param alpha the shift.
     * \return the B-SiLU of \p x; NaN for NaN; \f$-\alpha/2\f$ at \f$-\infty\f$;
     *         +inf at +inf; \p x at \f$\pm 0\f$.
     */
    ACT_INLINE static float value(float x, float alpha)
    {
        using namespace core;
        const double w = x;
        const double e = exp_minus_abs<float>(w);
        const double inv = 1.0 / (1.0 + e);  // one division for both terms
        const double sigma = select(sign_bit(w), e * inv, inv);
        const double tanh_half_abs = -expm1_minus_abs<float>(w) * inv;
        const double tanh_half = select(sign_bit(w), -tanh_half_abs, tanh_half_abs);
        const float y = static_cast<float>(w * sigma + 0.5 * double(alpha) * tanh_half);
        const bool x_itself = either(is_nan(w), is_zero(w));  // NaN, and +-0 keeps its sign
        return select(x_itself, x, with_limits(x, static_cast<float>(-0.5 * double(alpha)), x, y));
    }

    /**
     * \brief B-SiLU of a double: \f$x\sigma(x) + \tfrac{\alpha}{2}\tanh(x/2)\f$
     *        with \f$e = e^{-|x|}\f$ and \f$m = \operatorname{expm1}(-|x|)\f$
     *        from two exponentials, so that \f$1 + m\f$ is never formed by
     *        cancellation.
     * \param x     the input.
     * \param alpha the shift.
     * \return the B-SiLU of \p x; NaN for NaN; \f$-\alpha/2\f$ at \f$-\infty\f$; +inf at +inf.
     */
    ACT_INLINE static double value(double x, double alpha)
    {
        using namespace core;
        // [listing:stable-form]
        const ExpMinusAbs exp(x);
        const double inv = 1.0 / (1.0 + exp.value());  // 1/(2 + m)
        const double m = expm1_minus_abs<double>(x);  // e^-|x| - 1, in (-1, 0]
        const double half_alpha_tanh = 0.5 * alpha * (-m * inv);  // (alpha/2) tanh(|x|/2)
        const double silu = SiLU::from(x, exp, x * inv);  // x sigma(x), as in SiLU
        const double sum = silu + select(sign_bit(x), -half_alpha_tanh, half_alpha_tanh);
        // |x| < 2^-60: the Taylor series' first term, rounded once (-0 stays -0)
        const bool tiny = magnitude_below(x, 0x1p-60);
        return select(is_nan(x), x, select(tiny, x * (0.5 + 0.25 * alpha), sum));
        // [/listing:stable-form]
    }

    /**
     * \brief B-SiLU's derivative for a float.
     *
     * With \f$e = e^{-|x|}\f$ it is \f$(1 + e + (x+\alpha)e)/(1+e)^2\f$ for
     * x >= 0 and \f$e\,G/(1+e)^2\f$, \f$G = (1+\alpha+x) + e^{x}\f$, for x < 0.
     * G vanishes at the derivative's root, which moves with alpha, so it is
     * not expanded around a fixed point as SiLU's is. Instead 1 + alpha + x
     * is exact in double (two floats and 1, of similar size) and e is the
     * double-accurate exponential: what is left of G after the cancellation
     * is then accurate to about 1e-17 absolute, far below a float ULP of the
     * result for every float input (the exhaustive float study checks it
     * for the default alpha).
     * \param x     the input (not the B-SiLU output).
     * \param alpha the shift.
     * \return the slope at \p x; NaN for NaN; 1 at +inf; -0 at -inf.
     */
    ACT_INLINE static float derivative(float x, float alpha)
    {
        using namespace core;
        const double w = x, a = alpha;
        const double e = exp_minus_abs<double>(w);
        const double d = 1.0 + e;
        const double inv2 = 1.0 / (d * d);
        const double positive_side = (d + (w + a) * e) * inv2;
        const double negative_side = e * (((1.0 + a) + w) + e) * inv2;
        const double y_wide = select(sign_bit(w), negative_side, positive_side);
        // Below |x| = 2^-53, x no longer shows in the double: y_wide is
        // 1/2 + alpha/4 exactly (give or take an ULP), which can be a tie
        // between two floats (it is for alpha = 1.67f). The true value is
        // 1/2 + alpha/4 + x/2 + ... (the second derivative at 0 is 1/2), on
        // the side of x: below |x| = 2^-40, a step of one or two double ULPs
        // that way decides the tie and moves nothing else (for a float alpha,
        // 1/2 + alpha/4 has at most 27 significant bits: it is a tie or at
        // least 2^-27 relative away from one).
        const double step = select(both(magnitude_below(w, 0x1p-40), !is_zero(w)),
                                   select(sign_bit(w), -0x1p-52, 0x1p-52), 0.0);
        const float y = static_cast<float>(multiply_add(magnitude(y_wide), step, y_wide));
        return select(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
    }

    /**
     * \brief B-SiLU's LeftFactor for one alpha: F = x + 1 + alpha + e^x and
     *        its root \f$x_0 = -(1+\alpha) - W(e^{-1-\alpha})\f$, found once.
     *
     * Newton's method in double starts at x = -c (c = 1 + alpha), where
     * F = e^{-c} > 0; F is increasing and convex, so the iterates fall
     * monotonically towards the root. Two Newton steps in double-double
     * arithmetic, with \f$e^{x_0}\f$ from core::double_double::exp, then
     * leave \f$x_0\f$ as hi + lo to about 2^-100. F has no root left of 0
     * for alpha <= -2 (F(0) = 2 + alpha), and none worth expanding around
     * below -700, where \f$e^{x} < 10^{-304}\f$ cancels nothing: there the
     * root stays NaN and the kernel always takes the plain sum.
     * \param alpha the shift.
     * \return the factor and its root.
     */
    static LeftFactor left_factor(double alpha)
    {
        namespace dd = core::double_double;
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

    /// left_factor(1.67), the factor at the default alpha, as constants: the
    /// root and its exponential from tools/fit_kernels.py (core/fitted.hpp),
    /// the same doubles left_factor computes (tests/bsilu_test.cpp checks all
    /// seven fields bit for bit).
    static constexpr LeftFactor default_left_factor{
        parameters[0].default_value,
        core::double_double::two_sum(1.0, parameters[0].default_value).hi,
        core::double_double::two_sum(1.0, parameters[0].default_value).lo,
        core::fitted::bsilu_root_hi,
        core::fitted::bsilu_root_lo,
        1.0 + core::fitted::bsilu_root_exp,
        core::fitted::bsilu_root_exp};

    /**
     * \brief The factor for \p alpha, as a scalar call needs it: the
     *        constants at the default alpha, otherwise left_factor(alpha),
     *        kept for the last alpha a thread asked for, so that the root is
     *        found only when alpha changes.
     *
     * At the default alpha (act::bsilu_derivative(x), alpha a constant) the
     * test folds away and no thread-local is read, so that a loop over the
     * scalar call vectorises. A loop at another alpha reads the cache for
     * every element and stays scalar; the lazy call finds the root once and
     * vectorises for every alpha.
     * \param alpha the shift.
     * \return the factor and its root.
     */
    ACT_INLINE static const LeftFactor& left_factor_cached(double alpha)
    {
        if (core::bits_of(alpha) == core::bits_of(default_left_factor.alpha)) return default_left_factor;
        thread_local LeftFactor last = default_left_factor;
        if (core::bits_of(last.alpha) != core::bits_of(alpha)) last = left_factor(alpha);
        return last;
    }

    /**
     * \brief B-SiLU's derivative for a double: SiLU::slope around the root
     *        for this alpha.
     * \param x     the input (not the B-SiLU output).
     * \param alpha the shift.
     * \return the slope at \p x; NaN for NaN; 1 at +inf; 0 at -inf.
     */
    ACT_INLINE static double derivative(double x, double alpha) { return SiLU::slope(x, left_factor_cached(alpha)); }

    /**
     * \brief The element function of a lazy derivative: the root is looked
     *        up (or found) once, here, not per element.
     * \param p the parameters (alpha).
     * \return a function of one float or double.
     */
    static auto lazy_derivative(const std::array<double, 1>& p)
    {
        return [alpha = p[0], f = left_factor_cached(p[0])](auto v) ACT_INLINE_LAMBDA {
            if constexpr (sizeof(v) == 4) {
                return derivative(v, static_cast<float>(alpha));
            } else {
                return SiLU::slope(v, f);  // the root found once, above
            }
        };
    }

    // [listing:reference]
    /**
     * \brief The accuracy study's reference: x σ(x) + (α/2) tanh(x/2)
     *        in any real type R (core/real.hpp); σ(x) - 1/2 = tanh(x/2)/2
     *        spares the textbook form's cancellation at 0.
     * \param x     the input.
     * \param alpha the shift.
     * \return the B-SiLU of \p x.
     */
    template <class R>
    static R reference(R x, R alpha)
    {
        using std::tanh;
        return x * Sigmoid::reference(x) + alpha / 2 * tanh(x / 2);
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        σ(x) (1 + (x + α) σ(-x)) in any real type R.
     *        It cancels at the root (-2.7349 for the default alpha), within
     *        #derivative_root_window.
     * \param x     the input.
     * \param alpha the shift.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x, R alpha)
    {
        return Sigmoid::reference(x) * (1 + (x + alpha) * Sigmoid::reference(-x));
    }

    /// Where reference_derivative() cancels in double for the default
    /// alpha, around the root -(1 + α) - W(e^(-1-α))
    /// (left_factor(1.67)): the accuracy study evaluates it in long double
    /// there.
    static constexpr std::array<double, 2> derivative_root_window{-2.79, -2.68};
    // [/listing:reference]
};

/// \brief B-SiLU, `bsilu(x, alpha = 1.67)`, of a float, a double or (lazily)
///        an xtensor expression. See act::BSiLU.
inline constexpr activation<BSiLU> bsilu{};

/// \brief B-SiLU's derivative, SUGAR's backward slope, from the input x. See act::BSiLU.
inline constexpr activation<BSiLU, Part::derivative> bsilu_derivative{};

/// @}

}  // namespace act

#endif
