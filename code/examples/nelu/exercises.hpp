// Solutions to the NeLU chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/nelu_test.cpp checks them.
#ifndef ACT_EXAMPLES_NELU_EXERCISES_HPP
#define ACT_EXAMPLES_NELU_EXERCISES_HPP

#include <cmath>
#include <limits>
#include <utility>

#include "act/bsilu.hpp"
#include "act/nelu.hpp"

namespace exercises {

// [listing:exercise-steepest]
// Exercise 1: where NeLU's slope is most negative. d/dx [x/(1+x^2)^2] =
// (1 - 3x^2)/(1+x^2)^3 vanishes at x = -1/sqrt(3) on the negative side, so
// the slope there is 2 alpha (-1/sqrt 3)/(4/3)^2 = -3 sqrt(3) alpha / 8.
// Returns {x, slope}.
inline std::pair<double, double> nelu_steepest(double alpha)
{
    const double x = -1.0 / std::sqrt(3.0);
    return {x, act::nelu_derivative(x, alpha)};
}
// [/listing:exercise-steepest]

// [listing:exercise-signs]
// Exercise 2: the gradients SUGAR hands a ReLU with input x, with NeLU and
// with B-SiLU as the surrogate: {NeLU slope, B-SiLU slope}.
inline std::pair<double, double> surrogate_gradients(double x,
                                                     double nelu_alpha = 0.05,
                                                     double bsilu_alpha = 1.67)
{
    return {act::nelu_derivative(x, nelu_alpha),
            act::bsilu_derivative(x, bsilu_alpha)};
}

// The interval of x < 0 on which the two slopes have opposite signs. NeLU's
// is negative on all of x < 0; B-SiLU's is positive right of its minimum, so
// the interval runs from that minimum (found by bisection) to 0.
inline std::pair<double, double> sign_disagreement(double nelu_alpha,
                                                   double bsilu_alpha)
{
    auto disagree = [&](double x) {
        const auto [n, b] = surrogate_gradients(x, nelu_alpha, bsilu_alpha);
        return (n < 0) != (b < 0);
    };
    double lo = -(bsilu_alpha + 3.0), hi = -1e-9;  // agree at lo, disagree at hi
    while (std::nextafter(lo, hi) < hi) {
        const double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        (disagree(mid) ? hi : lo) = mid;
    }
    return {hi, 0.0};
}
// [/listing:exercise-signs]

// [listing:exercise-overflow]
// Exercise 3: the negative double closest to 0 at which the textbook slope
// 2 alpha x / (1 + x^2)^2 overflows in its denominator, by bisection.
inline double first_overflowing_slope()
{
    auto overflows = [](double x) {
        const double d = 1 + x * x;
        return std::isinf(d * d);
    };
    // overflows at lo, not at hi
    double lo = std::numeric_limits<double>::lowest(), hi = -1.0;
    while (std::nextafter(lo, hi) < hi) {
        const double mid = lo / 2 + hi / 2;
        if (mid <= lo || mid >= hi) break;
        (overflows(mid) ? lo : hi) = mid;
    }
    return lo;
}
// [/listing:exercise-overflow]

}  // namespace exercises

#endif
