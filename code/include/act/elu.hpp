// ELU and SELU, two of the surrogates the SUGAR paper compares.
// Chapter: "SUGAR" (chapters/sugar), section "The surrogates".
#ifndef ACT_ELU_HPP
#define ACT_ELU_HPP

#include <cmath>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"
#include "act/core/real.hpp"

namespace act {

/// \defgroup elu ELU and SELU
/// Exponential linear units: the identity for positive inputs, a saturating
/// exponential for negative ones. Surrogates in the SUGAR chapter.
/// @{

/// SELU's \f$\lambda\f$, as `torch.nn.SELU` (Klambauer et al., 2017).
inline constexpr double selu_scale = 1.0507009873554804934193349852946;
/// SELU's \f$\alpha\f$, as `torch.nn.SELU` (Klambauer et al., 2017).
inline constexpr double selu_alpha = 1.6732632423543772848170429916717;
/// \f$\lambda\alpha\f$, SELU's slope at 0 from the left, rounded once from
/// the exact product (the product of the two doubles above, rounded, is one
/// ULP lower).
inline constexpr double selu_scale_alpha = 1.7580993408473768599402175208123;

/**
 * \brief The exponential linear unit: its description and kernels
 *        (act::elu, act::elu_derivative).
 *
 * \f[ \operatorname{ELU}_\alpha(x) =
 *     \begin{cases} x & x > 0 \\ \alpha\,(e^{x}-1) & x \le 0 \end{cases},
 *     \qquad \operatorname{ELU}_\alpha'(x) =
 *     \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases} \f]
 *
 * Parameter: `alpha`; the negative saturation value is \f$-\alpha\f$;
 * default 1 (as `torch.nn.ELU`). At \f$x=0\f$ the derivative is \f$\alpha\f$
 * (the left slope), as PyTorch's `elu_backward`.
 *
 * Numerics: \f$e^{x}-1\f$ is computed as `expm1` is, keeping every digit
 * near 0, where the textbook `exp(x) - 1` cancels (at \f$x=-10^{-10}\f$ it
 * keeps at most 8 of 16 digits). Nothing overflows: the exponential only
 * sees \f$x\le0\f$. Far left, where \f$e^{x}\f$ alone is denormal,
 * \f$\alpha\f$ multiplies \f$e^{r}\f$ before the power of two \f$2^{k}\f$
 * does, so the derivative rounds once. Both types run branch-free kernels.
 */
struct ELU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"elu", "ELU", "sugar", "torch.nn.functional.elu",
                                       "C1", "slopes αe⁰ = 1 and 1 meet at 0; second derivatives 1 and 0 do not",
                                       true};
    /// the negative saturation is -alpha; default 1 (as PyTorch); valid: any
    /// finite value; NaN or ±inf gives NaN
    static constexpr std::array<Parameter, 1> parameters{{{"alpha", "α", 1.0, -finite_limit, finite_limit, false, {0.5, 2.0, no_study_value}}}};

    /**
     * \brief x for x > 0, \f$\alpha(e^{x}-1)\f$ otherwise (-0 stays -0).
     * \param x     the input.
     * \param alpha the negative saturation is \f$-\alpha\f$.
     * \return the ELU of \p x; NaN for NaN; \f$-\alpha\f$ at \f$-\infty\f$, +inf at +inf.
     */
    ACT_INLINE static float value(float x, float alpha)
    {
        using namespace core;
        const double w = x;
        const float negative_side = static_cast<float>(double(alpha) * expm1_minus_abs<float>(w));
        return select(either(is_nan(x), either(above_zero(w), is_zero(w))), x, negative_side);
    }

    /// \copydoc value(float, float)
    ACT_INLINE static double value(double x, double alpha)
    {
        using namespace core;
        const double negative_side = alpha * expm1_minus_abs<double>(x);
        return select(either(is_nan(x), either(above_zero(x), is_zero(x))), x, negative_side);
    }

    /**
     * \brief 1 for x > 0, \f$\alpha e^{x}\f$ otherwise.
     * \param x     the input (not the ELU output).
     * \param alpha as in value().
     * \return the slope at \p x; NaN for NaN; 0 at \f$-\infty\f$; \f$\alpha\f$ at 0.
     */
    ACT_INLINE static float derivative(float x, float alpha)
    {
        using namespace core;
        const double w = x;
        const float negative_side = static_cast<float>(double(alpha) * exp_minus_abs<float>(w));
        return select(is_nan(x), x, select(above_zero(w), 1.0f, negative_side));
    }

    /// \copydoc derivative(float, float)
    ACT_INLINE static double derivative(double x, double alpha)
    {
        using namespace core;
        return select(is_nan(x), x, select(above_zero(x), 1.0, ExpMinusAbs(x).times(alpha)));
    }

    /**
     * \brief The accuracy study's reference: x for x > 0,
     *        \f$\alpha\operatorname{expm1}(x)\f$ otherwise, in any real type R
     *        (core/real.hpp).
     * \param x     the input.
     * \param alpha the scale of the negative side.
     * \return the ELU of \p x.
     */
    template <class R>
    static R reference(R x, R alpha)
    {
        using std::expm1;
        return x > 0 ? x : alpha * expm1(x);
    }

    /**
     * \brief The accuracy study's reference for the derivative: 1 for
     *        x > 0, \f$\alpha e^{x}\f$ otherwise, in any real type R.
     * \param x     the input.
     * \param alpha the scale of the negative side.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x, R alpha)
    {
        using std::exp;
        return x > 0 ? R(1) : alpha * exp(x);
    }
};

/**
 * \brief The scaled ELU, \f$\lambda\,\operatorname{ELU}_\alpha(x)\f$ with
 *        PyTorch's fixed constants: its description and kernels (act::selu,
 *        act::selu_derivative).
 *
 * \f[ \operatorname{SELU}(x) = \lambda
 *     \begin{cases} x & x > 0 \\ \alpha\,(e^{x}-1) & x \le 0 \end{cases},
 *     \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733 \f]
 *
 * No parameters: \f$\lambda\f$ = act::selu_scale and \f$\alpha\f$ =
 * act::selu_alpha (Klambauer et al., 2017). At \f$-\infty\f$ it tends to
 * \f$-\lambda\alpha\approx-1.7581\f$; the derivative is \f$\lambda\f$ for
 * x > 0 and \f$\lambda\alpha e^{x}\f$ otherwise (the left slope
 * \f$\lambda\alpha\f$ at 0). For \f$x > \max/\lambda\f$ the true result is
 * larger than the largest finite number and the function returns
 * \f$+\infty\f$, the correctly rounded value. Numerics as ELU's.
 */
struct SELU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"selu", "SELU", "sugar", "torch.nn.functional.selu",
                                       "C0", "corner at 0: slopes λα and λ",
                                       true};
    static constexpr std::array<Parameter, 0> parameters{};                 ///< none: fixed constants

    /**
     * \brief \f$\lambda x\f$ for x > 0, \f$\lambda\alpha(e^{x}-1)\f$ otherwise (-0 stays -0).
     * \param x the input.
     * \return the SELU of \p x; NaN for NaN; \f$-\lambda\alpha\f$ at \f$-\infty\f$.
     */
    ACT_INLINE static float value(float x)
    {
        using namespace core;
        const double w = x;
        const double negative_side = selu_scale_alpha * expm1_minus_abs<float>(w);
        const float y = static_cast<float>(select(either(above_zero(w), is_zero(w)), selu_scale * w, negative_side));
        return select(is_nan(x), x, y);
    }

    /// \copydoc value(float)
    ACT_INLINE static double value(double x)
    {
        using namespace core;
        const double negative_side = selu_scale_alpha * expm1_minus_abs<double>(x);
        return select(is_nan(x), x, select(either(above_zero(x), is_zero(x)), selu_scale * x, negative_side));
    }

    /**
     * \brief \f$\lambda\f$ for x > 0, \f$\lambda\alpha e^{x}\f$ otherwise.
     * \param x the input (not the SELU output).
     * \return the slope at \p x; NaN for NaN; 0 at \f$-\infty\f$.
     */
    ACT_INLINE static float derivative(float x)
    {
        using namespace core;
        const double w = x;
        const double negative_side = selu_scale_alpha * exp_minus_abs<float>(w);
        const float y = static_cast<float>(select(above_zero(w), selu_scale, negative_side));
        return select(is_nan(x), x, y);
    }

    /// \copydoc derivative(float)
    ACT_INLINE static double derivative(double x)
    {
        using namespace core;
        return select(is_nan(x), x, select(above_zero(x), selu_scale, ExpMinusAbs(x).times(selu_scale_alpha)));
    }

    /**
     * \brief \f$\lambda\f$ to 31 digits (Klambauer et al., 2017) in the real
     *        type R of the reference (core::decimal).
     * \return \f$\lambda \approx 1.0507\f$.
     */
    template <class R>
    static R reference_lambda()
    {
        return core::decimal<R>(1.0507009873554804934193349852946L, "1.0507009873554804934193349852946");
    }

    /**
     * \brief \f$\alpha\f$ to 31 digits (Klambauer et al., 2017) in the real
     *        type R of the reference (core::decimal).
     * \return \f$\alpha \approx 1.6733\f$.
     */
    template <class R>
    static R reference_alpha()
    {
        return core::decimal<R>(1.6732632423543772848170429916717L, "1.6732632423543772848170429916717");
    }

    /**
     * \brief The accuracy study's reference: \f$\lambda\f$ times ELU's
     *        reference with \f$\alpha\f$, in any real type R (core/real.hpp).
     * \param x the input.
     * \return the SELU of \p x.
     */
    template <class R>
    static R reference(R x)
    {
        return reference_lambda<R>() * ELU::reference(x, reference_alpha<R>());
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$\lambda\f$ times ELU's with \f$\alpha\f$, in any real type R.
     * \param x the input.
     * \return the slope at \p x.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        return reference_lambda<R>() * ELU::reference_derivative(x, reference_alpha<R>());
    }
};

/// \brief ELU, `elu(x, alpha = 1)`, of a float, a double or (lazily) an xtensor expression. See act::ELU.
inline constexpr activation<ELU> elu{};

/// \brief ELU's derivative, 1 or \f$\alpha e^x\f$, from the input x. See act::ELU.
inline constexpr activation<ELU, Part::derivative> elu_derivative{};

/// \brief SELU with PyTorch's constants, of a float, a double or (lazily) an xtensor expression. See act::SELU.
inline constexpr activation<SELU> selu{};

/// \brief SELU's derivative, \f$\lambda\f$ or \f$\lambda\alpha e^x\f$, from the input x. See act::SELU.
inline constexpr activation<SELU, Part::derivative> selu_derivative{};

/// @}

}  // namespace act

#endif
