// Solutions to the softmax chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/softmax_test.cpp checks them.
#ifndef ACT_EXAMPLES_SOFTMAX_EXERCISES_HPP
#define ACT_EXAMPLES_SOFTMAX_EXERCISES_HPP

#include <array>
#include <cmath>
#include <vector>

#include <xtensor/xarray.hpp>

#include "act/sigmoid.hpp"
#include "act/softmax.hpp"

namespace exercises {

// [listing:exercise-two-classes]
// Exercise 1: the Jacobian of softmax for two inputs (a, b). s_1 = sigma(a - b),
// so every entry is +-sigma'(a - b) = +-s_1 s_2: d s_1/da = s_1 s_2,
// d s_1/db = -s_1 s_2, and s_2 = 1 - s_1 gives the second row negated.
using Matrix2 = std::array<std::array<double, 2>, 2>;

inline Matrix2 two_class_jacobian(double a, double b)
{
    // sigma(a - b) sigma(b - a)
    const double slope = act::sigmoid_derivative(a - b);
    return {{{slope, -slope}, {-slope, slope}}};
}
// [/listing:exercise-two-classes]

// [listing:exercise-logsumexp]
// Exercise 2: log-sum-exp, stably, and its bounds max <= lse <= max + log n.
// Shift by the maximum m: lse = m + log(sum e^(x_k - m)); the sum lies
// between 1 (the maximum's own term) and n.
inline double logsumexp(const std::vector<double>& x)
{
    double m = x.at(0);
    for (double v : x) m = std::fmax(m, v);
    double sum = 0;
    for (double v : x) sum += std::exp(v - m);
    return m + std::log(sum);
}
// [/listing:exercise-logsumexp]

// [listing:exercise-temperature]
// Exercise 3: the temperature where softmax(x / t)'s largest probability is 1/2.
// It falls as t grows (from 1 at t -> 0 to 1/n as t -> inf); bisect on t
// between lo and hi.
inline double largest_probability(const xt::xarray<double>& x, double t)
{
    const xt::xarray<double> s = act::softmax(x / t);
    double largest = 0;
    for (double v : s) largest = std::fmax(largest, v);
    return largest;
}

inline double temperature_for_half(const xt::xarray<double>& x, double lo,
                                   double hi)
{
    for (int i = 0; i < 200 && std::nextafter(lo, hi) < hi; ++i) {
        const double mid = lo + (hi - lo) / 2;
        (largest_probability(x, mid) > 0.5 ? lo : hi) = mid;
    }
    return hi;
}
// [/listing:exercise-temperature]

}  // namespace exercises

#endif
