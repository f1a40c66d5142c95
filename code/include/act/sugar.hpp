// SUGAR, the surrogate gradient for ReLU of "The Resurrection of the ReLU"
// (Horuz et al., 2025): ReLU in the forward pass, a smooth surrogate's
// derivative in the backward pass.
// Chapter: "SUGAR" (chapters/sugar).
#ifndef ACT_SUGAR_HPP
#define ACT_SUGAR_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "act/activation.hpp"
#include "act/registry.hpp"
#include "act/relu.hpp"

namespace act {

/// \defgroup sugar SUGAR
/// Surrogate gradient for ReLU: the forward pass is ReLU, the backward pass
/// uses the derivative of a smooth surrogate, so that units with negative
/// input still receive gradient.
/// @{

/**
 * \brief A surrogate of SUGAR: a function of the registry whose derivative
 *        the backward pass uses, at that function's default parameters.
 *
 * The surrogates of Horuz et al. (2025) are the registry entries marked
 * `sugar_surrogate` (B-SiLU, NeLU, ELU, SELU, LeakyReLU, GELU, SiLU, Mish);
 * act::all_surrogates lists them. `Surrogate::of<BSiLU>()` names one in code,
 * parse_surrogate() by name.
 */
class Surrogate {
public:
    /// \brief B-SiLU, the paper's choice.
    constexpr Surrogate() : function_(find_function(BSiLU::about.name)) {}
    /// \brief The surrogate that uses registry entry \p f. \param f an entry of act::registry.
    constexpr explicit Surrogate(const FunctionInfo& f) : function_(&f) {}
    /// \brief The surrogate that uses function F. \tparam F a description in the registry. \return it.
    template <class F>
    static constexpr Surrogate of()
    {
        return Surrogate(*find_function(F::about.name));
    }
    /// \brief The registry entry behind it. \return the entry.
    constexpr const FunctionInfo& function() const { return *function_; }
    /// \brief Its name, as act:: spells the function. \return e.g. "bsilu".
    constexpr std::string_view name() const { return function_->name; }
    /// \brief The surrogate's derivative at \p x. \param x the pre-activation. \return \f$s'(x)\f$.
    double slope(double x) const { return function_->derivative(x); }
    /// \brief The surrogate's derivative at \p x. \param x the pre-activation. \return \f$s'(x)\f$.
    float slope(float x) const { return function_->derivative_float(x); }
    /// \brief Same function? \param other another surrogate. \return true if both use one function.
    constexpr bool operator==(const Surrogate& other) const { return function_ == other.function_; }
    /// \brief Different functions? \param other another surrogate. \return true if they differ.
    constexpr bool operator!=(const Surrogate& other) const { return function_ != other.function_; }

private:
    const FunctionInfo* function_;
};

namespace detail {
constexpr std::size_t count_surrogates()
{
    std::size_t n = 0;
    for (const FunctionInfo& f : registry) n += f.sugar_surrogate ? 1 : 0;
    return n;
}
constexpr std::array<Surrogate, count_surrogates()> find_surrogates()
{
    std::array<Surrogate, count_surrogates()> out{};
    std::size_t n = 0;
    for (const FunctionInfo& f : registry) {
        if (f.sugar_surrogate) out[n++] = Surrogate(f);
    }
    return out;
}
}  // namespace detail

/// Every surrogate the SUGAR paper compares, in the order of the registry.
inline constexpr std::array<Surrogate, detail::count_surrogates()> all_surrogates = detail::find_surrogates();

/**
 * \brief The surrogate called \p name (see Surrogate::name()), if there is one.
 * \param name a short name such as "bsilu".
 * \return the surrogate, or an empty optional for a name that is not a surrogate.
 */
inline std::optional<Surrogate> parse_surrogate(std::string_view name)
{
    for (Surrogate s : all_surrogates) {
        if (s.name() == name) {
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
T sugar_backward(T x, Surrogate surrogate = Surrogate())
{
    // The surrogate's derivative from the registry, at its default parameters.
    return surrogate.slope(x);
}
// [/listing:sugar-backward]

/// \brief Lazy elementwise SUGAR forward pass (ReLU) of an xtensor expression.
/// \param x an xtensor expression of float or double.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto sugar(E&& x)
{
    return relu(std::forward<E>(x));
}

/// \brief Lazy elementwise SUGAR backward slope of an xtensor expression.
/// \param x         an xtensor expression of float or double (pre-activations).
/// \param surrogate which derivative to use; default B-SiLU.
/// \return an unevaluated xfunction.
template <class E, detail::enable_if_expression_t<E> = 0>
auto sugar_backward(E&& x, Surrogate surrogate = Surrogate())
{
    return detail::elementwise([surrogate](auto v) { return surrogate.slope(v); }, std::forward<E>(x));
}

/// @}

}  // namespace act

#endif
