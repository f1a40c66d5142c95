// The adaptor that turns a function's description into what a reader calls.
//
// Each header describes one function family as a struct (act::Softplus, say)
// that holds its parameters with their defaults and two static kernels,
// value(x, params...) and derivative(x, params...), for float and double.
// act::activation<F> lifts such a struct into one callable object with
//   - scalar calls, `act::softplus(x)` or `act::softplus(x, beta)`, for float
//     and double: the missing parameters take their defaults, the given ones
//     are converted to the type of x;
//   - lazy calls on any xtensor expression, `act::softplus(tensor, beta)`:
//     an unevaluated xfunction that applies the kernel element by element
//     when it is assigned or read (no hidden copy, and a loop that the
//     compiler vectorises).
// This is how xtensor itself lifts a scalar functor to expressions; doing it
// once here replaces a hand-written scalar and lazy overload per function.
// Chapter: "Accuracy and speed" (deep dive: vector kernels); CONTRIBUTING.md.
#ifndef ACT_ACTIVATION_HPP
#define ACT_ACTIVATION_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

#include <xtensor/xexpression.hpp>
#include <xtensor/xfunction.hpp>

#include "act/core/bits.hpp"
#include "act/core/config.hpp"

namespace act {

/// The largest finite double: a Parameter bound meaning "any finite value"
/// (the largest finite float for a float call).
inline constexpr double finite_limit = std::numeric_limits<double>::max();
/// No bound: infinities are valid parameters.
inline constexpr double no_limit = std::numeric_limits<double>::infinity();
/// An unused place of act::Parameter::study_values.
inline constexpr double no_study_value = std::numeric_limits<double>::quiet_NaN();
/// act::Parameter::study_values of a parameter the study measures at its default only.
inline constexpr std::array<double, 3> no_study_values{no_study_value, no_study_value, no_study_value};

/// One parameter of an activation function: its name as the library spells
/// it (the keyword of the framework that has it), its symbol in formulas,
/// its default value (the frameworks' default), and its valid range: the
/// closed interval [min_value, max_value], or (min_value, max_value] if
/// min_exclusive. A call with a parameter outside its range, or NaN (of
/// either sign bit), returns NaN, as the std:: functions do for a domain
/// error; the range is checked in the type of x, after the conversion.
/// Last, the values besides the default at which the accuracy study
/// measures the function (study_values).
struct Parameter {
    std::string_view name;    ///< e.g. "beta"
    std::string_view symbol;  ///< e.g. "β"
    double default_value;     ///< e.g. 1
    double min_value;         ///< the smallest valid value (-inf: none)
    double max_value;         ///< the largest valid value (inf: none)
    bool min_exclusive;       ///< true: min_value itself is not valid
    /// Values other than the default at which the accuracy study measures
    /// the function (its float and double studies: a row each, value and
    /// derivative); act::no_study_value fills the unused places.
    std::array<double, 3> study_values;
};

/// What the book and its studies say of a function, besides its kernels and
/// parameters: every description struct (act::Softplus, ...) has one, as its
/// static member `about`, in this order.
struct Description {
    std::string_view name;               ///< as act:: spells it: "softplus"
    std::string_view title;              ///< as the pages spell it: "Softplus"
    std::string_view chapter;            ///< the chapter that teaches it
    std::string_view pytorch;            ///< PyTorch's equivalent, or empty
    std::string_view smoothness;         ///< declared smoothness class: "C0", "C1", "C∞"
    std::string_view smoothness_reason;  ///< why it has that smoothness
    bool sugar_surrogate;                ///< one of the SUGAR paper's surrogates
};

/// Which of a function's two computations an activation object performs.
enum class Part {
    value,      ///< f(x)
    derivative  ///< f'(x), from the input x (not from the output f(x))
};

namespace detail {

/// Enabled for float and double (the scalar calls).
template <class T>
using enable_if_real_t = std::enable_if_t<std::is_same_v<T, float> || std::is_same_v<T, double>, int>;

/// Enabled for any xtensor expression (the lazy calls).
template <class E>
using enable_if_expression_t = std::enable_if_t<xt::is_xexpression<std::decay_t<E>>::value, int>;

/// Calls f, and is always inlined. xt::make_lambda_xfunction wraps a lambda
/// in an adaptor whose call operator GCC inlines by its size heuristics only:
/// once a kernel is inlined into the lambda, a big one (GELU's double
/// kernels) makes the adaptor too big to inline into xtensor's loop, which
/// then calls it element by element and is not vectorised.
// [listing:inlined-call]
template <class F>
struct inlined_call {
    F f;  ///< the scalar function (a lambda marked ACT_INLINE_LAMBDA)
    /// f(args...), inlined.
    template <class... T>
    ACT_INLINE auto operator()(T... args) const
    {
        return f(args...);
    }
};

/// Applies a scalar function to every element of an expression, lazily: the
/// result is an xfunction, evaluated only when it is assigned or read. Pass
/// a lambda marked ACT_INLINE_LAMBDA, so that the whole element computation
/// is inlined into xtensor's loop and vectorised.
template <class F, class E>
auto elementwise(F&& f, E&& e)
{
    using functor = inlined_call<std::decay_t<F>>;
    using xfunction = xt::xfunction<functor, xt::const_xclosure_t<E>>;
    return xfunction(functor{std::forward<F>(f)}, std::forward<E>(e));
}
// [/listing:inlined-call]

/// True when F computes something once per parameter set for its lazy
/// derivative (B-SiLU's root): F::lazy_derivative(params) then returns the
/// element function.
template <class F, class = void>
struct has_lazy_derivative : std::false_type {
};
template <class F>
struct has_lazy_derivative<F, std::void_t<decltype(&F::lazy_derivative)>> : std::true_type {
};

/// A range bound in T: infinite stays infinite, a finite bound is clamped
/// to T's finite numbers (a bound of DBL_MAX means "finite", in float too).
template <class T>
constexpr double bound_in(double b)
{
    const double top = std::numeric_limits<T>::max();
    if (b != b || b == std::numeric_limits<double>::infinity() || b == -std::numeric_limits<double>::infinity())
        return b;
    return static_cast<T>(b > top ? top : b < -top ? -top : b);
}

/// True when every parameter in p (converted to T) is in F's valid range
/// (act::Parameter); false for NaN. Branch-free: a vector loop keeps going.
template <class F, class T, class Params>
ACT_INLINE bool parameters_valid(const Params& p)
{
    bool ok = true;
    for (std::size_t i = 0; i < F::parameters.size(); ++i) {
        const Parameter& d = F::parameters[i];
        // In T (a double parameter may round to inf or 0 in float), then
        // compared exactly in double on ordered bit patterns.
        const double v = static_cast<T>(p[i]), lo = bound_in<T>(d.min_value), hi = bound_in<T>(d.max_value);
        const std::int64_t ov = core::ordered(v), olo = core::ordered(lo);
        const bool above = d.min_exclusive ? ov > olo : ov >= olo;
        ok = core::both(ok, core::both(!core::is_nan(v), core::both(above, ov <= core::ordered(hi))));
    }
    return ok;
}

/// F's value or derivative at x, with the parameters p converted to T.
template <class F, Part P, class T, class Params, std::size_t... I>
ACT_INLINE T call(T x, const Params& p, std::index_sequence<I...>)
{
    if constexpr (P == Part::value) {
        return F::value(x, static_cast<T>(p[I])...);
    } else {
        return F::derivative(x, static_cast<T>(p[I])...);
    }
}

}  // namespace detail

/**
 * \brief An activation function (or its derivative) as one callable object,
 *        lifted from its description F.
 *
 * \tparam F a description: `F::parameters` (an array of act::Parameter) and
 *           the static kernels `F::value(x, params...)` and
 *           `F::derivative(x, params...)` for float and double.
 * \tparam P Part::value for f, Part::derivative for f'.
 *
 * `act::softplus` is `activation<Softplus>`, `act::softplus_derivative` is
 * `activation<Softplus, Part::derivative>`.
 */
template <class F, Part P = Part::value>
struct activation {
    /// The description this object lifts.
    using function = F;
    /// How many parameters the function takes after x.
    static constexpr std::size_t arity = F::parameters.size();

    /**
     * \brief The parameters with their defaults, the first ones replaced by \p given.
     * \tparam T the type to convert them to.
     * \param given at most #arity values, in the order of F::parameters.
     * \return every parameter, as T.
     */
    template <class T, class... A>
    static constexpr std::array<T, arity> parameters(A... given)
    {
        static_assert(sizeof...(A) <= arity, "act: more parameters than the function takes");
        std::array<T, arity> p{};
        for (std::size_t i = 0; i < arity; ++i) p[i] = static_cast<T>(F::parameters[i].default_value);
        const T values[] = {static_cast<T>(given)..., T(0)};
        for (std::size_t i = 0; i < sizeof...(A); ++i) p[i] = values[i];
        return p;
    }

    /**
     * \brief The function (or derivative) at one float or double.
     * \param x     the input.
     * \param given parameters in the order of F::parameters; missing ones
     *              take their defaults; each is converted to the type of x
     *              (so `act::softplus(1.0f, 2.0)` is the float softplus
     *              with beta = 2).
     * \return the value, of the type of x.
     */
    template <class T, class... A, detail::enable_if_real_t<T> = 0>
    ACT_INLINE T operator()(T x, A... given) const
    {
        const std::array<T, arity> p = parameters<T>(given...);
        const bool valid = detail::parameters_valid<F, T>(p);
        // Out of range: NaN, and the kernel runs on the defaults (finite work).
        const T y = detail::call<F, P>(x, valid ? p : parameters<T>(), std::make_index_sequence<arity>{});
        return core::select(valid, y, std::numeric_limits<T>::quiet_NaN());
    }

    /**
     * \brief The function (or derivative) of every element of an xtensor
     *        expression, lazily.
     * \param e     an xtensor expression of float or double.
     * \param given parameters as for a scalar (held as double, converted to
     *              the element type for each element).
     * \return an unevaluated xfunction: assign it (`xt::xtensor<float, 1>
     *         y = act::softplus(x);`) or read it to compute.
     */
    template <class E, class... A, detail::enable_if_expression_t<E> = 0>
    auto operator()(E&& e, A... given) const
    {
        const std::array<double, arity> given_p = parameters<double>(given...);
        using T = typename std::decay_t<E>::value_type;
        // Out of range (in the element type): NaN for every element, and the
        // kernel runs on the defaults.
        const bool valid = detail::parameters_valid<F, T>(given_p);
        const std::array<double, arity> p = valid ? given_p : parameters<double>();
        if constexpr (P == Part::derivative && detail::has_lazy_derivative<F>::value) {
            return detail::elementwise(
                [g = F::lazy_derivative(p), valid](auto v) ACT_INLINE_LAMBDA {
                    return core::select(valid, g(v), std::numeric_limits<decltype(v)>::quiet_NaN());
                },
                std::forward<E>(e));
        } else {
            return detail::elementwise(
                [p, valid](auto v) ACT_INLINE_LAMBDA {
                    return core::select(valid, detail::call<F, P>(v, p, std::make_index_sequence<arity>{}),
                                        std::numeric_limits<decltype(v)>::quiet_NaN());
                },
                std::forward<E>(e));
        }
    }
};

}  // namespace act

#endif
