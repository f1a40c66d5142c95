// SUGAR, the surrogate gradient for ReLU of "The Resurrection of the ReLU"
// (Horuz et al., 2025): ReLU in the forward pass, a smooth surrogate's
// derivative in the backward pass.
// Chapter: "SUGAR" (chapters/sugar).
#ifndef ACT_SUGAR_HPP
#define ACT_SUGAR_HPP

#include <array>
#include <optional>
#include <string_view>

#include "act/bsilu.hpp"
#include "act/detail/elementwise.hpp"
#include "act/elu.hpp"
#include "act/gelu.hpp"
#include "act/mish.hpp"
#include "act/nelu.hpp"
#include "act/relu.hpp"
#include "act/silu.hpp"

namespace act {

/// \defgroup sugar SUGAR
/// Surrogate gradient for ReLU: the forward pass is ReLU, the backward pass
/// uses the derivative of a smooth surrogate, so that units with negative
/// input still receive gradient.
/// @{

/// The surrogates of Horuz et al. (2025), each with the default parameter of
/// its own function in this library.
enum class Surrogate {
    bsilu,       ///< act::bsilu_derivative, \f$\alpha = 1.67\f$ (the paper's choice)
    nelu,        ///< act::nelu_derivative, \f$\alpha = 0.05\f$ (the paper's second proposal)
    elu,         ///< act::elu_derivative, \f$\alpha = 1\f$
    selu,        ///< act::selu_derivative, PyTorch's constants
    leaky_relu,  ///< act::leaky_relu_derivative, slope 0.01
    gelu,        ///< act::gelu_derivative, exact form
    silu,        ///< act::silu_derivative (Swish-1)
    mish,        ///< act::mish_derivative
};

/// Every surrogate, in the order of the enumeration.
inline constexpr std::array<Surrogate, 8> all_surrogates = {
    Surrogate::bsilu, Surrogate::nelu,  Surrogate::elu,  Surrogate::selu,
    Surrogate::leaky_relu, Surrogate::gelu, Surrogate::silu, Surrogate::mish};

/**
 * \brief The short name of a surrogate, as the book's listings spell it.
 * \param s a surrogate.
 * \return "bsilu", "nelu", "elu", "selu", "leaky_relu", "gelu", "silu" or "mish".
 */
constexpr std::string_view surrogate_name(Surrogate s)
{
    switch (s) {
        case Surrogate::bsilu: return "bsilu";
        case Surrogate::nelu: return "nelu";
        case Surrogate::elu: return "elu";
        case Surrogate::selu: return "selu";
        case Surrogate::leaky_relu: return "leaky_relu";
        case Surrogate::gelu: return "gelu";
        case Surrogate::silu: return "silu";
        case Surrogate::mish: return "mish";
    }
    return "?";
}

/**
 * \brief The surrogate called \p name (see surrogate_name()), if there is one.
 * \param name a short name such as "bsilu".
 * \return the surrogate, or an empty optional for an unknown name.
 */
inline std::optional<Surrogate> parse_surrogate(std::string_view name)
{
    for (Surrogate s : all_surrogates) {
        if (surrogate_name(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

/**
 * \brief The forward pass of SUGAR: ReLU, exactly.
 *
 * \f[ \operatorname{sugar}(x) = \operatorname{relu}(x) = \max(x, 0) \f]
 *
 * \param x input.
 * \return act::relu(x), bit for bit; NaN for NaN.
 *
 * The surrogate plays no part in the forward pass: a network trained with
 * SUGAR is an ordinary ReLU network at inference time.
 */
// [listing:sugar-forward]
template <class T, detail::enable_if_real_t<T> = 0>
T sugar(T x)
{
    return relu(x);
}
// [/listing:sugar-forward]

/**
 * \brief The slope SUGAR's backward pass uses at \p x: the surrogate's derivative.
 *
 * \f[ \frac{\partial L}{\partial x} := \frac{\partial L}{\partial y}\, s'(x)
 *     \quad\text{instead of}\quad \frac{\partial L}{\partial y}\,\operatorname{relu}'(x) \f]
 *
 * This is the gradient of the stop-gradient expression
 * \f$y = s(x) - \operatorname{stop}(s(x)) + \operatorname{stop}(\operatorname{relu}(x))\f$,
 * whose value is \f$\operatorname{relu}(x)\f$ and whose derivative is
 * \f$s'(x)\f$, since the stopped terms count as constants.
 *
 * \param x         input of the unit (its pre-activation), not its output.
 * \param surrogate which derivative to use; default B-SiLU, as the paper.
 * \return \f$s'(x)\f$; NaN for NaN. Not the derivative of sugar(): that is
 *         relu_derivative(), which is 0 for every \f$x \le 0\f$.
 *
 * Numerics: those of the surrogate's own derivative function.
 */
// [listing:sugar-backward]
template <class T, detail::enable_if_real_t<T> = 0>
T sugar_backward(T x, Surrogate surrogate = Surrogate::bsilu)
{
    switch (surrogate) {
        case Surrogate::bsilu: return bsilu_derivative(x);
        case Surrogate::nelu: return nelu_derivative(x);
        case Surrogate::elu: return elu_derivative(x);
        case Surrogate::selu: return selu_derivative(x);
        case Surrogate::leaky_relu: return leaky_relu_derivative(x);
        case Surrogate::gelu: return gelu_derivative(x);
        case Surrogate::silu: return silu_derivative(x);
        case Surrogate::mish: return mish_derivative(x);
    }
    return relu_derivative(x);
}
// [/listing:sugar-backward]

/// \brief Lazy elementwise SUGAR forward pass (ReLU) of an xtensor expression.
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto sugar(E&& x)
{
    return detail::elementwise([](auto v) ACT_INLINE_LAMBDA { return sugar(v); }, std::forward<E>(x));
}

/// \brief Lazy elementwise SUGAR backward slope of an xtensor expression.
/// \param x         an xtensor expression of float or double (pre-activations).
/// \param surrogate which derivative to use; default B-SiLU.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto sugar_backward(E&& x, Surrogate surrogate = Surrogate::bsilu)
{
    return detail::elementwise([surrogate](auto v) ACT_INLINE_LAMBDA { return sugar_backward(v, surrogate); },
                               std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
