// GELU in its exact form, x times the standard normal CDF (one of the
// surrogates the SUGAR paper compares), and its tanh approximation.
// Chapter: "GELU" (chapters/gelu).
#ifndef ACT_GELU_HPP
#define ACT_GELU_HPP

#include <cmath>
#include <cstdint>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/double_double.hpp"
#include "act/core/exp.hpp"
#include "act/core/fitted.hpp"
#include "act/core/polynomial.hpp"
#include "act/core/real.hpp"
#include "act/sigmoid.hpp"

namespace act {

/// \defgroup gelu GELU
/// The Gaussian error linear unit: the exact (erf) form, a surrogate in the
/// SUGAR chapter, and the tanh approximation (PyTorch's `approximate='tanh'`).
/// @{

/**
 * \brief GELU, \f$x\,\Phi(x)\f$ with \f$\Phi\f$ the standard normal CDF (exact
 *        erf form): its description and kernels (act::gelu, act::gelu_derivative).
 *
 * \f[ \operatorname{GELU}(x) = x\,\Phi(x)
 *     = \frac{x}{2}\Bigl(1+\operatorname{erf}\bigl(x/\sqrt2\bigr)\Bigr), \qquad
 *     \operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x),
 *     \quad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}} \f]
 *
 * As `torch.nn.GELU()` with `approximate='none'`. The slope lies in about
 * \f$[-0.17, 1.13]\f$.
 *
 * Numerics: the erf form \f$1+\operatorname{erf}\f$ cancels for negative
 * \p x and reaches 0 near \f$x=-8.3\f$, and the erfc form loses digits in the
 * left tail to the rounding of \f$x/\sqrt2\f$ (see the chapter). The library
 * needs neither. With \f$a = |x|\f$, the normal tail is
 * \f$Q(a) = 1 - \Phi(a) = e^{-a^2/2}\,R(a)/\sqrt{2\pi}\f$, R being Mills'
 * ratio (a fitted polynomial), and
 *   GELU(x) = x Q(a) for x < 0 and x - x Q(a) for x >= 0;
 *   GELU'(x) = \f$\varphi(a)(R(a) - a)\f$ for x < 0 and 1 minus that for x >= 0.
 * Nothing is subtracted that cancels (x Q(x) <= x/2), \f$a^2\f$ is split
 * exactly so that the exponential's argument carries no rounding error, and
 * \f$R(a) - a\f$, which vanishes at \f$a^* \approx 0.7518\f$, is a fitted
 * \f$d\,G(d)\f$ near it (d = a - a*). Results stay accurate down into the
 * denormals; beyond \f$|x| = 40\f$ they are their limits. Float and double
 * both run branch-free vector kernels.
 */
struct GELU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"gelu", "GELU", "gelu", "torch.nn.functional.gelu",
                                       "C∞", "x times the C∞ normal CDF",
                                       true};
    static constexpr std::array<Parameter, 0> parameters{};                 ///< none (the exact form)

    /// \f$1/\sqrt{2\pi}\f$.
    static constexpr double inv_sqrt_2pi = 0.3989422804014327;

    /**
     * \brief Mills' ratio \f$R(a) = Q(a)/\varphi(a)\f$ for \f$a \ge 0\f$, to
     *        the accuracy a float result needs.
     *
     * R is smooth and bounded (R(0) = 1.2533, R(a) ~ 1/a), so a polynomial
     * in \f$t = 3/(3+a) \in (0, 1]\f$ fits it (core::fitted::mills_poly_for_float).
     * \param a the magnitude of the input, at least 0.
     * \return R(a), relative error about 1e-9.
     */
    ACT_INLINE static double mills_ratio_for_float(double a)
    {
        const std::uint64_t limit = core::bits_of(15.0);
        const double t = 3.0 / (3.0 + core::double_of(core::bits_of(a) < limit ? core::bits_of(a) : limit));
        return core::horner(core::fitted::mills_poly_for_float, t);
    }

    /**
     * \brief \f$\varphi(a) = e^{-a^2/2}/\sqrt{2\pi}\f$ for a float a:
     *        \f$a^2\f$ of a float is exact in double, so the exponential's
     *        argument carries no error.
     * \param a a float, in double.
     * \return \f$\varphi(a)\f$, to the accuracy a float result needs.
     */
    ACT_INLINE static double normal_pdf_for_float(double a)
    {
        return core::exp_minus_abs<float>(0.5 * a * a) * inv_sqrt_2pi;
    }

    /**
     * \brief \f$R(a)/\sqrt{2\pi}\f$ for a in [0, 40], to double accuracy.
     *
     * t = 8/(8+a) is rounded, and near a = 0 the result is sensitive to t (a
     * relative error in t comes out about 6 times larger); so t is carried
     * as t + t_lo (the sum 8 + a and the quotient both have exactly known
     * errors), y = 2t - 1 as y + y_lo, and the polynomial's value at y is
     * corrected to first order with the derivative that the ratio's
     * equation gives, \f$R'(a) = aR(a) - 1\f$.
     * \param a the magnitude of the input.
     * \return \f$R(a)/\sqrt{2\pi}\f$.
     */
    ACT_INLINE static double mills_ratio_double(double a)
    {
        using namespace core;
        const double s = a + 8.0;
        const double s_error = a - (s - 8.0);  // a + 8 = s + s_error (s - 8 is exact)
        const double t = 8.0 / s;
        const double ts = t * s;
        const double remainder = (8.0 - ts) - product_error(t, s, ts);  // 8 - t s, exactly
        const double t_lo = (remainder - t * s_error) * (t * 0.125);     // 8/(8 + a) - t
        const double y = 2.0 * t - 1.0;
        const double y_lo = (2.0 * t - (y + 1.0)) + 2.0 * t_lo;       // the first part is exact
        const double r = 0.5 * (y + 1.0) * horner(fitted::mills_h, y);  // (y + 1)/2 is exact
        // d/dy of R/sqrt(2 pi) = (1 - a R)/sqrt(2 pi) * 8/(2 t^2), and 8/(2 t^2) = s^2/16.
        return multiply_add(y_lo, (inv_sqrt_2pi - a * r) * (s * s * 0.0625), r);
    }

    /// \f$e^{-a^2/2}\f$ for a = |x| as core::ExpMinusAbs, with the part of
    /// \f$a^2\f$ that the rounding of a*a loses kept apart:
    /// \f$a^2/2 = p/2 + \epsilon\f$.
    struct HalfSquareExp {
        core::ExpMinusAbs exp;  ///< \f$e^{-p/2}\f$
        double epsilon;         ///< what the rounding of \f$a^2/2\f$ lost
        /// \brief From a and its rounded square.
        /// \param a the magnitude of the input.
        /// \param p a * a, rounded.
        ACT_INLINE explicit HalfSquareExp(double a, double p)
            : exp(0.5 * p), epsilon(0.5 * core::product_error(a, a, p))
        {
        }
        /// \brief \f$c\,e^{-a^2/2} = c(1-\epsilon)e^{-p/2}\f$, rounded once where it is denormal.
        /// \param c the factor.
        /// \return the product.
        ACT_INLINE double times(double c) const { return exp.times(core::multiply_add(c, -epsilon, c)); }
    };

    /**
     * \brief GELU of a float: with a = |x|, \f$\Phi(x) = \varphi(a)R(a)\f$
     *        for x < 0 (relative accuracy down to the tail) and
     *        \f$1 - \varphi(a)R(a)\f$ for x >= 0 (at least 1/2: no cancellation).
     * \param x the input.
     *        For |x| < 2^-125, core::half_tie_up.
     * \return \f$x\Phi(x)\f$; NaN for NaN; -0 at \f$-\infty\f$, +inf at +inf.
     */
    ACT_INLINE static float value(float x)
    {
        using namespace core;
        const double w = x;
        const double a = magnitude(w);
        const double q = normal_pdf_for_float(a) * mills_ratio_for_float(a);  // the tail Q(a)
        const float y = static_cast<float>(w * select(sign_bit(w), q, 1.0 - q));
        // Below 2^-125 the result is x/2 + x^2/sqrt(2 pi) rounded to a denormal: x/2, a tie rounded up.
        const float tiny = with_half_tie_up(x, y);
        return select(is_nan(x), x, with_limits(x, -0.0f, x, tiny));
    }

    /**
     * \brief GELU of a double: x Q(a) for x < 0 and x - x Q(a) for x >= 0;
     *        for |x| < 2^-1021, core::half_tie_up.
     * \param x the input.
     * \return \f$x\Phi(x)\f$; NaN for NaN; -0 below -40, x above 40.
     */
    ACT_INLINE static double value(double x)
    {
        using namespace core;
        // [listing:gelu-tail]
        const double a = magnitude(x);
        const HalfSquareExp gauss(a, a * a);
        const double x_tail = gauss.times(x * mills_ratio_double(a));  // x Q(a)
        const double y = select(sign_bit(x), x_tail, x - x_tail);
        // Beyond |x| = 40, Q(a) < 1e-349: the result is x, or 0 on the left;
        // x at +-0 and NaN.
        const bool x_itself = either(is_nan(x), is_zero(x));
        const double limit = select(sign_bit(x), -0.0, x);
        // Below 2^-1021: x/2 + x^2/sqrt(2 pi) rounded to a denormal, x/2 with a tie rounded up.
        const double tiny = with_half_tie_up(x, y);
        return select(x_itself, x, select(magnitude_above(x, 40.0), limit, tiny));
        // [/listing:gelu-tail]
    }

    /**
     * \brief GELU's derivative for a float. For x >= 0 it is
     *        \f$1 - \varphi(a)(R(a) - a)\f$, a = x, which stays near 1. For
     *        x < 0 it is \f$\varphi(a)(R(a) - a)\f$, a = -x, and R(a) - a
     *        vanishes at a*: within 1/8 of it, \f$R(a) - a = d\,S(d)\f$ with
     *        d = a - a* (exact: a and a*_hi are close) and S the fitted
     *        polynomial core::fitted::gelu_root_poly_for_float.
     * \param x the input (not the GELU output).
     * \return the slope at \p x; NaN for NaN; -0 at \f$-\infty\f$, 1 at +inf.
     */
    ACT_INLINE static float derivative(float x)
    {
        using namespace core;
        const double w = x;
        const double a = magnitude(w);
        const double phi = normal_pdf_for_float(a);
        const double far = mills_ratio_for_float(a) - a;
        const double d = (a - fitted::gelu_root_hi) - fitted::gelu_root_lo;
        const double s = horner(fitted::gelu_root_poly_for_float, d);
        const bool close = magnitude_below(d, 0.125);
        const double negative_side = phi * select(close, d * s, far);
        const double positive_side = 1.0 - phi * far;
        const float y = static_cast<float>(select(sign_bit(w), negative_side, positive_side));
        return select(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
    }

    /**
     * \brief GELU's derivative for a double: \f$\varphi(a)(R(a) - a)\f$ for
     *        x < 0, 1 minus that for x >= 0, and near the root
     *        (|a - a*| < 1/2) R(a) - a as d G(d), which does not cancel.
     * \param x the input (not the GELU output).
     * \return the slope at \p x; NaN for NaN; -0 below -40, 1 above 40.
     */
    ACT_INLINE static double derivative(double x)
    {
        using namespace core;
        const double a = magnitude(x);
        const HalfSquareExp gauss(a, a * a);
        const double d = (a - fitted::gelu_root_hi) - fitted::gelu_root_lo;  // a - hi is exact near the root
        const bool close = magnitude_below(d, 0.5);
        const double near = d * horner(fitted::mills_root_g, d);
        const double far = multiply_add(-a, inv_sqrt_2pi, mills_ratio_double(a));
        const double ratio_minus_a = select(close, near, far);  // (R(a) - a)/sqrt(2 pi)
        const double v = gauss.times(ratio_minus_a);            // phi(a) (R(a) - a)
        const double y = select(sign_bit(x), v, 1.0 - v);
        return select(is_nan(x), x, select(magnitude_above(x, 40.0), select(sign_bit(x), -0.0, 1.0), y));
    }

    /**
     * \brief \f$\Phi(x) = \operatorname{erfc}(-x/\sqrt2)/2\f$ in the real
     *        type R of the reference: no cancellation on either side.
     * \param x the input.
     * \return the normal distribution function at \p x.
     */
    template <class R>
    static R reference_cdf(R x)
    {
        using std::erfc;
        using std::sqrt;
        return erfc(-x / sqrt(R(2))) / 2;
    }

    /**
     * \brief \f$\varphi(x) = e^{-x^2/2}/\sqrt{2\pi}\f$ in the real type R of
     *        the reference.
     * \param x the input.
     * \return the normal density at \p x.
     */
    template <class R>
    static R reference_pdf(R x)
    {
        using std::exp;
        using std::sqrt;
        const R pi = core::decimal<R>(3.14159265358979323846264338327950288L,
                                      "3.1415926535897932384626433832795028841971693993751058209749445923078164");
        return exp(-x * x / 2) / sqrt(2 * pi);
    }

    /**
     * \brief The accuracy study's reference: \f$x\,\Phi(x)\f$ in any real
     *        type R (core/real.hpp). Below -40, where \f$|x\Phi(x)| <
     *        10^{-340}\f$ is under every double, it is -0 (MPFR's erfc is
     *        slow that far out).
     * \param x the input.
     * \return the GELU of \p x.
     */
    template <class R>
    static R reference(R x)
    {
        if (x < -40) return -R(0);
        return x * reference_cdf(x);
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$\Phi(x) + x\,\varphi(x)\f$ in any real type R; -0 below -40, as
     *        reference(). It cancels at the root \f$\approx -0.7518\f$, within
     *        #derivative_root_window.
     * \param x the input.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        if (x < -40) return -R(0);
        return reference_cdf(x) + x * reference_pdf(x);
    }

    /// Where reference_derivative() cancels in double, around its root
    /// (-core::fitted::gelu_root_hi): the accuracy study evaluates it in
    /// long double there.
    static constexpr std::array<double, 2> derivative_root_window{-0.80, -0.70};
};

/// \brief GELU (exact erf form) of a float, a double or (lazily) an xtensor expression. See act::GELU.
inline constexpr activation<GELU> gelu{};

/// \brief GELU's derivative \f$\Phi(x) + x\varphi(x)\f$, from the input x. See act::GELU.
inline constexpr activation<GELU, Part::derivative> gelu_derivative{};

/**
 * \brief GELU's tanh approximation, PyTorch's `gelu(x, approximate='tanh')`:
 *        its description and kernels (act::gelu_tanh, act::gelu_tanh_derivative).
 *
 * \f[ \operatorname{GELU}_{\tanh}(x)
 *     = \frac{x}{2}\Bigl(1+\tanh\bigl(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)\Bigr)
 *     = x\,\sigma(z), \f]
 * \f[ z = \sqrt{8/\pi}\;x\,(1 + 0.044715\,x^2), \f]
 * \f[ \operatorname{GELU}_{\tanh}'(x) = \sigma(z)\bigl(1 + x\,\sigma(-z)\,z'\bigr), \f]
 * \f[ z' = \sqrt{8/\pi}\,(1 + 3 \cdot 0.044715\,x^2), \f]
 * since \f$1 + \tanh u = 2\sigma(2u)\f$. A function of its own, not a
 * parameter of act::gelu: it differs from GELU by up to about 5e-4, so its
 * values, its minimum and its accuracy study are its own.
 *
 * Numerics: \f$1 + \tanh u\f$ cancels for negative x; \f$x\sigma(z)\f$ does
 * not. The derivative's factor \f$F = 1 + e^{z} + x z'\f$ (its sign for
 * x < 0) vanishes at the minimiser \f$x^* \approx -0.7525\f$; within 1/4
 * (float) or 1/2 (double) of it, F is written relative to the stored root
 * (no cancellation). Float is
 * computed in double and rounded once. In double, z is carried as two
 * doubles (the constants \f$\sqrt{8/\pi}\f$ and 0.044715 are not doubles),
 * because an error \f$\delta\f$ in z becomes a relative error
 * \f$\delta\,\sigma(-z)\f$ of the result, and |z| reaches 745 before the
 * result underflows. Beyond |x| = 30 results are their limits.
 */
struct GELUTanh {
    /// what the book says of it (act::Description)
    static constexpr Description about{"gelu_tanh", "GELU (tanh)", "gelu",
                                       "torch.nn.functional.gelu(approximate='tanh')",
                                       "C∞", "x times the C∞ sigmoid of a polynomial",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    /// \f$z = \sqrt{8/\pi}\,x(1 + 0.044715x^2)\f$ as hi + lo, for a double x.
    struct Argument {
        double hi;  ///< z, rounded
        double lo;  ///< z - hi, to first order
        /// \brief From x, with the products' rounding errors kept.
        /// \param x the input.
        ACT_INLINE explicit Argument(double x)
        {
            using namespace core;
            const double p = x * x;
            const double p_lo = product_error(x, x, p);
            const double t = fitted::gelu_tanh_cubic_hi * p;  // K x^2
            const double t_lo = product_error(fitted::gelu_tanh_cubic_hi, p, t) +
                                (fitted::gelu_tanh_cubic_hi * p_lo + fitted::gelu_tanh_cubic_lo * p);
            const double m = 1.0 + t;  // 1 + K x^2, its error by TwoSum
            const double back = m - 1.0;
            const double m_lo = ((1.0 - (m - back)) + (t - back)) + t_lo;
            const double q = fitted::gelu_tanh_scale_hi * x;  // C x
            const double q_lo = product_error(fitted::gelu_tanh_scale_hi, x, q) + fitted::gelu_tanh_scale_lo * x;
            hi = q * m;
            lo = product_error(q, m, hi) + (q * m_lo + q_lo * m);
        }
    };

    /// What the double kernels share: z as hi + lo (Argument),
    /// \f$e = e^{-|z_{hi}|}\f$ and \f$g = 1/(1+e)\f$.
    struct Gate {
        Argument z;             ///< the argument
        core::ExpMinusAbs exp;  ///< \f$e^{-|z_{hi}|}\f$, to scale a result into the denormals
        double e;               ///< \f$e^{-|z_{hi}|}\f$
        double g;               ///< \f$1/(1+e)\f$
        /// \brief From the input.
        /// \param x the input.
        ACT_INLINE explicit Gate(double x) : z(x), exp(z.hi), e(exp.value()), g(1.0 / (1.0 + e)) {}
    };

    /**
     * \brief \f$F = 1 + e^{z} + x z'\f$ for x < 0, from \f$e = e^{z}\f$ and
     *        z': near the root \f$x^*\f$ (|d| < window, d = x - x*),
     *        \f$F = E^*(e^{\delta}-1) + \sqrt{8/\pi}\,d\,(1 + 3Ks)\f$ with
     *        \f$\delta = \sqrt{8/\pi}\,d\,(1 + Ks)\f$,
     *        \f$s = x^2 + x x^* + x^{*2}\f$ and \f$E^* = e^{z(x^*)}\f$: two
     *        terms of the sign of d, which cannot cancel; \f$(e^{\delta}-1)/\delta\f$
     *        is its Taylor polynomial of degree Degree - 1.
     * \tparam Degree the last Taylor term: 9 for a float result (window
     *        1/4, truncation 1e-10), 20 for a double (window 1/2, 2e-21).
     * \param x      the input.
     * \param e      \f$e^{z}\f$.
     * \param zp     \f$z'(x)\f$.
     * \param window the half-width around the root where the near form is used.
     * \return F.
     */
    template <int Degree>
    ACT_INLINE static double left_factor(double x, double e, double zp, double window)
    {
        using namespace core;
        const double d = (x - fitted::gelu_tanh_root_hi) - fitted::gelu_tanh_root_lo;  // x - hi is exact near it
        const double s = x * x + x * fitted::gelu_tanh_root_hi + fitted::gelu_tanh_root_hi * fitted::gelu_tanh_root_hi;
        const double cd = fitted::gelu_tanh_scale_hi * d;
        const double delta = cd * multiply_add(fitted::gelu_tanh_cubic_hi, s, 1.0);
        const double near = multiply_add(fitted::gelu_tanh_root_exp, delta * taylor_exp<1, Degree>(delta),
                                         cd * multiply_add(3.0 * fitted::gelu_tanh_cubic_hi, s, 1.0));
        const double far = (1.0 + e) + x * zp;
        return select(magnitude_below(d, window), near, far);
    }

    /// \brief \f$z'(x) = \sqrt{8/\pi}\,(1 + 3 \cdot 0.044715\,x^2)\f$ in double.
    /// \param x the input.
    /// \return z'(x).
    ACT_INLINE static double argument_slope(double x)
    {
        return core::fitted::gelu_tanh_scale_hi * core::multiply_add(3.0 * core::fitted::gelu_tanh_cubic_hi, x * x, 1.0);
    }

    /**
     * \brief The tanh approximation of a float: \f$x\sigma(z)\f$ computed in
     *        double and rounded once.
     * \param x the input.
     *        For |x| < 2^-125, core::half_tie_up.
     * \return \f$x\sigma(z)\f$; NaN for NaN; -0 at \f$-\infty\f$, +inf at +inf.
     */
    ACT_INLINE static float value(float x)
    {
        const double w = x;
        const double z = core::fitted::gelu_tanh_scale_hi * w * core::multiply_add(core::fitted::gelu_tanh_cubic_hi, w * w, 1.0);
        const float y = static_cast<float>(w * Sigmoid::wide<float>(z));
        // Below 2^-125 the result is x/2 + (2/pi)^(1/2) x^2 rounded to a denormal: x/2, a tie rounded up.
        const float tiny = core::with_half_tie_up(x, y);
        return core::select(core::is_nan(x), x, core::with_limits(x, -0.0f, x, tiny));
    }

    /**
     * \brief The tanh approximation of a double: with \f$e = e^{-|z|}\f$,
     *        \f$x/(1+e)\f$ for x >= 0 and \f$e\,x/(1+e)\f$ for x < 0, times
     *        \f$1 + z_{lo}\,\sigma(-z)\f$ for the part of z that one double
     *        does not hold.
     * \param x the input.
     *        For |x| < 2^-1021, core::half_tie_up.
     * \return \f$x\sigma(z)\f$; NaN for NaN; -0 below -30, x above 30.
     */
    ACT_INLINE static double value(double x)
    {
        using namespace core;
        const Gate s(x);
        const bool left = sign_bit(x);
        const double q = x * s.g;
        const double corrected = multiply_add(q, s.z.lo * select(left, s.g, s.e * s.g), q);
        const double y = select(left, s.exp.times(corrected), corrected);
        const double limit = select(left, -0.0, x);
        const bool x_itself = either(is_nan(x), is_zero(x));
        // Below 2^-1021: x/2 + (2/pi)^(1/2) x^2 rounded to a denormal, x/2 with a tie rounded up.
        const double tiny = with_half_tie_up(x, y);
        return select(x_itself, x, select(magnitude_above(x, 30.0), limit, tiny));
    }

    /**
     * \brief The derivative of the tanh approximation for a float, from
     *        \f$e = e^{-|z|}\f$: \f$(1 + e + x z' e)/(1+e)^2\f$ for x >= 0 and
     *        \f$e\,F/(1+e)^2\f$ for x < 0 (left_factor()), in double, rounded once.
     * \param x the input (not the output).
     * \return the slope at \p x; NaN for NaN; -0 at \f$-\infty\f$, 1 at +inf.
     */
    ACT_INLINE static float derivative(float x)
    {
        using namespace core;
        const double w = x;
        const double z = fitted::gelu_tanh_scale_hi * w * multiply_add(fitted::gelu_tanh_cubic_hi, w * w, 1.0);
        const double e = exp_minus_abs<float>(z);
        const double g = 1.0 / (1.0 + e);
        const double zp = argument_slope(w);
        const double positive_side = ((1.0 + e) + w * e * zp) * (g * g);
        const double negative_side = e * left_factor<9>(w, e, zp, 0.25) * (g * g);
        const float y = static_cast<float>(select(sign_bit(w), negative_side, positive_side));
        return select(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
    }

    /**
     * \brief The derivative of the tanh approximation for a double: as for
     *        a float, with z as two doubles; for x < 0 the result is
     *        multiplied by \f$1 + z_{lo}(1-e)/(1+e)\f$.
     * \param x the input (not the output).
     * \return the slope at \p x; NaN for NaN; -0 below -30, 1 above 30.
     */
    ACT_INLINE static double derivative(double x)
    {
        using namespace core;
        const Gate s(x);
        const double zp = argument_slope(x);
        const double g2 = s.g * s.g;
        const double positive_side = ((1.0 + s.e) + x * s.e * zp) * g2;
        const double f = left_factor<20>(x, s.e, zp, 0.5) * g2;
        const double negative_side = s.exp.times(multiply_add(f, s.z.lo * ((1.0 - s.e) * s.g), f));
        const double y = select(sign_bit(x), negative_side, positive_side);
        const double limit = select(sign_bit(x), -0.0, 1.0);
        return select(is_nan(x), x, select(magnitude_above(x, 30.0), limit, y));
    }

    /**
     * \brief \f$z = \sqrt{8/\pi}\,x(1 + 0.044715x^2)\f$ in the real type R of the reference.
     * \param x the input.
     * \return z.
     */
    template <class R>
    static R reference_argument(R x)
    {
        using std::sqrt;
        const R pi = core::decimal<R>(3.14159265358979323846264338327950288L,
                                      "3.1415926535897932384626433832795028841971693993751058209749445923078164");
        const R k = core::decimal<R>(0.044715L, "0.044715");
        return sqrt(8 / pi) * x * (1 + k * x * x);
    }

    /**
     * \brief The accuracy study's reference: \f$x\sigma(z)\f$ in any real
     *        type R, from \f$e^{-|z|}\f$ only (nothing overflows or
     *        cancels); -0 below -30 and x above 30, where the result is its
     *        limit in every precision the study uses.
     * \param x the input.
     * \return the tanh approximation at \p x.
     */
    template <class R>
    static R reference(R x)
    {
        using std::exp;
        if (x < -30) return -R(0);
        if (x > 30) return x;
        const R z = reference_argument(x);
        if (z < 0) return x * exp(z) / (1 + exp(z));
        return x / (1 + exp(-z));
    }

    /**
     * \brief The accuracy study's reference for the derivative,
     *        \f$(1 + e + x z' e)/(1+e)^2\f$ with \f$e = e^{-z}\f$ for x >= 0,
     *        \f$e(1 + e + x z')/(1+e)^2\f$ with \f$e = e^{z}\f$ for x < 0;
     *        -0 below -30, 1 above 30. It cancels at the minimiser, within
     *        #derivative_root_window.
     * \param x the input.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        using std::exp;
        using std::sqrt;
        if (x < -30) return -R(0);
        if (x > 30) return R(1);
        const R z = reference_argument(x);
        const R pi = core::decimal<R>(3.14159265358979323846264338327950288L,
                                      "3.1415926535897932384626433832795028841971693993751058209749445923078164");
        const R k = core::decimal<R>(0.044715L, "0.044715");
        const R zp = sqrt(8 / pi) * (1 + 3 * k * x * x);
        if (z < 0) {
            const R e = exp(z);
            return e * (1 + e + x * zp) / ((1 + e) * (1 + e));
        }
        const R e = exp(-z);
        return (1 + e + x * zp * e) / ((1 + e) * (1 + e));
    }

    /// Where reference_derivative() cancels in double, around the
    /// minimiser (core::fitted::gelu_tanh_root_hi): the accuracy study
    /// evaluates it in long double there.
    static constexpr std::array<double, 2> derivative_root_window{-0.80, -0.70};
};

/// \brief GELU's tanh approximation of a float, a double or (lazily) an xtensor expression. See act::GELUTanh.
inline constexpr activation<GELUTanh> gelu_tanh{};

/// \brief The derivative of GELU's tanh approximation, from the input x. See act::GELUTanh.
inline constexpr activation<GELUTanh, Part::derivative> gelu_tanh_derivative{};

/// @}

}  // namespace act

#endif
