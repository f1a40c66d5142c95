// Solutions to the Mish chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/mish_test.cpp checks them.
#ifndef ACT_EXAMPLES_MISH_EXERCISES_HPP
#define ACT_EXAMPLES_MISH_EXERCISES_HPP

#include <cmath>
#include <limits>

#include "act/mish.hpp"

namespace exercises {

// [listing:exercise-gap]
// Exercise 1: Mish(x) - SiLU(x) for finite x, without subtracting. With
// u = e^x, tanh(softplus(x)) - sigma(x) = u^2 / ((u + 1)(u^2 + 2u + 2)); for
// x > 0 divide through by u^3 and use v = e^-x, so that nothing overflows.
inline double mish_minus_silu(double x)
{
    if (x <= 0) {
        const double u = std::exp(x);
        return x * u * u / ((u + 1) * (u * u + 2 * u + 2));
    }
    const double v = std::exp(-x);
    return x * v / ((1 + v) * (1 + 2 * v + 2 * v * v));
}
// [/listing:exercise-gap]

// [listing:exercise-slopes]
// Exercise 2: the smallest and largest slope of Mish. Golden-section search
// on act::mish_derivative: the slope has one minimum on [-5, 0] and one
// maximum on [0, 5].
template <class F>
double golden_section_minimiser(F f, double a, double b)
{
    const double r = (std::sqrt(5.0) - 1) / 2;  // 0.618...
    double c = b - r * (b - a), d = a + r * (b - a);
    double fc = f(c), fd = f(d);
    while (b - a > 1e-10) {
        if (fc < fd) {
            b = d, d = c, fd = fc;
            c = b - r * (b - a), fc = f(c);
        } else {
            a = c, c = d, fc = fd;
            d = a + r * (b - a), fd = f(d);
        }
    }
    return (a + b) / 2;
}

struct SlopeRange {
    double min_at, min, max_at, max;
};

inline SlopeRange mish_slope_range()
{
    const auto slope = [](double x) { return act::mish_derivative(x); };
    const double lo = golden_section_minimiser(slope, -5.0, 0.0);
    const auto minus_slope = [&](double x) { return -slope(x); };
    const double hi = golden_section_minimiser(minus_slope, 0.0, 5.0);
    return {lo, slope(lo), hi, slope(hi)};
}
// [/listing:exercise-slopes]

// [listing:exercise-float]
// Exercise 3: Mish in float arithmetic, without overflow. One exponential
// of a non-positive argument: e = e^-|x|, then x e (e + 2) / (e (e + 2) + 2) for
// x <= 0 and x (1 + 2e) / (1 + 2e + 2e^2) for x > 0. Nothing overflows and
// nothing cancels; the infinities are their limits. Check it where e^-|x|
// is a normal float.
inline float mish_float(float x)
{
    if (std::isinf(x)) return x > 0 ? x : -0.0f;
    const float e = std::exp(-std::fabs(x));
    if (x <= 0) return x * e * (e + 2) / (e * (e + 2) + 2);
    return x * (1 + 2 * e) / (1 + 2 * e + 2 * e * e);
}
// [/listing:exercise-float]

}  // namespace exercises

#endif
