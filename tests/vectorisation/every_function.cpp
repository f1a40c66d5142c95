// Every function of the registry in the two loops that must vectorise:
// a reader's plain loop over the scalar call, `y[i] = act::f(x[i])`, and the
// lazy xtensor assignment, `xt::noalias(y) = act::f(x)`, each for the value
// and the derivative, for float and double, at the default parameters.
//
// Not a program: this file is only compiled, twice, by CTest.
//   vectorisation:every-function  tools/check_vectorisation.py compiles it
//       with g++ -O3 -mavx2 -mfma and reads GCC's vectorisation report of
//       each function below (label `vectorisation`);
//   build:clang-warnings  clang++ -Wall -Wextra -Wpedantic -Werror (label
//       `build`): every registry function's scalar and lazy calls compile
//       warning-free with clang too.
// The functions come from act::functions, so a new description is checked
// with no change here.
#include <cstddef>
#include <utility>

#include <xtensor/xnoalias.hpp>
#include <xtensor/xtensor.hpp>

#include "act/act.hpp"

namespace check {

// Each case is its own function, not inlined, so that GCC's report
// (-fdump-tree-vect-*) files the loop under that function's name:
// "check::plain<act::Softplus, act::Part::value, float>". A loop's own
// source line cannot tell the functions apart: the plain loop is one line
// here for all of them, and the lazy loop is one line of xtensor's
// xassign.hpp.

/// A reader's loop over the scalar call, at the default parameters.
template <class F, act::Part P, class T>
[[gnu::noinline]] void plain(const T* x, T* y, std::size_t n)
{
    constexpr act::activation<F, P> f{};  // act::softplus, act::softplus_derivative, ...
    for (std::size_t i = 0; i < n; ++i) y[i] = f(x[i]);
}

/// The lazy call, assigned to a tensor of the same shape.
template <class F, act::Part P, class T>
[[gnu::noinline]] void lazy(const xt::xtensor<T, 1>& x, xt::xtensor<T, 1>& y)
{
    constexpr act::activation<F, P> f{};
    xt::noalias(y) = f(x);
}

/// Its symbol, check::registered<3, act::Softplus>(), tells the script
/// that act::functions lists act::Softplus fourth.
template <std::size_t I, class F>
[[gnu::noinline]] void registered()
{
}

/// Makes the compiler emit p's function (its address escapes).
template <class P>
void keep(P p)
{
    asm volatile("" : : "r"(p));
}

template <std::size_t I, class F>
void keep_cases()
{
    keep(&registered<I, F>);
    keep(&plain<F, act::Part::value, float>);
    keep(&plain<F, act::Part::derivative, float>);
    keep(&lazy<F, act::Part::value, float>);
    keep(&lazy<F, act::Part::derivative, float>);
    keep(&plain<F, act::Part::value, double>);
    keep(&plain<F, act::Part::derivative, double>);
    keep(&lazy<F, act::Part::value, double>);
    keep(&lazy<F, act::Part::derivative, double>);
}

template <class... F, std::size_t... I>
void keep_every_case(act::function_list<F...>, std::index_sequence<I...>)
{
    (keep_cases<I, F>(), ...);
}

}  // namespace check

/// Instantiates every case of every function act::functions lists.
void compile_every_case()
{
    check::keep_every_case(act::functions{}, std::make_index_sequence<act::functions::size>{});
}
