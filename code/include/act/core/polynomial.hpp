// Polynomials, unrolled at compile time: Horner's rule with fused
// multiply-adds, and the Taylor series of e^r and atanh.
// (A run-time loop here would keep GCC from vectorising the caller's loop.)
#ifndef ACT_CORE_POLYNOMIAL_HPP
#define ACT_CORE_POLYNOMIAL_HPP

#include <cstddef>
#include <utility>

#include "act/core/config.hpp"

namespace act::core {

/// a*b + c: one fused instruction where the target has FMA (then also
/// rounded once), a multiplication and an addition elsewhere. std::fma
/// without hardware FMA is a slow library call, hence the test.
ACT_INLINE double multiply_add(double a, double b, double c)
{
#if defined(__FMA__)
    return __builtin_fma(a, b, c);
#else
    return a * b + c;
#endif
}

namespace detail {
template <std::size_t N, std::size_t... I>
ACT_INLINE double horner_unrolled(const double (&c)[N], double x, std::index_sequence<I...>)
{
    double p = c[0];
    ((p = multiply_add(p, x, c[I + 1])), ...);
    return p;
}
}  // namespace detail

/// \f$c_0 x^{N-1} + c_1 x^{N-2} + \dots + c_{N-1}\f$ by Horner's rule
/// (coefficients from the highest degree down), unrolled at compile time.
template <std::size_t N>
ACT_INLINE double horner(const double (&c)[N], double x)
{
    return detail::horner_unrolled(c, x, std::make_index_sequence<N - 1>{});
}

/// 1/n!, rounded once (a constant after inlining).
constexpr double inverse_factorial(int n)
{
    double f = 1.0;
    for (int i = 2; i <= n; ++i) f *= double(i);
    return 1.0 / f;
}

/// 1/n! as a compile-time constant.
template <int N>
inline constexpr double inverse_factorial_v = inverse_factorial(N);

/// \f$\sum_{i=I}^{N} r^{i-I}/i!\f$ by Horner's rule, unrolled.
template <int I, int N>
ACT_INLINE double taylor_exp(double r)
{
    if constexpr (I == N) {
        return inverse_factorial_v<I>;
    } else {
        return multiply_add(taylor_exp<I + 1, N>(r), r, inverse_factorial_v<I>);
    }
}

/// \f$\sum_{i=I}^{N-1} s_2^{i-I}/(2i+1)\f$ by Horner's rule, unrolled.
template <int I, int N>
ACT_INLINE double atanh_series(double s2)
{
    if constexpr (I == N - 1) {
        return 1.0 / double(2 * I + 1);
    } else {
        return multiply_add(atanh_series<I + 1, N>(s2), s2, 1.0 / double(2 * I + 1));
    }
}

}  // namespace act::core

#endif
