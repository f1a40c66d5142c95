// Solutions to the ReLU chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/relu_test.cpp checks them.
#ifndef ACT_EXAMPLES_RELU_EXERCISES_HPP
#define ACT_EXAMPLES_RELU_EXERCISES_HPP

#include <algorithm>
#include <cmath>

#include "act/relu.hpp"

namespace exercises {

// [listing:exercise-abs]
// Exercise 1: ReLU as (x + |x|) / 2. Equal to max(x, 0) in exact arithmetic,
// but x + |x| = 2x overflows to inf for x > max/2; halving first,
// x/2 + |x|/2, cannot overflow but turns the smallest denormal into 0.
template <class T>
T relu_via_abs(T x)
{
    return (x + std::fabs(x)) / T(2);
}
template <class T>
T relu_via_halves(T x)
{
    return x / T(2) + std::fabs(x) / T(2);
}
// [/listing:exercise-abs]

// [listing:exercise-max-form]
// Exercise 2: for 0 <= a <= 1 LeakyReLU is max(x, a x): for x > 0, x >= a x;
// for x <= 0, a x >= x. For a > 1 both inequalities flip: max(x, a x) is
// then a x for x > 0 and x for x <= 0, which is a * leaky_relu(x, 1/a), not
// leaky_relu(x, a). The max form holds for slopes up to 1 only.
template <class T>
T leaky_relu_via_max(T x, T a)
{
    return std::max(x, a * x);
}
// [/listing:exercise-max-form]

// [listing:exercise-dead]
// Exercise 3: is the unit relu(w x + b) dead on inputs in [lo, hi]? The
// pre-activation is linear in x, so its largest value is at an end of the
// interval: dead exactly when both ends give w x + b <= 0.
inline bool is_dead(double w, double b, double lo, double hi)
{
    return w * lo + b <= 0 && w * hi + b <= 0;
}
// [/listing:exercise-dead]

// [listing:exercise-moments]
// Exercise 4: E[relu(Z)] and E[relu(Z)^2] for Z ~ N(0, 1) by Simpson's rule
// on [0, 12] (the density beyond 12 is below 1e-31). Closed forms:
// 1/sqrt(2 pi) and 1/2 (half of E[Z^2] = 1, by symmetry).
inline double relu_normal_moment(int power, int intervals = 20000)
{
    const double pi = std::acos(-1.0);
    const double a = 0, b = 12, h = (b - a) / intervals;
    auto f = [&](double z) {
        return std::pow(act::relu(z), power) * std::exp(-z * z / 2) /
               std::sqrt(2 * pi);
    };
    double sum = f(a) + f(b);
    for (int i = 1; i < intervals; ++i) sum += f(a + i * h) * (i % 2 ? 4 : 2);
    return sum * h / 3;
}
// [/listing:exercise-moments]

}  // namespace exercises

#endif
