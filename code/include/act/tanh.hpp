// The hyperbolic tangent and Hardtanh, its piecewise-linear cousin, with
// their derivatives.
// Chapter: "Tanh" (chapters/tanh).
#ifndef ACT_TANH_HPP
#define ACT_TANH_HPP

#include <cmath>
#include <cstdint>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"

namespace act {

/// \defgroup tanh Tanh
/// The hyperbolic tangent, Hardtanh, and their derivatives (chapter "Tanh").
/// @{

/**
 * \brief The hyperbolic tangent \f$\tanh(x)\f$: its description and kernels
 *        (call it as act::tanh and act::tanh_derivative).
 *
 * \f[ \tanh(x) = \frac{e^{x}-e^{-x}}{e^{x}+e^{-x}} = 2\sigma(2x) - 1
 *     = \operatorname{sign}(x)\,\frac{1-e^{-2|x|}}{1+e^{-2|x|}}, \qquad
 *     \tanh'(x) = 1 - \tanh^2(x) = \frac{4e^{-2|x|}}{\bigl(1+e^{-2|x|}\bigr)^2} \f]
 *
 * Numerics: only \f$e^{-2|x|} \in (0, 1]\f$ is computed, so nothing
 * overflows. The numerator \f$1 - e^{-2|x|}\f$ is computed as
 * \f$-\operatorname{expm1}(-2|x|)\f$, which keeps its digits near 0 (where
 * the subtraction would cancel and \f$2\sigma(2x) - 1\f$ does cancel), and
 * the sign is put back last, so that \f$\tanh(\pm 0) = \pm 0\f$ and tanh is
 * odd bit for bit. The derivative is computed from the input, not as
 * \f$1 - t^2\f$ from a rounded output t, which loses its digits as
 * \f$|x|\f$ grows and is exactly 0 once t rounds to ±1. A float is computed
 * in double and rounded once. See the chapter "Tanh".
 */
struct Tanh {
    /// what the book says of it (act::Description)
    static constexpr Description about{"tanh", "Tanh", "tanh", "torch.tanh",
                                       "C∞", "exp and a quotient whose denominator is never 0",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    // [listing:tanh-kernel]
    /**
     * \brief tanh(x) = sign(x) (-m)/(2 + m) with m = exp(-2|x|) - 1
     *        (computed without cancellation).
     * \param x the input.
     * \return tanh(x), in [-1, 1]; NaN for NaN; ±1 at ±inf; ±0 at ±0.
     */
    template <class T>
    ACT_INLINE static T value(T x)
    {
        const double w = 2.0 * double(x);                  // exact, or inf (clamped inside)
        const double m = core::expm1_minus_abs<T>(w);      // e^-|w| - 1 in [-1, 0]
        const double a = core::magnitude(-m / (2.0 + m));  // tanh(|x|), +0 at 0
        const T y = static_cast<T>(core::select(core::sign_bit(w), -a, a));
        return core::select(core::is_nan(x), x, y);  // NaN in, NaN out
    }
    // [/listing:tanh-kernel]

    /**
     * \brief \f$\tanh'(x) = 4e/(1+e)^2\f$ with \f$e = e^{-2|x|}\f$, from the
     *        input x (4e applied before a denormal result rounds, once).
     * \param x the input (not the tanh output).
     * \return \f$\tanh'(x) \in [0, 1]\f$; NaN for NaN; 0 at ±inf.
     */
    template <class T>
    ACT_INLINE static T derivative(T x)
    {
        const double w = 2.0 * double(x);
        double y;
        if constexpr (sizeof(T) == 4) {
            const double e = core::exp_minus_abs<float>(w);
            const double d = 1.0 + e;
            y = 4.0 * e / (d * d);
        } else {
            const core::ExpMinusAbs e(w);
            const double d = 1.0 + e.value();
            // Near 0 the quotient can round just above its maximum 1: cap it.
            const double q = e.times(4.0) / (d * d);
            y = core::select(core::bits_of(q) > core::bits_of(1.0), 1.0, q);
        }
        return core::select(core::is_nan(x), x, static_cast<T>(y));
    }

    /**
     * \brief The accuracy study's reference: \f$\tanh(x)\f$ in any real type R
     *        (core/real.hpp), from \f$\operatorname{expm1}(-2|x|)\f$, which
     *        neither overflows nor cancels.
     * \param x the input.
     * \return \f$\tanh(x)\f$.
     */
    template <class R>
    static R reference(R x)
    {
        using std::expm1;
        using std::fabs;
        const R m = expm1(-2 * fabs(x));  // in [-1, 0]
        const R a = -m / (2 + m);
        return x >= 0 ? a : -a;
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$4e^{-2|x|}/(1+e^{-2|x|})^2\f$ in any real type R.
     * \param x the input.
     * \return \f$\tanh'(x)\f$.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        using std::exp;
        using std::fabs;
        const R e = exp(-2 * fabs(x));
        return 4 * e / ((1 + e) * (1 + e));
    }
};

/**
 * \brief Hardtanh, tanh's piecewise-linear cousin: \p x clamped to
 *        \f$[\mathit{min}, \mathit{max}]\f$ (default \f$[-1, 1]\f$, as
 *        `torch.nn.Hardtanh`): its description and kernels
 *        (act::hardtanh, act::hardtanh_derivative).
 *
 * \f[ \operatorname{hardtanh}(x) = \begin{cases} \mathit{min} & x < \mathit{min} \\
 *        x & \mathit{min} \le x \le \mathit{max} \\ \mathit{max} & x > \mathit{max} \end{cases},
 *     \qquad \operatorname{hardtanh}'(x) = \begin{cases} 1 & \mathit{min} < x < \mathit{max} \\
 *        0 & \text{otherwise} \end{cases} \f]
 *
 * Numerics: exact, no rounding; a zero input keeps its sign. At the two
 * corners the derivative is 0, as PyTorch's `hardtanh_backward` gives
 * (checked in the chapter). The book's parameter ranges are narrower than
 * PyTorch's: \f$\mathit{min} \le 0 < \mathit{max}\f$, which keeps
 * \f$\mathit{min} < \mathit{max}\f$ (as `torch.nn.Hardtanh` requires) for
 * every pair and includes ReLU6 (\f$[0, 6]\f$). Branch-free: the comparisons are made on integers that
 * order like the numbers (core::ordered).
 */
struct Hardtanh {
    /// what the book says of it (act::Description)
    static constexpr Description about{"hardtanh", "Hardtanh", "tanh", "torch.nn.functional.hardtanh",
                                       "C0", "corners at min and max: slopes 0, 1, 0",
                                       false};
    /// the lower end, default -1 (as PyTorch), valid: finite and <= 0; the
    /// upper end, default 1, valid: finite and > 0; NaN or outside gives NaN.
    /// The study measures the defaults only: a clamp rounds nothing, at any
    /// ends (the registry tests sweep both ranges).
    static constexpr std::array<Parameter, 2> parameters{
        {{"min_val", "min", -1.0, -finite_limit, 0.0, false, no_study_values},
         {"max_val", "max", 1.0, 0.0, finite_limit, true, no_study_values}}};

    /**
     * \brief \p x clamped to [min_val, max_val].
     * \param x       the input.
     * \param min_val the lower end (\f$\le 0\f$).
     * \param max_val the upper end (\f$> 0\f$).
     * \return min_val, \p x or max_val; NaN for NaN.
     */
    template <class T>
    ACT_INLINE static T value(T x, T min_val, T max_val)
    {
        const std::int64_t o = core::ordered(double(x));
        const T y = core::select(o < core::ordered(double(min_val)), min_val,
                                 core::select(o > core::ordered(double(max_val)), max_val, x));
        return core::select(core::is_nan(x), x, y);
    }

    /**
     * \brief 1 strictly inside (min_val, max_val), 0 outside and at the ends.
     * \param x       the input (not the output).
     * \param min_val the lower end.
     * \param max_val the upper end.
     * \return 1 or 0; NaN for NaN (PyTorch's autograd returns 1 there).
     */
    template <class T>
    ACT_INLINE static T derivative(T x, T min_val, T max_val)
    {
        const std::int64_t o = core::ordered(double(x));
        const bool inside = core::both(o > core::ordered(double(min_val)), o < core::ordered(double(max_val)));
        return core::select(core::is_nan(x), x, core::select(inside, T(1), T(0)));
    }

    /**
     * \brief The accuracy study's reference: \p x clamped, in any real type R.
     * \param x       the input.
     * \param min_val the lower end.
     * \param max_val the upper end.
     * \return min_val, \p x or max_val.
     */
    template <class R>
    static R reference(R x, R min_val, R max_val)
    {
        return x < min_val ? min_val : (x > max_val ? max_val : x);
    }

    /**
     * \brief The accuracy study's reference for the derivative, in any real type R.
     * \param x       the input.
     * \param min_val the lower end.
     * \param max_val the upper end.
     * \return 1 strictly inside, 0 otherwise.
     */
    template <class R>
    static R reference_derivative(R x, R min_val, R max_val)
    {
        return (x > min_val && x < max_val) ? R(1) : R(0);
    }
};

/// \brief \f$\tanh(x)\f$ of a float, a double or (lazily) an xtensor
///        expression. See act::Tanh.
inline constexpr activation<Tanh> tanh{};

/// \brief \f$\tanh'(x) = 1 - \tanh^2(x)\f$, from the input x. See act::Tanh.
inline constexpr activation<Tanh, Part::derivative> tanh_derivative{};

/// \brief Hardtanh, `hardtanh(x, min_val = -1, max_val = 1)`. See act::Hardtanh.
inline constexpr activation<Hardtanh> hardtanh{};

/// \brief Hardtanh's derivative, 1 inside and 0 outside. See act::Hardtanh.
inline constexpr activation<Hardtanh, Part::derivative> hardtanh_derivative{};

/// @}

}  // namespace act

#endif
