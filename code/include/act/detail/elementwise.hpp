// Shared plumbing of the act library: which types are scalars, which are
// xtensor expressions, and the wider type a float is computed in.
// Chapter: "Accuracy and speed" explains why float is computed in double.
#ifndef ACT_DETAIL_ELEMENTWISE_HPP
#define ACT_DETAIL_ELEMENTWISE_HPP

#include <type_traits>
#include <utility>

#include <xtensor/xexpression.hpp>
#include <xtensor/xfunction.hpp>

#include "act/detail/kernels.hpp"

namespace act::detail {

/// Enabled for float and double (the scalar overloads).
template <class T>
using enable_if_real_t = std::enable_if_t<std::is_floating_point_v<T>, int>;

/// Enabled for any xtensor expression (the lazy overloads).
template <class E>
using enable_if_expression_t =
    std::enable_if_t<xt::is_xexpression<std::decay_t<E>>::value, int>;

/// Keeps a parameter out of template deduction, so that
/// `softplus(1.0f, 2.0)` means "a float with beta = 2" instead of a conflict.
template <class T>
struct identity {
    using type = T;
};
template <class T>
using same_t = typename identity<T>::type;

/// The type a scalar is computed in: float is evaluated in double and rounded
/// once at the end, which keeps float results within half an ULP plus the
/// (much smaller) double error; double is computed in double.
template <class T>
using wide_t = std::conditional_t<std::is_same_v<T, float>, double, T>;

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

}  // namespace act::detail

#endif
