// Where std::exp leaves the normal range of a type: the input from which it
// overflows to infinity, the input below which its result is a denormal, and
// the input below which it is 0. Each is found by bisection over the
// representable numbers (listing::first_true), never read off a sample.
// Chapter "Numbers in a computer"; checked in tests/numbers_test.cpp against
// the closed forms log(max), log(min) and log(denorm_min / 2).
#ifndef ACT_EXAMPLES_NUMBERS_THRESHOLDS_HPP
#define ACT_EXAMPLES_NUMBERS_THRESHOLDS_HPP

#include <cmath>
#include <limits>

#include "listing.hpp"

namespace numbers {

// [listing:overflow-threshold]
/// The smallest x of type T for which std::exp(x) is infinite.
template <class T>
T exp_overflows_from()
{
    const T big = std::numeric_limits<T>::max();
    return listing::first_true<T>(T(0), big,
                                  [](T x) { return std::isinf(std::exp(x)); });
}
// [/listing:overflow-threshold]

// [listing:underflow-thresholds]
/// The largest x for which std::exp(x) is below the smallest normal number
/// (a denormal or 0): searched over m = -x, as the smallest such m.
template <class T>
T exp_denormal_below()
{
    using L = std::numeric_limits<T>;
    return -listing::first_true<T>(T(0), L::max(),
                                   [](T m) { return std::exp(-m) < L::min(); });
}

/// The largest x for which std::exp(x) is exactly 0.
template <class T>
T exp_zero_below()
{
    using L = std::numeric_limits<T>;
    return -listing::first_true<T>(T(0), L::max(),
                                   [](T m) { return std::exp(-m) == T(0); });
}
// [/listing:underflow-thresholds]

}  // namespace numbers

#endif
