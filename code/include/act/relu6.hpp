// ReLU6, ReLU capped at 6 (MobileNetV2), with its derivative.
// Chapter: "The hard functions" (chapters/hard).
#ifndef ACT_RELU6_HPP
#define ACT_RELU6_HPP

#include <array>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/tanh.hpp"

namespace act {

/// \defgroup relu6 ReLU6
/// ReLU capped at 6, and its derivative (chapter "The hard functions").
/// @{

/**
 * \brief ReLU6, \f$\min(\max(x, 0), 6)\f$ (as `torch.nn.ReLU6`): its
 *        description and kernels (act::relu6, act::relu6_derivative).
 *
 * \f[ \operatorname{relu6}(x) = \begin{cases} 0 & x < 0 \\ x & 0 \le x \le 6 \\ 6 & x > 6 \end{cases},
 *     \qquad \operatorname{relu6}'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases} \f]
 *
 * It is Hardtanh on \f$[0, 6]\f$ (act::Hardtanh), which is also how PyTorch
 * computes it. Numerics: exact, no rounding; \f$-0\f$ stays \f$-0\f$, as in
 * PyTorch. At the two corners the derivative is 0, as PyTorch's
 * `hardtanh_backward` gives: the same choice as ReLU's at 0.
 */
struct ReLU6 {
    /// what the book says of it (act::Description)
    static constexpr Description about{"relu6", "ReLU6", "hard", "torch.nn.functional.relu6",
                                       "C0", "corners at 0 and 6: slopes 0, 1, 0",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    /**
     * \brief \p x clamped to [0, 6].
     * \param x the input.
     * \return 0, \p x or 6; NaN for NaN; -0 at -0.
     */
    template <class T>
    ACT_INLINE static T value(T x)
    {
        return Hardtanh::value(x, T(0), T(6));
    }

    /**
     * \brief 1 strictly inside (0, 6), 0 outside and at the corners.
     * \param x the input (not the output).
     * \return 1 or 0; NaN for NaN (PyTorch's autograd returns 1 there).
     */
    template <class T>
    ACT_INLINE static T derivative(T x)
    {
        return Hardtanh::derivative(x, T(0), T(6));
    }

    /**
     * \brief The accuracy study's reference: \p x clamped to [0, 6], in any
     *        real type R.
     * \param x the input.
     * \return 0, \p x or 6 (-0 at -0).
     */
    template <class R>
    static R reference(R x)
    {
        return x < 0 ? R(0) : (x > 6 ? R(6) : x);
    }

    /**
     * \brief The accuracy study's reference for the derivative, in any real type R.
     * \param x the input.
     * \return 1 strictly inside (0, 6), 0 otherwise.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        return (x > 0 && x < 6) ? R(1) : R(0);
    }
};

/// \brief ReLU6, `relu6(x)` = min(max(x, 0), 6). See act::ReLU6.
inline constexpr activation<ReLU6> relu6{};

/// \brief ReLU6's derivative, 1 on (0, 6) and 0 elsewhere. See act::ReLU6.
inline constexpr activation<ReLU6, Part::derivative> relu6_derivative{};

/// @}

}  // namespace act

#endif
