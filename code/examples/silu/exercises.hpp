// Solutions to the SiLU chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/silu_test.cpp checks them.
#ifndef ACT_EXAMPLES_SILU_EXERCISES_HPP
#define ACT_EXAMPLES_SILU_EXERCISES_HPP

#include <cmath>
#include <limits>
#include <utility>

#include "act/sigmoid.hpp"
#include "act/silu.hpp"

namespace exercises {

// [listing:exercise-minimiser]
// Exercise 4: the minimiser of SiLU, by Newton's method. It is the root of
// silu'(x) = sigma(x) (1 + x (1 - sigma(x))).
// For x < 0 the sign of silu' is the sign of g(x) = 1 + x + e^x, which is
// increasing (g' = 1 + e^x > 0), so Newton's method from x = -1 converges.
inline double silu_minimiser()
{
    double x = -1.0;
    for (int i = 0; i < 50; ++i) {
        const double step = (1.0 + x + std::exp(x)) / (1.0 + std::exp(x));
        x -= step;
        if (std::fabs(step) <= 1e-17 * std::fabs(x)) break;
    }
    return x;
}
// [/listing:exercise-minimiser]

// [listing:exercise-slopes]
// Exercise 1: the smallest slope of SiLU.
// silu'' = sigma (1 - sigma) (2 + x (1 - 2 sigma)) and 1 - 2 sigma(x) = -tanh(x/2),
// so silu'' = 0 where h(x) = x tanh(x/2) - 2 = 0. h is even; Newton from
// x = -2.5 finds the negative root. Returns {x, silu'(x)}.
inline std::pair<double, double> silu_slope_minimum()
{
    double x = -2.5;
    for (int i = 0; i < 50; ++i) {
        const double t = std::tanh(x / 2);
        const double h = x * t - 2.0;
        const double dh = t + (x / 2) * (1.0 - t * t);
        const double step = h / dh;
        x -= step;
        if (std::fabs(step) <= 1e-16 * std::fabs(x)) break;
    }
    return {x, act::silu_derivative(x)};
}
// [/listing:exercise-slopes]

// [listing:exercise-swish]
// Exercise 2: Swish with a slope parameter, x sigma(beta x). beta = 1 is SiLU,
// beta = 0 is the line x/2, and a large beta approaches ReLU.
template <class T>
T swish(T x, T beta)
{
    return x * act::sigmoid(beta * x);
}
// [/listing:exercise-swish]

// [listing:exercise-underflow]
// Exercise 3: where the naive float swish x / (1 + e^(-beta x)) first gives 0.
// The naive float formula x * (1 / (1 + expf(-beta x))) is 0 from some point
// leftwards and non-zero to its right: bisection on [lowest, -1] finds it.
inline float naive_swish_first_zero(float beta)
{
    auto naive = [beta](float x) {
        return x * (1.0f / (1.0f + std::exp(-beta * x)));
    };
    // naive(lo) == 0, naive(hi) != 0
    float lo = std::numeric_limits<float>::lowest(), hi = -1.0f;
    while (std::nextafter(lo, hi) != hi) {
        const float mid = lo / 2 + hi / 2;
        if (mid <= lo || mid >= hi) break;
        (naive(mid) == 0.0f ? lo : hi) = mid;
    }
    return lo;
}
// [/listing:exercise-underflow]

}  // namespace exercises

#endif
