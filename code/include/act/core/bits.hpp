// Bit-level building blocks that a compiler can vectorise: reading and
// writing the bit pattern of a number, quiet comparisons, and `select`, the
// branch-free `c ? a : b`.
//
// Why no `if` and no `x < c` in the kernels? Under the default
// -ftrapping-math an ordered comparison with a NaN may raise an exception,
// so GCC refuses to turn code that depends on one into vector selects;
// comparisons of integers (the bit patterns) and `x != x` (the NaN test)
// are quiet. Every kernel computes all of its cases and selects at the end.
// Chapter: "Accuracy and speed", deep dive on vector kernels.
#ifndef ACT_CORE_BITS_HPP
#define ACT_CORE_BITS_HPP

#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include "act/core/config.hpp"

namespace act::core {

/// The bit pattern of a double.
ACT_INLINE std::uint64_t bits_of(double v)
{
    std::uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

/// The double with bit pattern \p b.
ACT_INLINE double double_of(std::uint64_t b)
{
    double v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

/// The object of type To with the bits of \p v (C++20's std::bit_cast).
template <class To, class From>
ACT_INLINE To bit_cast(From v)
{
    static_assert(sizeof(To) == sizeof(From), "bit_cast: types of one size");
    To out;
    std::memcpy(&out, &v, sizeof out);
    return out;
}

/// The bit pattern of a float.
ACT_INLINE std::uint32_t bits_of(float v) { return bit_cast<std::uint32_t>(v); }

/// The float with bit pattern \p b.
ACT_INLINE float float_of(std::uint32_t b) { return bit_cast<float>(b); }

/// An integer that orders like the double it comes from: a < b exactly when
/// ordered(a) < ordered(b), for non-NaN a and b (-0 and +0 both map to 0).
ACT_INLINE std::int64_t ordered(double v)
{
    const auto b = static_cast<std::int64_t>(bits_of(v));
    return b < 0 ? std::numeric_limits<std::int64_t>::min() - b : b;
}

/// `c ? a : b` for float, double or a 64-bit integer, computed with integer
/// masks on the bit patterns. A plain `?:` lets the compiler move the work
/// that only one side needs into a branch, which stops vectorisation under
/// -ftrapping-math; here both sides are always computed and the choice is
/// pure data flow.
template <class T>
ACT_INLINE T select(bool c, T a, T b)
{
    static_assert(sizeof(T) == 4 || sizeof(T) == 8, "select: a 32- or 64-bit type");
    using U = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    U ua, ub;
    std::memcpy(&ua, &a, sizeof a);
    std::memcpy(&ub, &b, sizeof b);
    const U mask = U(0) - U(c);
    const U r = (ua & mask) | (ub & ~mask);
    T out;
    std::memcpy(&out, &r, sizeof out);
    return out;
}

/// a or b, without the short circuit of `||` (which would be a branch).
ACT_INLINE bool either(bool a, bool b) { return (unsigned(a) | unsigned(b)) != 0u; }

/// a and b, without the short circuit of `&&`.
ACT_INLINE bool both(bool a, bool b) { return (unsigned(a) & unsigned(b)) != 0u; }

/// True for NaN (a quiet comparison: vectorisable).
ACT_INLINE bool is_nan(double v) { return v != v; }

/// |v| (clears the sign bit).
ACT_INLINE double magnitude(double v) { return double_of(bits_of(v) & 0x7fffffffffffffffull); }

/// |v| < limit, for a positive limit, compared on the bit patterns (quiet:
/// false for NaN).
ACT_INLINE bool magnitude_below(double v, double limit) { return bits_of(magnitude(v)) < bits_of(limit); }

/// True for |v| > limit, for a positive limit (and for NaN, which callers replace last).
ACT_INLINE bool magnitude_above(double v, double limit) { return bits_of(magnitude(v)) > bits_of(limit); }

/// True when the sign bit is set (-0 and negative numbers, NaN with sign).
ACT_INLINE bool sign_bit(double v) { return (bits_of(v) >> 63) != 0; }

/// True for v > +0 (and for NaN with a clear sign bit, which callers pass through).
ACT_INLINE bool above_zero(double v) { return static_cast<std::int64_t>(bits_of(v)) > 0; }

/// True for +0 and -0.
ACT_INLINE bool is_zero(double v) { return (bits_of(v) << 1) == 0; }

/// True for v < -limit (limit > 0), and for -inf: where a kernel returns its
/// limit instead of what its formulas would give (-inf * 0, or factors
/// beyond the range of ExpMinusAbs::times).
ACT_INLINE bool below_minus(double v, double limit) { return both(sign_bit(v), magnitude_above(v, limit)); }

/// A zero with the sign of v.
ACT_INLINE double zero_with_sign_of(double v) { return double_of(bits_of(v) & 0x8000000000000000ull); }

/// \brief x/2 with a tie rounded towards +inf, for |x| below twice the
///        smallest normal of its type (where x/2 is a denormal and may be a tie).
///
/// It is the correctly rounded value of \f$x/2 + c x^2\f$ for any c > 0
/// (SiLU's \f$x\sigma(x) = x/2 + x^2/4 + \dots\f$, GELU's
/// \f$x\Phi(x) = x/2 + x^2/\sqrt{2\pi} + \dots\f$) at such x: \f$c x^2\f$ is far
/// below the denormal spacing, so the result is x/2 where that is exact, and
/// where x/2 is a tie (x an odd multiple of the spacing) the true value lies
/// just above it, for either sign of x. Ties to even would give
/// f(2^-1074) = 0 and f(-3 \cdot 2^-1074) = -2^-1073. The sign of x is kept
/// (-2^-1075 + tiny rounds to -0).
/// \param x the input, |x| < 2 * std::numeric_limits<T>::min().
/// \return x/2 rounded as above.
template <class T>
ACT_INLINE T half_tie_up(T x)
{
    using U = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    U b;
    std::memcpy(&b, &x, sizeof b);
    const bool odd = (b & 1u) != 0;
    // x + spacing is exact and even there, so its half is exact: x/2 rounded up.
    const T h = select(odd, (x + std::numeric_limits<T>::denorm_min()) * T(0.5), x * T(0.5));
    U hb;
    std::memcpy(&hb, &h, sizeof hb);
    hb |= b & (U(1) << (8 * sizeof(T) - 1));  // the sign of x (h <= 0 already for x < 0)
    T out;
    std::memcpy(&out, &hb, sizeof out);
    return out;
}

/// \brief \p value, or half_tie_up(x) where |x| is below twice the smallest
///        normal of its type (2^-125 for float, 2^-1021 for double): the
///        rounding near 0 of the functions that start as \f$x/2 + c x^2\f$
///        with c > 0 (SiLU, GELU and its tanh approximation).
/// \param x the input.
/// \param value the kernel's result at x.
/// \return half_tie_up(x) for |x| < 2 * std::numeric_limits<T>::min(), else \p value.
template <class T>
ACT_INLINE T with_half_tie_up(T x, T value)
{
    constexpr double below = 2.0 * static_cast<double>(std::numeric_limits<T>::min());
    return select(magnitude_below(static_cast<double>(x), below), half_tie_up(x), value);
}

/// \p value, or the function's limits at -inf and +inf (where a float
/// kernel's formulas would compute inf * 0 or inf - inf).
ACT_INLINE float with_limits(float x, float at_minus_inf, float at_plus_inf, float value)
{
    std::uint32_t b;
    std::memcpy(&b, &x, sizeof b);
    return select(b == 0xff800000u, at_minus_inf, select(b == 0x7f800000u, at_plus_inf, value));
}

}  // namespace act::core

#endif
