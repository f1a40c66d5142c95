// Solutions to the B-SiLU chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/bsilu_test.cpp checks them.
#ifndef ACT_EXAMPLES_BSILU_EXERCISES_HPP
#define ACT_EXAMPLES_BSILU_EXERCISES_HPP

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "act/bsilu.hpp"

namespace exercises {

// [listing:exercise-minimiser]
// Exercise 1: where B-SiLU has its minimum, for any alpha >= 0. For x < 0 the
// derivative has the sign of g(x) = x + 1 + alpha + e^x, which increases
// (g' = 1 + e^x) and is convex, so Newton's method from x = -(1 + alpha)
// (where g = e^x > 0) walks monotonically down to the root.
inline double bsilu_minimiser(double alpha)
{
    double x = -(1.0 + alpha);
    for (int i = 0; i < 100; ++i) {
        const double e = std::exp(x);
        const double step = (x + 1.0 + alpha + e) / (1.0 + e);
        x -= step;
        if (std::fabs(step) <= 1e-17 * std::fabs(x)) break;
    }
    return x;
}
// [/listing:exercise-minimiser]

// [listing:exercise-sugar]
// Exercise 2: SUGAR for one ReLU. The forward value is ReLU's; the gradient
// handed backwards is the B-SiLU slope at the same input. Returns
// {forward value, gradient}.
inline std::pair<double, double> sugar_relu(double x, double alpha = 1.67)
{
    return {std::max(x, 0.0), act::bsilu_derivative(x, alpha)};
}
// [/listing:exercise-sugar]

// [listing:exercise-fade]
// Exercise 3: the point left of which |bsilu'(x)| < t. Left of the minimum the
// slope is negative; walking left it first grows in size, then decays like
// |x| e^x. Walk left in steps of 1/64 past the largest |slope|, until it
// drops below t, then bisect the last step.
inline double surrogate_fades_below(double t, double alpha = 1.67)
{
    auto size = [alpha](double x) {
        return std::fabs(act::bsilu_derivative(x, alpha));
    };
    double hi = bsilu_minimiser(alpha), peak = 0;
    while (!(size(hi) < t && size(hi) < peak)) {
        peak = std::max(peak, size(hi));
        hi -= 1.0 / 64;
        if (hi < -800) return hi;  // t above every slope: nowhere
    }
    double lo = hi, up = hi + 1.0 / 64;  // size(lo) < t <= size(up)
    // t above the largest |slope|: never reached
    if (size(up) < t) return std::nan("");
    for (int i = 0; i < 200 && std::nextafter(lo, up) < up; ++i) {
        const double mid = lo + (up - lo) / 2;
        (size(mid) < t ? lo : up) = mid;
    }
    return lo;
}
// [/listing:exercise-fade]

}  // namespace exercises

#endif
