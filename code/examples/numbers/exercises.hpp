// Solutions to the exercises of the chapter "Numbers in a computer". The
// chapter shows each one behind a "Solution" fold; tests/numbers_test.cpp
// checks them.
#ifndef ACT_EXAMPLES_NUMBERS_EXERCISES_HPP
#define ACT_EXAMPLES_NUMBERS_EXERCISES_HPP

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "float_bits.hpp"
#include "listing.hpp"

namespace exercises {

// [listing:exercise-decode]
// Exercise 1: the value a bit pattern stands for, from its three fields.
// Normal (field 1 ... 2^w - 2): (-1)^s (1 + f / 2^(p-1)) 2^(field - bias).
// Denormal or zero (field 0):   (-1)^s (f / 2^(p-1)) 2^(1 - bias).
// Infinity and NaN (field all ones) are left out.
template <class T>
T decode(const numbers::Fields& x)
{
    constexpr int p = std::numeric_limits<T>::digits;  // 24 or 53
    const T f = std::ldexp(T(x.fraction), 1 - p);  // f / 2^(p-1), exact
    const int bias = numbers::exponent_bias<T>();
    const T magnitude = x.exponent == 0
                            ? std::ldexp(f, 1 - bias)
                            : std::ldexp(1 + f, int(x.exponent) - bias);
    return x.sign ? -magnitude : magnitude;
}
// [/listing:exercise-decode]

// [listing:exercise-count]
// Exercise 2: how many floats lie in [a, b), for 0 <= a <= b. For
// non-negative floats the bit patterns, read as integers, are in the same
// order as the numbers and have no gaps: the count is a difference.
inline std::uint32_t floats_between(float a, float b)
{
    std::uint32_t ia, ib;
    std::memcpy(&ia, &a, sizeof a);
    std::memcpy(&ib, &b, sizeof b);
    return ib - ia;
}
// [/listing:exercise-count]

// [listing:exercise-integers]
// Exercise 3: the first positive integer that T cannot hold. Integers are
// exact while the gap between neighbours is at most 1; bisection finds the
// first T whose gap above it exceeds 1 (2^p, p = 24 or 53), and the integer
// after that one falls between two numbers of T.
template <class T>
std::uint64_t first_unrepresentable_integer()
{
    using L = std::numeric_limits<T>;
    const T start = listing::first_true<T>(T(1), L::max(), [](T x) {
        return std::nextafter(x, L::infinity()) - x > T(1);
    });
    return static_cast<std::uint64_t>(start) + 1;
}
// [/listing:exercise-integers]

// [listing:exercise-stable]
// Exercise 4: sqrt(x^2 + 1) - x for large x. The naive form subtracts two
// nearly equal numbers (and squares x, which overflows for x > 1.8e19 in
// float); multiplying by (sqrt(x^2 + 1) + x) / (sqrt(x^2 + 1) + x) gives a
// form with no subtraction, and std::hypot(x, 1) computes sqrt(x^2 + 1)
// without overflow.
inline float gap_to_hypotenuse_naive(float x)
{
    return std::sqrt(x * x + 1.0f) - x;
}
inline float gap_to_hypotenuse(float x)
{
    return 1.0f / (std::hypot(x, 1.0f) + x);  // for x >= 0
}
// [/listing:exercise-stable]

}  // namespace exercises

#endif
