// Solutions to the hard functions chapter's exercises. The chapter shows each
// one behind a "Solution" fold; tests/hard_test.cpp checks them.
#ifndef ACT_EXAMPLES_HARD_EXERCISES_HPP
#define ACT_EXAMPLES_HARD_EXERCISES_HPP

#include <utility>

#include "act/hardswish.hpp"
#include "act/relu6.hpp"

namespace exercises {

// [listing:exercise-from-relu6]
// Exercise 1: Hardsigmoid from ReLU6, as PyTorch defines it: relu6(x + 3)/6.
// Two roundings (the sum and the quotient) where the library's has one near -3.
template <class T>
T hardsigmoid_from_relu6(T x)
{
    return act::relu6(x + T(3)) / T(6);
}
// [/listing:exercise-from-relu6]

// [listing:exercise-minimum]
// Exercise 2: the minimum of Hardswish, by bisection on the sign of its slope.
// On [-3, 0] the slope (2x + 3)/6 rises through 0 once; the minimiser is
// -3/2 and the minimum -3/8.
inline std::pair<double, double> hardswish_minimum()
{
    double lo = -3, hi = 0;  // slope < 0 at lo, > 0 at hi
    for (int i = 0; i < 200 && lo < hi; ++i) {
        const double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        (act::hardswish_derivative(mid) < 0 ? lo : hi) = mid;
    }
    return {hi, act::hardswish(hi)};
}
// [/listing:exercise-minimum]

// [listing:exercise-pytorch-slope]
// Exercise 3: Hardswish's slope as PyTorch writes it, x/3 + 1/2, in float.
// Near the root -3/2, x/3 rounds to a number near -1/2 and the sum cancels
// what is left: the rounding error of x/3 becomes the result's error.
inline float hardswish_slope_pytorch_form(float x)
{
    return x / 3.0f + 0.5f;
}
// [/listing:exercise-pytorch-slope]

}  // namespace exercises

#endif
