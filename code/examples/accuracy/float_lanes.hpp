// Two sigmoids computed in float throughout, for the question the speed
// study raises: would 16 float lanes per AVX-512 instruction, instead of the
// library's 8 double lanes, reach goals 2 and 3 at 1 ULP?
//  - plain: e^-|x| and the division in float, as libtorch's float kernels
//    do. Fast, and over 1 ULP (the float study measures by how much).
//  - compensated: the same with the rounding errors carried along: e^-|x|
//    as a pair of floats (hi + lo) and a division corrected by its exact
//    remainder. Within 1 ULP, and hardly faster than the library's double
//    route (the speed study measures both).
// A third function, the library's exponential alone, is only timed.
// Not part of the library: the study's float-only forms of the sigmoid, and
// rows of the speed study. Both use std::fma, which is one rounding in every
// build (a library call where the target has no FMA instruction, so the
// study's default build runs them slowly and gets the same results).
// Chapter: "Accuracy and speed", deep dive "float arithmetic, and other trade-offs".
#ifndef ACT_ACCURACY_FLOAT_LANES_HPP
#define ACT_ACCURACY_FLOAT_LANES_HPP

#include <cmath>
#include <cstdint>

#include "act/core/bits.hpp"
#include "act/core/exp.hpp"

namespace lanes {

using act::core::bits_of;
using act::core::float_of;

/// 2^k for k in [-126, 0], written into the exponent bits.
ACT_INLINE float power_of_two(std::int32_t k) { return float_of(static_cast<std::uint32_t>(k + 127) << 23); }

/// -|x| = k ln2 + r, in float: the steps both sigmoids share.
struct Reduced {
    float r;          ///< in [-ln2/2, ln2/2], exact (see below)
    float r_lo;       ///< -k (ln2 - ln2_hi): what the one-float ln2 leaves out
    std::int32_t k;   ///< in [-150, 0]
};

ACT_INLINE Reduced reduce(float x)
{
    // |x| capped at 104 (e^-104 is below half the smallest denormal), in
    // integers so that NaN and inf need no comparison.
    const std::uint32_t m = bits_of(x) & 0x7fffffffu, limit = bits_of(104.0f);
    const float u = -float_of(m < limit ? m : limit);
    const float shift = 0x1.8p23f;  // adding it rounds to an integer
    const float kd = std::fma(u, 1.44269504f, shift);
    const float k = kd - shift;
    // ln2_hi = float(ln2): k ln2_hi and u are both multiples of 2^-24 and
    // their difference is below 0.35, so the fma rounds nothing.
    const float r = std::fma(k, -0.693147182f, u);
    return {r, k * 1.90465421e-9f, static_cast<std::int32_t>(bits_of(kd) - bits_of(shift))};
}

/// The sigmoid with e^-|x| and the division in float: a degree-6
/// polynomial for e^r (Taylor coefficients), 2^k as two factors so that
/// denormal results round once, and one float division.
ACT_INLINE float sigmoid_plain(float x)
{
    const Reduced t = reduce(x);
    const float r = t.r + t.r_lo;
    float p = 1.0f / 720;
    p = std::fma(p, r, 1.0f / 120);
    p = std::fma(p, r, 1.0f / 24);
    p = std::fma(p, r, 1.0f / 6);
    p = std::fma(p, r, 0.5f);
    p = std::fma(p, r, 1.0f);
    p = std::fma(p, r, 1.0f);
    const std::int32_t k1 = t.k / 2, k2 = t.k - k1;
    const float e = p * power_of_two(k1) * power_of_two(k2);  // e^-|x|
    const bool negative = (bits_of(x) >> 31) != 0;
    const float y = (negative ? e : 1.0f) / (1.0f + e);
    return act::core::select(x != x, x, y);
}

/// The sigmoid in float with its rounding errors carried along.
///  1. e^r = 1 + r + r^2/2 + r^3 Q(r): r^2 exactly as rr + rr_lo (one fma),
///     Q a near-minimax polynomial of degree 4 (mpmath's chebyfit, relative
///     error 8e-9), and the sum kept as eh + el with exact additions
///     (Fast2Sum: the larger term first), el below half an ulp of eh: the
///     correction in step 3 divides by dh alone, which needs dl that small.
///  2. the denominator 1 + e as dh + dl, exactly, with e = 2^k (eh + el);
///  3. the quotient n / d (n = 1 for x >= 0, e^-|x| unscaled for x < 0) as
///     q = n (1/dh), corrected by the remainder n - q dh, which one fma gives
///     exactly: y = q + (n - q dh + nl - q dl) / dh.
///  4. for x < 0, y times 2^k, in two factors (one rounding for denormals).
ACT_INLINE float sigmoid_compensated(float x)
{
    const Reduced t = reduce(x);
    const float r = t.r;
    const float rr = r * r;
    const float rr_lo = std::fma(r, r, -rr);
    float q = 1.98829297e-4f;
    q = std::fma(q, r, 1.39263919e-3f);
    q = std::fma(q, r, 8.33332075e-3f);
    q = std::fma(q, r, 4.16665534e-2f);
    q = std::fma(q, r, 1.66666667e-1f);
    const float cubic = (rr * r) * q;
    const float half_rr = 0.5f * rr;
    const float s = r + half_rr;  // |r| >= r^2/2: Fast2Sum
    const float s_lo = half_rr - (s - r);
    const float e1 = 1.0f + s;  // 1 >= |s|: Fast2Sum
    const float tail = (s - (e1 - 1.0f)) + (std::fma(0.5f, rr_lo, s_lo) + cubic);
    const float eh = e1 + tail;  // renormalised (Fast2Sum), so that el < ulp(eh)
    const float el = std::fma(e1, t.r_lo, tail - (eh - e1));  // e^(r + r_lo) = e^r (1 + r_lo)

    // [listing:carried-division]
    // 1 + e: below 2^-126, e no longer changes 1, so 2^max(k, -126) will do.
    const float scale = power_of_two(t.k < -126 ? -126 : t.k);
    const float e_hi = eh * scale, e_lo = el * scale;
    const float dh = 1.0f + e_hi;
    const float dl = ((1.0f - dh) + e_hi) + e_lo;

    const bool negative = (bits_of(x) >> 31) != 0;
    const float nh = negative ? eh : 1.0f;
    const float nl = negative ? el : 0.0f;
    const float inverse = 1.0f / dh;
    const float q0 = nh * inverse;
    const float remainder = std::fma(-q0, dh, nh);
    const float y0 = std::fma(std::fma(-q0, dl, remainder) + nl, inverse, q0);
    // [/listing:carried-division]

    const std::int32_t k1 = t.k / 2, k2 = t.k - k1;
    const float y = negative ? y0 * power_of_two(k1) * power_of_two(k2) : y0;
    return act::core::select(x != x, x, y);
}

/// Only the exponential of the library's float sigmoid: e^-|x| in
/// double, rounded to float. A row of the speed study, not a form of the
/// sigmoid: it shows what share of the sigmoid's time the exponential in
/// double lanes takes.
ACT_INLINE float exp_minus_abs_in_double(float x) { return static_cast<float>(act::core::exp_minus_abs<float>(x)); }

}  // namespace lanes

#endif
