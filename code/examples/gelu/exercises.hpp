// Solutions to the GELU chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/gelu_test.cpp checks them.
#ifndef ACT_EXAMPLES_GELU_EXERCISES_HPP
#define ACT_EXAMPLES_GELU_EXERCISES_HPP

#include <cmath>
#include <cstdint>
#include <random>

#include "act/gelu.hpp"
#include "act/sigmoid.hpp"

namespace exercises {

// [listing:exercise-curvature]
// Exercise 1: GELU's second derivative, phi(x) (2 - x^2), from the input x.
// Differentiate Phi(x) + x phi(x) with phi'(x) = -x phi(x):
// phi + phi - x^2 phi. It vanishes at x = -sqrt(2) and +sqrt(2), where the
// slope is smallest and largest.
inline double gelu_second_derivative(double x)
{
    // phi(x) = e^(-x^2/2) / sqrt(2 pi)
    const double phi = 0.3989422804014327 * std::exp(-x * x / 2);
    return phi * (2.0 - x * x);
}
// [/listing:exercise-curvature]

// [listing:exercise-sigmoid-form]
// Exercise 2: the sigmoid approximation x sigma(1.702 x) and its largest
// distance from GELU on a grid of [-10, 10]. Returns {distance, where}.
inline double sigmoid_gelu(double x) { return x * act::sigmoid(1.702 * x); }

struct Gap {
    double distance;  ///< the largest |x sigma(1.702 x) - GELU(x)|
    double at;        ///< where on the grid
};

inline Gap sigmoid_gelu_gap()
{
    Gap worst{0.0, 0.0};
    for (int i = 0; i <= 200000; ++i) {
        const double x = -10.0 + i * 1e-4;
        const double d = std::fabs(sigmoid_gelu(x) - act::gelu(x));
        if (d > worst.distance) worst = {d, x};
    }
    return worst;
}
// [/listing:exercise-sigmoid-form]

// [listing:exercise-naive-tanh]
// Exercise 3: the float closest to 0 at which PyTorch's formula
// 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), computed in float, returns 0.
// 1 + tanh(u) cancels to 0 once tanh(u) rounds to -1; bisect over the
// floats of [-20, -1] for the first x where the result is not 0.
inline float naive_gelu_tanh(float x)
{
    const float u = 0.7978845608f * (x + 0.044715f * x * x * x);
    return 0.5f * x * (1.0f + std::tanh(u));
}

inline float naive_gelu_tanh_zero_from()
{
    float lo = -20.0f, hi = -1.0f;  // 0 at lo, not 0 at hi
    while (std::nextafter(lo, hi) < hi) {
        const float mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        (naive_gelu_tanh(mid) == 0.0f ? lo : hi) = mid;
    }
    return lo;
}
// [/listing:exercise-naive-tanh]

// [listing:exercise-stochastic]
// Exercise 4: GELU as an expected value. Keep x with probability Phi(x) and
// zero it otherwise; the mean of n such draws estimates x Phi(x).
inline double stochastic_gelu_mean(double x, int n, std::uint32_t seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double keep = std::erfc(-x / std::sqrt(2.0)) / 2;  // Phi(x)
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        if (uniform(generator) < keep) sum += x;
    return sum / n;
}
// [/listing:exercise-stochastic]

}  // namespace exercises

#endif
