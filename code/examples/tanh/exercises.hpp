// Solutions to the tanh chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/tanh_test.cpp checks them.
#ifndef ACT_EXAMPLES_TANH_EXERCISES_HPP
#define ACT_EXAMPLES_TANH_EXERCISES_HPP

#include <cmath>

#include "act/relu.hpp"
#include "act/sigmoid.hpp"

namespace exercises {

// [listing:exercise-sigmoid-slope]
// Exercise 1: tanh'(x) from the sigmoid's slope. Differentiating
// tanh(x) = 2 sigma(2x) - 1 gives 4 sigma'(2x).
template <class T>
T tanh_derivative_via_sigmoid(T x)
{
    return T(4) * act::sigmoid_derivative(T(2) * x);
}
// [/listing:exercise-sigmoid-slope]

// [listing:exercise-two-relus]
// Exercise 2: Hardtanh from two ReLUs, relu(x + 1) - relu(x - 1) - 1.
// Left of -1 both ReLUs are 0; between -1 and 1 only the first is x + 1;
// right of 1 they differ by 2.
template <class T>
T hardtanh_from_relus(T x)
{
    return act::relu(x + T(1)) - act::relu(x - T(1)) - T(1);
}
// [/listing:exercise-two-relus]

// [listing:exercise-factored]
// Exercise 3: the slope from the output t, factored as (1 - t)(1 + t).
// For 1/2 <= |t| <= 1 the subtraction 1 - |t| is exact (Sterbenz's lemma),
// so only the sum and the product round: the result is within two rounding
// errors (2^-23 relative) of 1 - t^2 for the stored t. The plain 1 - t * t
// also rounds t * t, an error of up to half an ULP of 1/2, which can cost a
// small 1 - t^2 four of its digits.
inline float slope_from_output_factored(float t)
{
    return (1.0f - t) * (1.0f + t);
}
// [/listing:exercise-factored]

// [listing:exercise-atanh]
// Exercise 4: atanh(y) = log((1 + y)/(1 - y)) / 2 without losing small y.
// (1 + y)/(1 - y) = 1 + 2y/(1 - y), and log1p keeps what the plain log of a
// number near 1 loses.
template <class T>
T atanh_stable(T y)
{
    return T(0.5) * std::log1p(T(2) * y / (T(1) - y));
}

// The plain formula, for comparison.
template <class T>
T atanh_naive(T y) { return T(0.5) * std::log((T(1) + y) / (T(1) - y)); }
// [/listing:exercise-atanh]

}  // namespace exercises

#endif
