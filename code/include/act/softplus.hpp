// Softplus, log(1 + e^x), with PyTorch's beta and threshold parameters.
// Chapter: "Softplus" (chapters/softplus).
#ifndef ACT_SOFTPLUS_HPP
#define ACT_SOFTPLUS_HPP

#include <cmath>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"
#include "act/core/log1p.hpp"
#include "act/sigmoid.hpp"

namespace act {

/// \defgroup softplus Softplus
/// A smooth ReLU whose derivative is the sigmoid.
/// @{

/**
 * \brief Softplus, \f$\frac{1}{\beta}\log\bigl(1+e^{\beta x}\bigr)\f$, linear
 *        above the threshold: its description and kernels (act::softplus,
 *        act::softplus_derivative).
 *
 * \f[ \operatorname{softplus}_\beta(x) =
 *     \begin{cases} x & \beta x > \text{threshold} \\
 *                   \frac{1}{\beta}\log\bigl(1+e^{\beta x}\bigr) & \text{otherwise}
 *     \end{cases}, \qquad
 *     \operatorname{softplus}_\beta'(x) =
 *     \begin{cases} 1 & \beta x > \text{threshold} \\
 *                   \sigma(\beta x) & \text{otherwise}
 *     \end{cases} \f]
 *
 * Parameters: `beta`, the sharpness, positive and finite, default 1 (as
 * `torch.nn.Softplus`); `threshold`, above which \f$\beta x\f$ gives \p x,
 * default 20 (as PyTorch). Pass infinity for the exact function everywhere.
 *
 * Numerics: the stable form
 * \f$\log(1+e^{z}) = \max(z,0) + \operatorname{log1p}(e^{-|z|})\f$, \f$z=\beta x\f$,
 * only exponentiates a non-positive number, so it cannot overflow, and
 * log1p keeps the tiny values for very negative \p x (down to the smallest
 * denormal). The threshold is PyTorch's shortcut: in float it costs nothing,
 * in double it returns \p x where the true value is larger by
 * \f$e^{-\beta x}/\beta\f$ (about 2e-9 at the default), see the chapter.
 * The derivative goes through the sigmoid, which never overflows; its
 * threshold branch matches PyTorch's `softplus_backward`.
 */
struct Softplus {
    /// what the book says of it (act::Description)
    static constexpr Description about{"softplus", "Softplus", "softplus", "torch.nn.functional.softplus",
                                       "C∞", "log(1 + eˣ) is; the threshold adds a jump of about e⁻²⁰ at x = 20",
                                       false};
    /// sharpness and threshold, with PyTorch's defaults; valid: beta > 0 and
    /// finite, threshold any value including ±inf; otherwise (beta <= 0, NaN
    /// of either sign) NaN
    static constexpr std::array<Parameter, 2> parameters{{{"beta", "β", 1.0, 0.0, finite_limit, true, {0.5, 2.0, 10.0}},
                                                                  {"threshold", "threshold", 20.0, -no_limit, no_limit, false, no_study_values}}};

    /**
     * \brief \f$\frac{1}{\beta}\log(1+e^{\beta x})\f$, or \p x above the threshold.
     * \param x         the input.
     * \param beta      the sharpness, positive and finite.
     * \param threshold above this value of \f$\beta x\f$ the result is \p x.
     * \return the softplus of \p x; NaN for NaN; 0 at \f$-\infty\f$, \p x at
     *         \f$+\infty\f$.
     */
    template <class T>
    ACT_INLINE static T value(T x, T beta, T threshold)
    {
        using namespace core;  // the building blocks of act/core
        // [listing:stable-form]
        // log(1 + e^z) = max(z, 0) + log1p(e^-|z|): the exponential never sees a
        // positive argument, and log1p keeps the digits of a tiny e^-|z|. A float
        // is computed in double and rounded once. Written branch-free (every case
        // computed, one selected at the end) with the kernels of act/core, so
        // that loops over arrays vectorise.
        const double z = double(beta) * double(x);
        const double e = exp_minus_abs<T>(z);  // e^-|z|
        const double max_z_0 = select(sign_bit(z), 0.0, z);
        const double log1p_e = sizeof(T) == 4 ? log1p_unit_for_float(e) : log1p_unit<T>(e);
        const double y = (max_z_0 + log1p_e) / double(beta);
        const bool linear = ordered(z) > ordered(double(threshold));  // PyTorch's shortcut
        const T result = select(linear, x, static_cast<T>(y));
        return select(is_nan(x), x, result);
        // [/listing:stable-form]
    }

    /**
     * \brief \f$\sigma(\beta x)\f$, or 1 above the threshold.
     * \param x         the input (not the softplus output).
     * \param beta      the sharpness, positive and finite.
     * \param threshold above this value of \f$\beta x\f$ the slope is 1.
     * \return the slope at \p x, in [0, 1]; NaN for NaN.
     */
    template <class T>
    ACT_INLINE static T derivative(T x, T beta, T threshold)
    {
        using namespace core;
        const double z = double(beta) * double(x);
        const bool linear = ordered(z) > ordered(double(threshold));
        const T slope = select(linear, T(1), static_cast<T>(Sigmoid::wide<T>(z)));
        return select(is_nan(x), x, slope);
    }

    /**
     * \brief The accuracy study's reference: the exact softplus,
     *        \f$(\max(z, 0) + \operatorname{log1p}(e^{-|z|}))/\beta\f$ with
     *        \f$z = \beta x\f$, in any real type R (core/real.hpp).
     *
     * It has no threshold: it is the function that the threshold
     * approximates, so that the study measures what the shortcut costs.
     * \param x         the input.
     * \param beta      the sharpness, positive and finite.
     * \param threshold ignored (see above).
     * \return \f$\frac{1}{\beta}\log(1+e^{\beta x})\f$.
     */
    template <class R>
    static R reference(R x, R beta, R threshold)
    {
        using std::exp;
        using std::fabs;
        using std::log1p;
        (void)threshold;
        const R z = beta * x;
        return ((z > 0 ? z : R(0)) + log1p(exp(-fabs(z)))) / beta;
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$\sigma(\beta x)\f$, without the threshold, in any real type R.
     * \param x         the input.
     * \param beta      the sharpness, positive and finite.
     * \param threshold ignored, as in reference().
     * \return the slope of the exact softplus at \p x.
     */
    template <class R>
    static R reference_derivative(R x, R beta, R threshold)
    {
        (void)threshold;
        return Sigmoid::reference(beta * x);
    }
};

/// \brief Softplus, `softplus(x, beta = 1, threshold = 20)`, of a float, a
///        double or (lazily) an xtensor expression. See act::Softplus.
inline constexpr activation<Softplus> softplus{};

/// \brief Softplus's derivative \f$\sigma(\beta x)\f$, from the input x. See act::Softplus.
inline constexpr activation<Softplus, Part::derivative> softplus_derivative{};

/// @}

}  // namespace act

#endif
