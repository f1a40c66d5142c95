// Solutions to the Sigmoid chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/sigmoid_test.cpp checks them.
#ifndef ACT_EXAMPLES_SIGMOID_EXERCISES_HPP
#define ACT_EXAMPLES_SIGMOID_EXERCISES_HPP

#include <cmath>
#include <limits>

#include "act/sigmoid.hpp"

namespace exercises {

// [listing:exercise-logit]
// Exercise 1: the logit, inverse of the sigmoid on (0, 1):
// logit(p) = log(p / (1 - p)) = log(p) - log1p(-p).
// log1p(-p) keeps the digits of 1 - p for small p; no division can overflow.
template <class T>
T logit(T p)
{
    if (!(p >= T(0) && p <= T(1))) return std::numeric_limits<T>::quiet_NaN();
    return std::log(p) - std::log1p(-p);  // -inf at 0, +inf at 1
}
// [/listing:exercise-logit]

// [listing:exercise-tanh-form]
// Exercise 2: the sigmoid through tanh, sigma(x) = (1 + tanh(x/2)) / 2.
// Exact in mathematics; in floating point, 1 + tanh(x/2) cancels for x << 0
// (tanh(x/2) is close to -1), so the relative error grows like e^|x| and the
// result is 0 as soon as tanh(x/2) rounds to -1.
template <class T>
T sigmoid_via_tanh(T x)
{
    return (T(1) + std::tanh(x / T(2))) / T(2);
}
// [/listing:exercise-tanh-form]

// [listing:exercise-round-to-one]
// Exercise 3: the smallest float x for which act::sigmoid(x) is exactly 1.0f,
// by bisection over the floats (the sigmoid is non-decreasing).
inline float first_float_sigmoid_one()
{
    float lo = 0.0f, hi = 100.0f;  // sigmoid(lo) < 1, sigmoid(hi) == 1
    while (std::nextafter(lo, hi) != hi) {
        const float mid = lo + (hi - lo) / 2;
        (act::sigmoid(mid) == 1.0f ? hi : lo) = mid;
    }
    return hi;
}
// [/listing:exercise-round-to-one]

// [listing:exercise-second-derivative]
// Exercise 4: the second derivative, sigma'' = sigma' (1 - 2 sigma), with
// 1 - 2 sigma(x) = -tanh(x/2) to avoid the cancellation near sigma = 1/2 ...
template <class T>
T sigmoid_second_derivative(T x)
{
    return -act::sigmoid_derivative(x) * std::tanh(x / T(2));
}

// ... and where the slope changes fastest: sigma''' = 0, i.e.
// sigma'(1 - 6 sigma + 6 sigma^2) = 0, so sigma = (3 -+ sqrt(3)) / 6 and
// x = logit(sigma) = -+log(2 + sqrt(3)).
inline double steepest_slope_change()
{
    return std::log(2.0 + std::sqrt(3.0));
}
// [/listing:exercise-second-derivative]

}  // namespace exercises

#endif
