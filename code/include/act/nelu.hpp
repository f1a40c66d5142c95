// NeLU, the second surrogate of "The Resurrection of the ReLU" (Horuz et al.,
// 2025), defined through its derivative; the function is its antiderivative.
// Chapter: "NeLU" (chapters/nelu).
#ifndef ACT_NELU_HPP
#define ACT_NELU_HPP

#include "act/activation.hpp"
#include "act/core/bits.hpp"

namespace act {

/// \defgroup nelu NeLU
/// A surrogate defined by its derivative: 1 for \f$x>0\f$ and
/// \f$2\alpha x/(1+x^2)^2\f$ for \f$x\le 0\f$ (Horuz et al., 2025).
/// @{

/**
 * \brief NeLU: its description and kernels (act::nelu, act::nelu_derivative).
 *        The derivative is the paper's definition; the function is the
 *        antiderivative that is continuous at 0.
 *
 * \f[ \operatorname{nelu}_\alpha(x) = \begin{cases} x & x > 0 \\
 *     \alpha - \dfrac{\alpha}{1+x^2} = \dfrac{\alpha x^2}{1+x^2} & x \le 0 \end{cases},
 *     \qquad
 *     \operatorname{nelu}_\alpha'(x) = \begin{cases} 1 & x > 0 \\
 *     \dfrac{2\alpha x}{(1+x^2)^2} & x \le 0 \end{cases} \f]
 *
 * Parameter: `alpha`, the scale of the negative side; default 0.05, the
 * middle of the values \f$\{0.01, 0.05, 0.1\}\f$ that Horuz et al. (2025)
 * tried. On \f$x \le 0\f$ the value lies in \f$[0, \alpha)\f$ and falls as
 * x rises to 0; the slope there is negative, with its most negative value
 * \f$-3\sqrt3\,\alpha/8\f$ at \f$x = -1/\sqrt3\f$.
 *
 * Numerics: for \f$x < -1\f$ both kernels use \f$u = 1/x\f$
 * (\f$\alpha/(1 + u^2)\f$ and \f$2\alpha u^3/(1+u^2)^2\f$), so nothing
 * overflows (the plain derivative overflows in \f$(1+x^2)^2\f$ beyond about
 * \f$10^{77}\f$ in double, where the true value is still a normal number);
 * for \f$-1 \le x \le 0\f$ the form \f$\alpha x^2/(1+x^2)\f$ keeps tiny
 * values (no \f$\alpha - \alpha\f$ cancellation). The paper writes the
 * negative side as \f$-\alpha/(1+x^2)\f$, an antiderivative that jumps by
 * \f$\alpha\f$ at 0; only the derivative enters SUGAR, so the constant does
 * not matter there. No exponential: one branch-free kernel, computed in
 * double and rounded once, serves float and double. Chapter: NeLU.
 */
struct NeLU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"nelu", "NeLU", "nelu", "",
                                       "C0", "corner at 0: slopes 0 and 1",
                                       true};
    /// the scale of the negative side, default 0.05 (Horuz et al., 2025);
    /// valid: \f$|\alpha| \le\f$ DBL_MAX/4 (so that \f$2\alpha x\f$ cannot
    /// overflow where the slope does not); beyond it, NaN or ±inf: NaN
    static constexpr std::array<Parameter, 1> parameters{{{"alpha", "α", 0.05, -finite_limit / 4, finite_limit / 4, false, {0.01, 0.2, no_study_value}}}};

    /**
     * \brief NeLU: x for x > 0, \f$\alpha x^2/(1+x^2)\f$ on [-1, 0] and
     *        \f$\alpha/(1+x^{-2})\f$ below -1, computed in double and
     *        rounded once to T.
     *
     * Both sides are computed and selected, which lets a loop over them
     * vectorise; the numerator and the denominator are picked before the
     * one division, which costs most.
     * \param x     the input.
     * \param alpha the scale of the negative side.
     * \return the NeLU of \p x; NaN for NaN; +inf at +inf; \p alpha at \f$-\infty\f$.
     */
    // [listing:nelu-kernel]
    template <class T>
    ACT_INLINE static T value(T x, T alpha)
    {
        using namespace core;
        const double w = x, a = alpha;
        const double u = 1.0 / w;  // in [-1, 0) where it is used; -0 at -inf
        const bool within_one = bits_of(magnitude(w)) <= bits_of(1.0);  // |w| <= 1
        const double numerator = select(within_one, a * w * w, a);
        const double denominator = select(within_one, 1.0 + w * w, 1.0 + u * u);
        const T negative_side = static_cast<T>(numerator / denominator);
        return select(either(is_nan(w), above_zero(w)), x, negative_side);
    }
    // [/listing:nelu-kernel]

    /**
     * \brief NeLU's derivative: 1 for x > 0 and \f$2\alpha x/(1+x^2)^2\f$
     *        otherwise (with u = 1/x below -1), in double and rounded once.
     * \param x     the input (not the NeLU output).
     * \param alpha the scale of the negative side.
     * \return the slope at \p x: 1 for x > 0; 0 at 0; negative for x < 0;
     *         0 at \f$-\infty\f$; NaN for NaN.
     */
    template <class T>
    ACT_INLINE static T derivative(T x, T alpha)
    {
        using namespace core;
        const double w = x, a = alpha;
        const double u = 1.0 / w;
        const bool within_one = bits_of(magnitude(w)) <= bits_of(1.0);  // |w| <= 1
        const double numerator = select(within_one, 2.0 * a * w, 2.0 * a * u * u * u);
        const double d = select(within_one, 1.0 + w * w, 1.0 + u * u);
        const T negative_side = static_cast<T>(numerator / (d * d));
        return select(is_nan(w), x, select(above_zero(w), T(1), negative_side));
    }

    /**
     * \brief The accuracy study's reference: x for x > 0,
     *        \f$\alpha x^2/(1+x^2)\f$ on [-1, 0] and \f$\alpha/(1+u^2)\f$,
     *        \f$u = 1/x\f$, below -1, in any real type R (core/real.hpp).
     * \param x     the input.
     * \param alpha the scale of the negative side.
     * \return the NeLU of \p x.
     */
    template <class R>
    static R reference(R x, R alpha)
    {
        if (x > 0) return x;
        if (x >= -1) return alpha * x * x / (1 + x * x);
        const R u = 1 / x;
        return alpha / (1 + u * u);
    }

    /**
     * \brief The accuracy study's reference for the derivative: 1 for
     *        x > 0, \f$2\alpha x/(1+x^2)^2\f$ on [-1, 0] and
     *        \f$2\alpha u^3/(1+u^2)^2\f$, \f$u = 1/x\f$, below -1, in any
     *        real type R.
     * \param x     the input.
     * \param alpha the scale of the negative side.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x, R alpha)
    {
        if (x > 0) return 1;
        if (x >= -1) return 2 * alpha * x / ((1 + x * x) * (1 + x * x));
        const R u = 1 / x;
        return 2 * alpha * u * u * u / ((1 + u * u) * (1 + u * u));
    }
};

/// \brief NeLU, `nelu(x, alpha = 0.05)`, of a float, a double or (lazily) an
///        xtensor expression. See act::NeLU.
inline constexpr activation<NeLU> nelu{};

/// \brief NeLU's derivative, the paper's definition, from the input x. See act::NeLU.
inline constexpr activation<NeLU, Part::derivative> nelu_derivative{};

/// @}

}  // namespace act

#endif
