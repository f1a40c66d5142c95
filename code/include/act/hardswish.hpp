// Hardswish, SiLU's piecewise-polynomial stand-in (MobileNetV3), with its
// derivative.
// Chapter: "The hard functions" (chapters/hard).
#ifndef ACT_HARDSWISH_HPP
#define ACT_HARDSWISH_HPP

#include <array>
#include <cstdint>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/double_double.hpp"

namespace act {

/// \defgroup hardswish Hardswish
/// SiLU's piecewise-polynomial stand-in, and its derivative (chapter "The hard functions").
/// @{

/**
 * \brief Hardswish, \f$x \operatorname{relu6}(x + 3)/6\f$ (as
 *        `torch.nn.Hardswish`, MobileNetV3): its description and kernels
 *        (act::hardswish, act::hardswish_derivative).
 *
 * \f[ \operatorname{hardswish}(x) = \begin{cases} 0 & x \le -3 \\ x(x + 3)/6 & -3 < x < 3 \\ x & x \ge 3 \end{cases},
 *     \qquad \operatorname{hardswish}'(x) = \begin{cases} 0 & x < -3 \\ (2x + 3)/6 & -3 \le x \le 3 \\ 1 & x > 3 \end{cases} \f]
 *
 * The derivative jumps at \f$\pm 3\f$; at the corners the library takes
 * PyTorch's values, \f$-1/2\f$ at \f$-3\f$ (the slope on the right) and
 * \f$3/2\f$ at \f$3\f$ (the slope on the left), so that the two agree bit
 * for bit. Numerics: a float is computed in double and rounded once; the
 * slope is \f$(2x + 3)/6\f$, whose sum is exact near its root \f$-3/2\f$
 * (PyTorch's \f$x/3 + 1/2\f$ cancels there). For \f$|x|\f$ below twice the
 * smallest normal the value is \f$x/2 + x^2/6\f$ rounded to a denormal:
 * x/2 with a tie rounded up (core::half_tie_up). \f$x \le -3\f$ gives
 * \f$-0\f$ (\f$x \cdot 0\f$, as PyTorch, whose \f$-\infty \cdot 0\f$ is
 * NaN at \f$-\infty\f$). Branch-free (core::ordered, core::select).
 */
struct Hardswish {
    /// what the book says of it (act::Description)
    static constexpr Description about{"hardswish", "Hardswish", "hard", "torch.nn.functional.hardswish",
                                       "C0", "corners at -3 (slopes 0, -1/2) and 3 (slopes 3/2, 1)",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    /**
     * \brief \f$x(x + 3)/6\f$ on (-3, 3), -0 below, x above.
     * \param x the input.
     * \return hardswish(x); NaN for NaN; -0 at -inf, +inf at +inf; ±0 at ±0.
     */
    ACT_INLINE static float value(float x)
    {
        const double w = x;
        const float y = static_cast<float>(w * (w + 3.0) / 6.0);
        // Below 2^-125 the result is x/2 + x^2/6 rounded to a denormal: x/2, a tie rounded up.
        const float tiny = core::select(core::magnitude_below(w, 0x1p-125), core::half_tie_up(x), y);
        return core::select(core::is_nan(x), x, clamped(w, x, tiny));
    }

    // [listing:hardswish-double]
    /**
     * \brief x(x + 3)/6 on (-3, 3) in double, -0 below, x above: the
     *        product in double-double arithmetic, divided by 6 with one
     *        rounding; for |x| < 2^-1021, core::half_tie_up.
     * \param x the input.
     * \return hardswish(x); NaN for NaN; -0 at -inf, +inf at +inf; ±0 at ±0.
     */
    ACT_INLINE static double value(double x)
    {
        namespace dd = core::double_double;
        // x (x + 3) as a double-double (exact sum for |x| <= 3, exact product
        // error), then divided by 6 with one rounding: within half an ULP,
        // where x * (x + 3) / 6 rounds three times (2 ULPs).
        const dd::pair s = dd::fast_two_sum(3.0, x);
        const dd::pair p = dd::two_product(x, s.hi);
        const double y = dd::divide(dd::fast_two_sum(p.hi, p.lo + x * s.lo), 6.0).hi;
        const bool denormal = core::magnitude_below(x, 0x1p-1021);
        const double tiny = core::select(denormal, core::half_tie_up(x), y);
        return core::select(core::is_nan(x), x, clamped(x, x, tiny));
    }
    // [/listing:hardswish-double]

    /**
     * \brief \f$(2x + 3)/6\f$ on [-3, 3], 0 below, 1 above (PyTorch's values at the corners).
     * \param x the input (not the output).
     * \return hardswish'(x) in [-1/2, 3/2]; NaN for NaN (PyTorch's autograd returns 1 there).
     */
    template <class T>
    ACT_INLINE static T derivative(T x)
    {
        const double w = x;
        const std::int64_t o = core::ordered(w);
        const T d = static_cast<T>((2.0 * w + 3.0) / 6.0);
        const T y = core::select(o < core::ordered(-3.0), T(0), core::select(o > core::ordered(3.0), T(1), d));
        return core::select(core::is_nan(x), x, y);
    }

    /**
     * \brief The accuracy study's reference: -0, \f$x(x + 3)/6\f$ or x, in any real type R.
     * \param x the input.
     * \return hardswish(x).
     */
    template <class R>
    static R reference(R x)
    {
        return x <= -3 ? R(-0.0) : (x >= 3 ? x : x * (x + 3) / 6);
    }

    /**
     * \brief The accuracy study's reference for the derivative, in any real type R.
     * \param x the input.
     * \return 0, \f$(2x + 3)/6\f$ or 1.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        return x < -3 ? R(0) : (x > 3 ? R(1) : (2 * x + 3) / 6);
    }

private:
    // -0 for w <= -3, x for w >= 3, y between.
    template <class T>
    ACT_INLINE static T clamped(double w, T x, T y)
    {
        const std::int64_t o = core::ordered(w);
        return core::select(o <= core::ordered(-3.0), T(-0.0), core::select(o >= core::ordered(3.0), x, y));
    }
};

/// \brief Hardswish, `hardswish(x)` = x relu6(x + 3)/6. See act::Hardswish.
inline constexpr activation<Hardswish> hardswish{};

/// \brief Hardswish's derivative, from the input x. See act::Hardswish.
inline constexpr activation<Hardswish, Part::derivative> hardswish_derivative{};

/// @}

}  // namespace act

#endif
