// The three fields of an IEEE-754 binary number (float or double), read
// from its bit pattern, and what they mean. Shown in the chapter "Numbers in
// a computer"; used by its listings, its exercises and tests/numbers_test.cpp.
#ifndef ACT_EXAMPLES_NUMBERS_FLOAT_BITS_HPP
#define ACT_EXAMPLES_NUMBERS_FLOAT_BITS_HPP

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

namespace numbers {

// [listing:fields]
/// The fields of a float (1 + 8 + 23 bits) or a double (1 + 11 + 52 bits).
struct Fields {
    unsigned sign;            // 0 for +, 1 for -
    unsigned exponent;        // the stored (biased) exponent
    std::uint64_t fraction;   // the stored bits after the leading 1
};

template <class T>
Fields fields(T x)
{
    static_assert(std::is_same_v<T, float> || std::is_same_v<T, double>);
    using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t,
                                    std::uint64_t>;
    constexpr int f_bits = std::numeric_limits<T>::digits - 1;  // 23 or 52
    constexpr int e_bits = 8 * sizeof(T) - 1 - f_bits;          // 8 or 11
    Bits b;
    std::memcpy(&b, &x, sizeof x);  // the bit pattern, unchanged
    const Bits f_mask = (Bits(1) << f_bits) - 1;  // f_bits ones
    const Bits e_mask = (Bits(1) << e_bits) - 1;  // e_bits ones
    return Fields{unsigned(b >> (e_bits + f_bits)),
                  unsigned((b >> f_bits) & e_mask),
                  std::uint64_t(b & f_mask)};
}

/// The bias subtracted from the stored exponent: 127 or 1023.
template <class T>
constexpr int exponent_bias()
{
    return std::numeric_limits<T>::max_exponent - 1;
}
// [/listing:fields]

/// The bit pattern of x as an unsigned integer (for printing in hex).
template <class T>
std::uint64_t bit_pattern(T x)
{
    using Bits = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    Bits b;
    std::memcpy(&b, &x, sizeof x);
    return b;
}

}  // namespace numbers

#endif
