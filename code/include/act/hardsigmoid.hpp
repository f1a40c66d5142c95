// Hardsigmoid, the sigmoid's piecewise-linear stand-in, with its derivative.
// Chapter: "The hard functions" (chapters/hard).
#ifndef ACT_HARDSIGMOID_HPP
#define ACT_HARDSIGMOID_HPP

#include <array>
#include <cstdint>

#include "act/activation.hpp"
#include "act/core/bits.hpp"

namespace act {

/// \defgroup hardsigmoid Hardsigmoid
/// The sigmoid's piecewise-linear stand-in, and its derivative (chapter "The hard functions").
/// @{

/**
 * \brief Hardsigmoid, \f$\operatorname{relu6}(x + 3)/6\f$ (as
 *        `torch.nn.Hardsigmoid`): its description and kernels
 *        (act::hardsigmoid, act::hardsigmoid_derivative).
 *
 * \f[ \operatorname{hardsigmoid}(x) = \begin{cases} 0 & x \le -3 \\ (x + 3)/6 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases},
 *     \qquad \operatorname{hardsigmoid}'(x) = \begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases} \f]
 *
 * Numerics: \f$x + 3\f$ is exact near \f$-3\f$, where the result is small,
 * so the division by 6 is the only rounding there; a float is computed in
 * double and rounded once. At the corners \f$\pm 3\f$ the derivative is 0,
 * as PyTorch's `hardsigmoid_backward` gives. Branch-free: the comparisons
 * are made on integers that order like the numbers (core::ordered).
 */
struct Hardsigmoid {
    /// what the book says of it (act::Description)
    static constexpr Description about{"hardsigmoid", "Hardsigmoid", "hard", "torch.nn.functional.hardsigmoid",
                                       "C0", "corners at -3 and 3: slopes 0, 1/6, 0",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    /**
     * \brief \f$(x + 3)/6\f$ clamped to [0, 1].
     * \param x the input.
     * \return 0 for \f$x \le -3\f$, 1 for \f$x \ge 3\f$; NaN for NaN.
     */
    template <class T>
    ACT_INLINE static T value(T x)
    {
        const double w = x;
        const std::int64_t o = core::ordered(w);
        const T h = static_cast<T>((w + 3.0) / 6.0);
        const T y = core::select(o <= core::ordered(-3.0), T(0), core::select(o >= core::ordered(3.0), T(1), h));
        return core::select(core::is_nan(x), x, y);
    }

    /**
     * \brief 1/6 strictly inside (-3, 3), 0 outside and at the corners.
     * \param x the input (not the output).
     * \return 1/6 or 0; NaN for NaN (PyTorch's autograd returns 0 there).
     */
    template <class T>
    ACT_INLINE static T derivative(T x)
    {
        const std::int64_t o = core::ordered(double(x));
        const bool inside = core::both(o > core::ordered(-3.0), o < core::ordered(3.0));
        return core::select(core::is_nan(x), x, core::select(inside, T(1.0 / 6.0), T(0)));
    }

    /**
     * \brief The accuracy study's reference: \f$(x + 3)/6\f$ clamped, in any real type R.
     * \param x the input.
     * \return 0, \f$(x + 3)/6\f$ or 1.
     */
    template <class R>
    static R reference(R x)
    {
        return x <= -3 ? R(0) : (x >= 3 ? R(1) : (x + 3) / 6);
    }

    /**
     * \brief The accuracy study's reference for the derivative, in any real type R.
     * \param x the input.
     * \return 1/6 strictly inside (-3, 3), 0 otherwise.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        return (x > -3 && x < 3) ? R(1) / 6 : R(0);
    }
};

/// \brief Hardsigmoid, `hardsigmoid(x)` = relu6(x + 3)/6. See act::Hardsigmoid.
inline constexpr activation<Hardsigmoid> hardsigmoid{};

/// \brief Hardsigmoid's derivative, 1/6 on (-3, 3) and 0 elsewhere. See act::Hardsigmoid.
inline constexpr activation<Hardsigmoid, Part::derivative> hardsigmoid_derivative{};

/// @}

}  // namespace act

#endif
