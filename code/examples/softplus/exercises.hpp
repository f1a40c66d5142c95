// Solutions to the Softplus chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/softplus_test.cpp checks them.
#ifndef ACT_EXAMPLES_SOFTPLUS_EXERCISES_HPP
#define ACT_EXAMPLES_SOFTPLUS_EXERCISES_HPP

#include <cmath>
#include <limits>

#include "act/softplus.hpp"

namespace exercises {

// [listing:exercise-inverse]
// Exercise 1: the inverse of softplus, y -> x with softplus(x) = y, for y > 0.
// x = log(e^y - 1) = y + log(1 - e^{-y}) = y + log(-expm1(-y)):
// expm1 keeps the digits for small y, and e^{-y} cannot overflow.
template <class T>
T softplus_inverse(T y)
{
    // outside the range
    if (!(y > T(0))) return std::numeric_limits<T>::quiet_NaN();
    return y + std::log(-std::expm1(-y));
}
// [/listing:exercise-inverse]

// [listing:exercise-log-sigmoid]
// Exercise 2: log(sigmoid(x)) without underflow: log(1/(1+e^{-x})) = -softplus(-x).
template <class T>
T log_sigmoid(T x)
{
    const T inf = std::numeric_limits<T>::infinity();
    return -act::softplus(-x, T(1), inf);  // no threshold: exact everywhere
}
// [/listing:exercise-log-sigmoid]

// [listing:exercise-overflow]
// Exercise 3: the first float x where log1p(exp(beta x)) / beta is inf.
// Found by walking the floats with bisection on their bit order.
inline float first_overflowing_float(float beta)
{
    // finite at lo, inf at hi
    float lo = 0.0f, hi = std::numeric_limits<float>::max();
    while (std::nextafter(lo, hi) != hi) {
        const float mid = lo + (hi - lo) / 2;
        (std::isinf(std::log1p(std::exp(beta * mid)) / beta) ? hi : lo) = mid;
    }
    return hi;
}
// [/listing:exercise-overflow]

// [listing:exercise-gap]
// Exercise 4: the largest gap between softplus_beta and ReLU. The gap
// g(x) = softplus_beta(x) - max(x, 0) is even and falls on both sides of 0,
// so its maximum is g(0) = log(2) / beta.
inline double max_gap_to_relu(double beta)
{
    return act::softplus(0.0, beta) - 0.0;
}
// [/listing:exercise-gap]

}  // namespace exercises

#endif
