// SiLU (also called Swish-1), x * sigmoid(x), and its derivative.
// Chapter: "SiLU" (chapters/silu).
#ifndef ACT_SILU_HPP
#define ACT_SILU_HPP

#include <cmath>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"
#include "act/core/fitted.hpp"
#include "act/core/polynomial.hpp"
#include "act/sigmoid.hpp"

namespace act {

/// \defgroup silu SiLU
/// The sigmoid-weighted linear unit \f$x\,\sigma(x)\f$ (Swish with
/// \f$\beta = 1\f$): B-SiLU with \f$\alpha = 0\f$.
/// @{

/**
 * \brief The factor \f$F(x) = x + c + e^{x}\f$ that the derivatives of SiLU
 *        (c = 1) and B-SiLU (\f$c = 1 + \alpha\f$) have for x < 0, with what
 *        SiLU::slope needs to write it around its root \f$x_0\f$.
 *
 * Since \f$e^{x_0} = -(x_0 + c)\f$, with d = x - x_0,
 * \f$F = (1 + e^{x_0})\,d + e^{x_0}(\operatorname{expm1}(d) - d)\f$.
 * The first term has the sign of d; the second is never negative
 * (\f$e^{d} \ge 1 + d\f$) and is of order \f$d^2\f$. For d > 0 both are
 * positive; for d < 0 they have opposite signs, but within the window
 * |d| < 1/4 the second is at most an eighth of the first, so the sum
 * loses at most a few bits and never cancels.
 */
struct LeftFactor {
    double alpha;             ///< B-SiLU's alpha (0 for SiLU)
    double c_hi;              ///< c = 1 + alpha, exactly, as hi + lo: the high part
    double c_lo;              ///< the low part of c
    double root_hi;           ///< \f$x_0\f$ as hi + lo; NaN where F has no root to expand around
    double root_lo;           ///< the low part of \f$x_0\f$
    double slope;             ///< \f$F'(x_0) = 1 + e^{x_0}\f$
    double root_exp;          ///< \f$e^{x_0}\f$
};

/**
 * \brief SiLU, \f$x\,\sigma(x) = x/(1+e^{-x})\f$: its description and kernels
 *        (act::silu, act::silu_derivative).
 *
 * \f[ \operatorname{silu}(x) = x\,\sigma(x) = \frac{x}{1+e^{-x}}, \qquad
 *     \operatorname{silu}'(x) = \sigma(x)\bigl(1 + x(1-\sigma(x))\bigr)
 *     = \begin{cases}
 *        \dfrac{1 + e^{-x} + x e^{-x}}{(1+e^{-x})^2} & x \ge 0 \\[1ex]
 *        \dfrac{e^{x}\,(1 + x + e^{x})}{(1+e^{x})^2} & x < 0
 *       \end{cases} \f]
 *
 * Its global minimum is \f$-W(1/e) \approx -0.278465\f$ at
 * \f$x^* = -1 - W(1/e) \approx -1.278465\f$ (W: Lambert's function), where
 * the derivative changes sign.
 *
 * Numerics: \f$e^{-x}\f$ is only evaluated for \f$x \ge 0\f$ and \f$e^{x}\f$
 * only for \f$x<0\f$, so nothing overflows. For very negative x the result is
 * tiny but non-zero (\f$x e^{x}\f$, denormal below about -708 in double and
 * -87 in float); x multiplies \f$e^{r}\f$ before the power of two \f$2^{k}\f$
 * does, so denormal results keep all the bits they can hold. The factor
 * \f$1 + x + e^x\f$ of the derivative vanishes at \f$x^*\f$, where the plain
 * sum cancels; it is computed relative to \f$x^*\f$ (stored to 32 digits as
 * two doubles), which keeps full relative accuracy at the root. Float is
 * computed in double and rounded once; both types run branch-free vector
 * kernels. Chapter: SiLU.
 */
struct SiLU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"silu", "SiLU", "silu", "torch.nn.functional.silu",
                                       "C∞", "x times the C∞ sigmoid",
                                       true};
    static constexpr std::array<Parameter, 0> parameters{};                 ///< none

    /// SiLU's factor 1 + x + e^x, its root stored as constants. Alpha and
    /// c_lo are -0 rather than +0: v + (-0) is v for every v, -0 included, so
    /// the compiler drops those additions from SiLU's kernel.
    static constexpr LeftFactor left_factor{-0.0,
                                            1.0,
                                            -0.0,
                                            core::fitted::silu_root_hi,
                                            core::fitted::silu_root_lo,
                                            -core::fitted::silu_root_hi,
                                            -(1.0 + core::fitted::silu_root_hi)};

    /**
     * \brief \f$x\sigma(x)\f$ from \f$e = e^{-|x|}\f$ and \f$q \approx x/(1+e)\f$:
     *        q for x >= 0, \f$e \cdot q\f$ for x < 0 (e applied after q, so
     *        that a denormal product rounds once), -0 below -800. Shared by
     *        SiLU and B-SiLU.
     * \param x   the input.
     * \param exp \f$e^{-|x|}\f$ as core::ExpMinusAbs.
     * \param q   \f$x/(1+e)\f$.
     * \return \f$x\sigma(x)\f$, before NaN is handled.
     */
    ACT_INLINE static double from(double x, const core::ExpMinusAbs& exp, double q)
    {
        return core::select(core::sign_bit(x), core::select(core::below_minus(x, 800.0), -0.0, exp.times(q)), q);
    }

    /**
     * \brief SiLU of a float: computed in double, rounded once; for
     *        |x| < 2^-125, core::half_tie_up (the true value lies just above
     *        x/2, which can be a tie between two denormals).
     * \param x the input.
     * \return \f$x\sigma(x)\f$; NaN for NaN; +inf at +inf; -0 at -inf.
     */
    ACT_INLINE static float value(float x)
    {
        const double w = x;
        const float y = static_cast<float>(w * Sigmoid::wide<float>(w));
        // Below 2^-125 the result is x/2 + x^2/4 rounded to a denormal: x/2, a tie rounded up.
        const float tiny = core::with_half_tie_up(x, y);
        return core::select(core::is_nan(x), x, core::with_limits(x, -0.0f, x, tiny));
    }

    /**
     * \brief SiLU of a double: \f$x/(1+e)\f$ with \f$e = e^{-|x|}\f$ for
     *        x >= 0, and \f$e \cdot x/(1+e)\f$ for x < 0; for
     *        |x| < 2^-1021, core::half_tie_up.
     * \param x the input.
     * \return \f$x\sigma(x)\f$; NaN for NaN; +inf at +inf; -0 at -inf.
     */
    ACT_INLINE static double value(double x)
    {
        const core::ExpMinusAbs exp(x);
        const double y = from(x, exp, x / (1.0 + exp.value()));
        // Below 2^-1021 the result is x/2 + x^2/4 rounded to a denormal: x/2, a tie rounded up.
        return core::select(core::is_nan(x), x, core::with_half_tie_up(x, y));
    }

    /**
     * \brief SiLU's derivative for a float. For x >= 0, \f$(1 + e + xe)/(1+e)^2\f$
     *        with \f$e = e^{-x}\f$; for x < 0, \f$e\,F/(1+e)^2\f$ with
     *        \f$e = e^{x}\f$ and \f$F = 1 + x + e^{x}\f$.
     *
     * F vanishes at x*: there, with d = x - x*,
     * \f$F = -x^* d - (1+x^*)(e^{d}-1-d)\f$, a sum without cancellation. The
     * window is |d| < 1/8: beyond it the plain sum, whose exponential is good
     * to 2.5e-9, is off by less than 5e-9 relative (a twelfth of a float
     * ULP); within it \f$(e^{d}-1-d)/d^2\f$ to degree 4 in d (the series to
     * \f$d^6/6!\f$) leaves 2e-10 relative in F, because that term is at most
     * 1.4% of F there.
     * \param x the input (not the SiLU output).
     * \return the slope at \p x; NaN for NaN; 1 at +inf; -0 at -inf.
     */
    ACT_INLINE static float derivative(float x)
    {
        using namespace core;
        const double w = x;
        const double e = exp_minus_abs<float>(w);
        const double d = 1.0 + e;
        const double inv2 = 1.0 / (d * d);
        const double positive_side = (d + w * e) * inv2;
        const double dd = (w - fitted::silu_root_hi) - fitted::silu_root_lo;
        const double near =
            -fitted::silu_root_hi * dd - (1.0 + fitted::silu_root_hi) * (dd * dd * taylor_exp<2, 6>(dd));
        const double far = (1.0 + w) + e;
        const bool close = magnitude_below(dd, 0.125);
        const double negative_side = e * select(close, near, far) * inv2;
        const float y = static_cast<float>(select(sign_bit(w), negative_side, positive_side));
        return select(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
    }

    /**
     * \brief The derivative of \f$(x + \alpha)\sigma(x)\f$ for a double,
     *        branch-free: SiLU's derivative for \f$\alpha = 0\f$, B-SiLU's
     *        otherwise.
     *
     * For x >= 0 it is \f$(1 + e + (x+\alpha)e)/(1+e)^2\f$ with
     * \f$e = e^{-x}\f$; for x < 0 it is \f$e\,F/(1+e)^2\f$ with
     * \f$e = e^{x}\f$ and F the LeftFactor. Within 1/4 of F's root, F is
     * written around it, with \f$\operatorname{expm1}(d) - d = d^2(1/2! + d/3! +
     * \dots)\f$ summed to \f$d^{13}/13!\f$ (truncation below 1e-18);
     * further out the plain sum cancels only mildly. Far left, where
     * \f$e^{x}\f$ is denormal, \f$F/(1+e)^2\f$ multiplies \f$e^{r}\f$ before
     * \f$2^{k}\f$ does; below -800 the slope is a zero with the sign of F.
     * \param x the input.
     * \param f the factor F, with its root (LeftFactor).
     * \return the slope at \p x; NaN for NaN.
     */
    ACT_INLINE static double slope(double x, const LeftFactor& f)
    {
        using namespace core;
        const ExpMinusAbs exp(x);
        const double e = exp.value();
        const double d = 1.0 + e;
        const double inv2 = 1.0 / (d * d);
        const double positive_side = (d + (x + f.alpha) * e) * inv2;
        // [listing:root-shift]
        const double dd = (x - f.root_hi) - f.root_lo;  // x - hi is exact near the root
        // d^2 (1/2! + d/3! + ...)
        const double expm1_minus_d = dd * dd * taylor_exp<2, 13>(dd);
        const double near = f.slope * dd + f.root_exp * expm1_minus_d;
        const double far = ((x + f.c_hi) + f.c_lo) + e;
        // |d| < 1/4 (false where the root is NaN)
        const bool close = magnitude_below(dd, 0.25);
        // e F/(1+e)^2
        const double negative_side = exp.times(select(close, near, far) * inv2);
        // [/listing:root-shift]
        const double left = select(below_minus(x, 800.0), zero_with_sign_of(far), negative_side);
        const bool plus_inf = bits_of(x) == 0x7ff0000000000000ull;  // (x + alpha) e would be inf * 0
        const double y = select(sign_bit(x), left, select(plus_inf, 1.0, positive_side));
        return select(is_nan(x), x, y);
    }

    /**
     * \brief SiLU's derivative for a double: slope() with SiLU's root
     *        \f$x^* = -1 - W(1/e)\f$.
     * \param x the input (not the SiLU output).
     * \return the slope at \p x, in about [-0.0998, 1.0998]; NaN for NaN.
     */
    ACT_INLINE static double derivative(double x) { return slope(x, left_factor); }

    /**
     * \brief The accuracy study's reference: \f$x\,\sigma(x)\f$ in any real
     *        type R (core/real.hpp).
     * \param x the input.
     * \return the SiLU of \p x.
     */
    template <class R>
    static R reference(R x)
    {
        return x * Sigmoid::reference(x);
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$\sigma(x)(1 + x\,\sigma(-x))\f$ in any real type R. It cancels
     *        at the root \f$x^* \approx -1.2785\f$, within
     *        #derivative_root_window.
     * \param x the input.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        return Sigmoid::reference(x) * (1 + x * Sigmoid::reference(-x));
    }

    /// Where reference_derivative() cancels in double, around the root
    /// \f$x^* = -1 - W(1/e)\f$ (core::fitted::silu_root_hi): the accuracy
    /// study evaluates it in long double there.
    static constexpr std::array<double, 2> derivative_root_window{-1.33, -1.23};
};

/// \brief \f$x\,\sigma(x)\f$ of a float, a double or (lazily) an xtensor expression. See act::SiLU.
inline constexpr activation<SiLU> silu{};

/// \brief SiLU's derivative \f$\sigma(x)(1 + x(1-\sigma(x)))\f$, from the input x. See act::SiLU.
inline constexpr activation<SiLU, Part::derivative> silu_derivative{};

/// @}

}  // namespace act

#endif
