// Shared plumbing of the act library: which types are scalars, which are
// xtensor expressions, and the wider type a float is computed in.
// Chapter: "Accuracy and speed" explains why float is computed in double.
#ifndef ACT_DETAIL_ELEMENTWISE_HPP
#define ACT_DETAIL_ELEMENTWISE_HPP

#include <type_traits>
#include <utility>

#include <xtensor/xexpression.hpp>
#include <xtensor/xmath.hpp>

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

/// Applies a scalar function to every element of an expression, lazily: the
/// result is an xfunction, evaluated only when it is assigned or read.
template <class F, class E>
auto elementwise(F&& f, E&& e)
{
    return xt::make_lambda_xfunction(std::forward<F>(f), std::forward<E>(e));
}

}  // namespace act::detail

#endif
