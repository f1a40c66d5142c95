// Vectorisable float kernels for the functions whose headers compute with
// std::exp and branches (SiLU, B-SiLU, NeLU, ELU, SELU, GELU, Mish and
// their derivatives). Each computes in double and rounds once, like the
// scalar functions, but branch-free with the kernels of kernels.hpp, so that
// a lazy xtensor expression over a float array becomes vector code. NeLU's
// kernels, which need no exponential, are templates that serve double too.
// The accuracy study (chapter "Accuracy and speed") measures every one of
// them over all float inputs. Each header's float overloads (scalar and
// lazy) call them; for double, see double_kernels.hpp.
#ifndef ACT_DETAIL_FLOAT_KERNELS_HPP
#define ACT_DETAIL_FLOAT_KERNELS_HPP

#include <cstdint>
#include <cstring>

#include "act/detail/kernels.hpp"

namespace act::detail {

/// `value`, or the function's limits at -inf and +inf (where the formulas
/// below would compute inf * 0 or inf - inf).
ACT_INLINE float with_limits(float x, float at_minus_inf, float at_plus_inf, float value)
{
    std::uint32_t b;
    std::memcpy(&b, &x, sizeof b);
    return blend(b == 0xff800000u, at_minus_inf, blend(b == 0x7f800000u, at_plus_inf, value));
}

/// SiLU, \f$x\sigma(x)\f$, for a float.
ACT_INLINE float silu_float(float x)
{
    const double w = x;
    const float y = static_cast<float>(w * sigmoid_wide<float>(w));
    return blend(is_nan(x), x, with_limits(x, -0.0f, x, y));
}

/// SiLU's minimiser \f$x^* = -1 - W(1/e)\f$, the root of its derivative, as
/// an unevaluated sum hi + lo (mpmath, 40 digits:
/// -1.278464542761073795109358739022980155440; tools/fit_kernels.py). The
/// float kernel here and the double kernel in silu.hpp both use it.
inline constexpr double silu_root_hi = -1.2784645427610737;
inline constexpr double silu_root_lo = -1.0946994183093437e-16;

/// SiLU's derivative for a float. For x >= 0, \f$(1 + e + xe)/(1+e)^2\f$ with
/// \f$e = e^{-x}\f$; for x < 0, \f$e\,F/(1+e)^2\f$ with \f$e = e^{x}\f$ and
/// \f$F = 1 + x + e^{x}\f$, which vanishes at x*: there, with d = x - x*,
/// \f$F = -x^* d - (1+x^*)(e^{d}-1-d)\f$, a sum without cancellation.
/// The window is |d| < 1/8: beyond it the plain sum, whose exponential is
/// good to 2.5e-9, is off by less than 5e-9 relative (a twelfth of a float
/// ULP); within it \f$(e^{d}-1-d)/d^2\f$ to degree 4 in d (the series to
/// \f$d^6/6!\f$) leaves 2e-10 relative in F, because that term is at most
/// 1.4% of F there.
ACT_INLINE float silu_derivative_float(float x)
{
    const double w = x;
    const double e = exp_minus_abs<float>(w);
    const double d = 1.0 + e;
    const double inv2 = 1.0 / (d * d);
    const double positive_side = (d + w * e) * inv2;
    const double dd = (w - silu_root_hi) - silu_root_lo;
    const double near = -silu_root_hi * dd - (1.0 + silu_root_hi) * (dd * dd * taylor_exp<2, 6>(dd));
    const double far = (1.0 + w) + e;
    const bool close = magnitude_below(dd, 0.125);
    const double negative_side = e * blend(close, near, far) * inv2;
    const float y = static_cast<float>(blend(sign_bit(w), negative_side, positive_side));
    return blend(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
}

/// B-SiLU, \f$x\sigma(x) + \frac{\alpha}{2}\tanh(x/2)\f$, for a float: the
/// two terms have the same sign, and tanh(|x|/2) = -expm1(-|x|)/(1+e^-|x|)
/// keeps the digits of tiny x.
ACT_INLINE float bsilu_float(float x, float alpha)
{
    const double w = x;
    const double e = exp_minus_abs<float>(w);
    const double inv = 1.0 / (1.0 + e);  // one division for both terms
    const double sigma = blend(sign_bit(w), e * inv, inv);
    const double tanh_half_abs = -expm1_minus_abs<float>(w) * inv;
    const double tanh_half = blend(sign_bit(w), -tanh_half_abs, tanh_half_abs);
    const float y = static_cast<float>(w * sigma + 0.5 * double(alpha) * tanh_half);
    const bool x_itself = bool(is_nan(w) | is_zero(w));  // NaN, and +-0 keeps its sign
    return blend(x_itself, x, with_limits(x, static_cast<float>(-0.5 * double(alpha)), x, y));
}

/// B-SiLU's derivative, \f$\sigma(x)(1 + (x+\alpha)\sigma(-x))\f$, for a float.
/// With \f$e = e^{-|x|}\f$ it is \f$(1 + e + (x+\alpha)e)/(1+e)^2\f$ for
/// x >= 0 and \f$e\,G/(1+e)^2\f$, \f$G = (1+\alpha+x) + e^{x}\f$, for x < 0.
/// G vanishes at the derivative's root (-2.7349 for alpha = 1.67), and the
/// root moves with alpha, so it is not expanded around a fixed point as
/// SiLU's is. Instead 1 + alpha + x is exact in double (two floats and 1, of
/// similar size) and e is the double-accurate exponential: what is left of G
/// after the cancellation is then accurate to about 1e-17 absolute, far
/// below a float ULP of the result for every float input (the exhaustive
/// float study checks it for the default alpha).
ACT_INLINE float bsilu_derivative_float(float x, float alpha)
{
    const double w = x, a = alpha;
    const double e = exp_minus_abs<double>(w);
    const double d = 1.0 + e;
    const double inv2 = 1.0 / (d * d);
    const double positive_side = (d + (w + a) * e) * inv2;
    const double negative_side = e * (((1.0 + a) + w) + e) * inv2;
    const float y = static_cast<float>(blend(sign_bit(w), negative_side, positive_side));
    return blend(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
}

/// ELU, x for x > 0 and \f$\alpha(e^x-1)\f$ otherwise, for a float.
ACT_INLINE float elu_float(float x, float alpha)
{
    const double w = x;
    const float negative_side = static_cast<float>(double(alpha) * expm1_minus_abs<float>(w));
    return blend(bool(is_nan(x) | above_zero(w) | is_zero(w)), x, negative_side);  // -0 stays -0
}

/// ELU's derivative, 1 for x > 0 and \f$\alpha e^x\f$ otherwise, for a float.
ACT_INLINE float elu_derivative_float(float x, float alpha)
{
    const double w = x;
    const float negative_side = static_cast<float>(double(alpha) * exp_minus_abs<float>(w));
    const bool positive = above_zero(w);
    return blend(is_nan(x), x, blend(positive, 1.0f, negative_side));
}

/// SELU, \f$\lambda\f$ elu(x, \f$\alpha\f$), for a float (lambda and alpha in double).
ACT_INLINE float selu_float(float x, double lambda, double alpha)
{
    const double w = x;
    const double negative_side = lambda * alpha * expm1_minus_abs<float>(w);
    const float y = static_cast<float>(blend(bool(above_zero(w) | is_zero(w)), lambda * w, negative_side));  // -0 stays -0
    return blend(is_nan(x), x, y);
}

/// SELU's derivative, \f$\lambda\f$ or \f$\lambda\alpha e^x\f$, for a float.
ACT_INLINE float selu_derivative_float(float x, double lambda, double alpha)
{
    const double w = x;
    const double negative_side = lambda * alpha * exp_minus_abs<float>(w);
    const bool positive = above_zero(w);
    const float y = static_cast<float>(blend(positive, lambda, negative_side));
    return blend(is_nan(x), x, y);
}

/// tanh(softplus(x)) from e = e^-|x|: \f$n/(n+2)\f$, n = e(e+2), for x <= 0;
/// \f$(1+2e)/(1+2e+2e^2)\f$ for x > 0. No tanh, no log, no cancellation.
ACT_INLINE double tanh_softplus(double w, double e)
{
    const double n = e * (e + 2.0);
    const double left = n / (n + 2.0);
    const double right = (1.0 + 2.0 * e) / (1.0 + 2.0 * e + 2.0 * e * e);
    return blend(above_zero(w), right, left);
}

/// Mish, \f$x\tanh(\operatorname{softplus}(x))\f$, for a float.
ACT_INLINE float mish_float(float x)
{
    const double w = x;
    const float y = static_cast<float>(w * tanh_softplus(w, exp_minus_abs<float>(w)));
    return blend(is_nan(x), x, with_limits(x, -0.0f, x, y));
}

/// The root of Mish's derivative as hi + lo, and \f$e^{x^*}\f$ (mpmath,
/// 40 digits: -1.192431214515495212137588340420739405601;
/// tools/fit_kernels.py).
inline constexpr double mish_root_hi = -1.1924312145154952;
inline constexpr double mish_root_lo = -4.8484829848031044e-17;
inline constexpr double mish_root_exp = 0.3034825352815289;

/// The two sides of Mish's derivative from w and \f$e = e^{-|w|}\f$, before
/// the limits. With t = tanh(softplus(x)) and \f$u = e^{x}\f$,
/// \f$n = u(u+2)\f$: for x <= 0 the slope is \f$uG/(n+2)^2\f$ with
/// \f$G = (u+2)(n+2) + 4x(1+u)\f$, which vanishes at the root x*. Written in
/// d = x - x* and \f$\delta = u - u^*\f$ it is
/// \f$G = \delta(A + \delta(B + \delta)) + 4d(1 + u^* + \delta)\f$,
/// \f$A = 3u^{*2} + 8u^* + 6 + 4x^*\f$, \f$B = 3u^* + 4\f$, and every term
/// has the sign of d: nothing cancels anywhere left of 0. Near the root
/// \f$\delta = u^*(e^{d}-1)\f$; further out \f$\delta = u - u^*\f$
/// directly. For a double result (T = double) "near" is |d| < 1/4 and
/// \f$e^{d}-1\f$ goes to degree 12 (relative truncation 1e-17); for a float
/// result, whose exponential is good to 2.5e-9, |d| < 1/8 and degree 6
/// (truncation 8e-10), and \f$u - u^*\f$ beyond 1/8 is off by under 2e-8,
/// which moves G by under 4e-9 relative. For x > 0, with \f$v = e^{-x}\f$ and
/// \f$D = 1 + 2v + 2v^2\f$, it is \f$((1+2v)D + 4xv^2(1+v))/D^2\f$.
struct MishSlope {
    double positive_side;  ///< the slope for x > 0
    double left_factor;    ///< G, for x <= 0
    double left_divisor;   ///< (n + 2)^2, for x <= 0
};
template <class T>
ACT_INLINE MishSlope mish_slope(double w, double e)
{
    constexpr bool for_float = sizeof(T) == 4;
    // x > 0: v = e
    const double big_d = 1.0 + 2.0 * e + 2.0 * e * e;
    const double positive_side = ((1.0 + 2.0 * e) * big_d + 4.0 * w * e * e * (1.0 + e)) / (big_d * big_d);
    // x <= 0: u = e
    const double n2 = e * (e + 2.0) + 2.0;
    const double u0 = mish_root_exp;
    const double dd = (w - mish_root_hi) - mish_root_lo;
    const bool close = magnitude_below(dd, for_float ? 0.125 : 0.25);
    const double expm1_d = dd * taylor_exp<1, for_float ? 6 : 12>(dd);  // e^d - 1
    const double delta = blend(close, u0 * expm1_d, e - u0);             // u - u0
    const double a = 3.0 * u0 * u0 + 8.0 * u0 + 6.0 + 4.0 * mish_root_hi;
    const double b = 3.0 * u0 + 4.0;
    const double g = delta * (a + delta * (b + delta)) + 4.0 * dd * (1.0 + u0 + delta);
    return {positive_side, g, n2 * n2};
}

/// Mish's derivative for a float (see mish_slope).
ACT_INLINE float mish_derivative_float(float x)
{
    const double w = x;
    const double e = exp_minus_abs<float>(w);
    const MishSlope s = mish_slope<float>(w, e);
    const double negative_side = e * s.left_factor / s.left_divisor;
    const bool positive = above_zero(w);
    const float y = static_cast<float>(blend(positive, s.positive_side, negative_side));
    return blend(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
}

/// NeLU, x for x > 0, \f$\alpha x^2/(1+x^2)\f$ on [-1, 0] and
/// \f$\alpha/(1+x^{-2})\f$ below -1, computed in double and rounded once
/// to T. No exponential, so the same branch-free kernel serves float and
/// double (for double the rounding is a no-op). Both sides are computed and
/// blended, which lets a loop over them vectorise; the numerator and the
/// denominator are picked before the one division, which costs most.
// [listing:nelu-kernel]
template <class T>
ACT_INLINE T nelu_kernel(T x, T alpha)
{
    const double w = x, a = alpha;
    const double u = 1.0 / w;  // in [-1, 0) where it is used; -0 at -inf
    const bool within_one = bits_of(magnitude(w)) <= bits_of(1.0);  // |w| <= 1
    const double numerator = blend(within_one, a * w * w, a);
    const double denominator = blend(within_one, 1.0 + w * w, 1.0 + u * u);
    const T negative_side = static_cast<T>(numerator / denominator);
    return blend(bool(is_nan(w) | above_zero(w)), x, negative_side);
}
// [/listing:nelu-kernel]

/// NeLU's derivative, 1 for x > 0 and \f$2\alpha x/(1+x^2)^2\f$ otherwise
/// (with u = 1/x below -1, so nothing overflows), in double and rounded
/// once to T; float and double share it, like nelu_kernel.
template <class T>
ACT_INLINE T nelu_derivative_kernel(T x, T alpha)
{
    const double w = x, a = alpha;
    const double u = 1.0 / w;
    const bool within_one = bits_of(magnitude(w)) <= bits_of(1.0);  // |w| <= 1
    const double numerator = blend(within_one, 2.0 * a * w, 2.0 * a * u * u * u);
    const double d = blend(within_one, 1.0 + w * w, 1.0 + u * u);
    const T negative_side = static_cast<T>(numerator / (d * d));
    return blend(is_nan(w), x, blend(above_zero(w), T(1), negative_side));
}

/// Mills' ratio \f$R(a) = Q(a)/\varphi(a)\f$ for \f$a \ge 0\f$, where
/// \f$Q(a) = 1 - \Phi(a)\f$ is the upper tail of the standard normal and
/// \f$\varphi\f$ its density: smooth and bounded (R(0) = 1.2533, R(a) ~ 1/a),
/// so a polynomial in \f$t = 3/(3+a) \in (0, 1]\f$ fits it: degree 12,
/// fitted on a in [0, 15] (mpmath's chebyfit, 40 digits; relative error
/// 1.1e-9 with the coefficients rounded to double), highest degree first
/// (tools/fit_kernels.py regenerates it). Beyond 15, \f$\varphi(a)\f$
/// < 1e-49 and every float result built on \f$\varphi R\f$ is 0 or its limit.
inline constexpr double mills_poly_for_float[] = {
    -0.026562169605138044, 0.22522559111568097, -0.8256953495775632, 1.6747493310828052, -1.987352483929188,
    1.3851706987272479,    -0.7113487588896713, 0.39247769411636263, 0.15258042806698782, 0.30877198757896546,
    0.3318651238388548,    0.3334351929991862,  -3.148200128880989e-06};
ACT_INLINE double mills_ratio_for_float(double a)
{
    const std::uint64_t limit = bits_of(15.0);
    const double t = 3.0 / (3.0 + double_of(bits_of(a) < limit ? bits_of(a) : limit));  // a >= 0
    return horner(mills_poly_for_float, t);
}

/// \f$\varphi(a) = e^{-a^2/2}/\sqrt{2\pi}\f$ for a float a: \f$a^2\f$ of a
/// float is exact in double, so the exponential's argument carries no error.
ACT_INLINE double normal_pdf_for_float(double a)
{
    return exp_minus_abs<float>(0.5 * a * a) * 0.3989422804014327;
}

/// GELU, \f$x\Phi(x)\f$, for a float: with a = |x|,
/// \f$\Phi(x) = \varphi(a)R(a)\f$ for x < 0 (relative accuracy down to the
/// tail) and \f$1 - \varphi(a)R(a)\f$ for x >= 0 (at least 1/2: no
/// cancellation).
ACT_INLINE float gelu_float(float x)
{
    const double w = x;
    const double a = magnitude(w);
    const double q = normal_pdf_for_float(a) * mills_ratio_for_float(a);  // the tail Q(a)
    const float y = static_cast<float>(w * blend(sign_bit(w), q, 1.0 - q));
    return blend(is_nan(x), x, with_limits(x, -0.0f, x, y));
}

/// The root of GELU's derivative at x = -a*, where R(a*) = a*, as hi + lo
/// (mpmath, 40 digits: 0.7517915246935644574579049467795240396645;
/// tools/fit_kernels.py). The float kernel here and the double kernel in
/// double_kernels.hpp both use it.
inline constexpr double gelu_root_hi = 0.7517915246935645;
inline constexpr double gelu_root_lo = -1.4956759177009883e-17;

/// S(d) = (R(a* + d) - (a* + d))/d for |d| <= 1/8, as GELU's float
/// derivative uses it: degree 7 (mpmath's chebyfit, 40 digits; relative error
/// 4e-14; S(0) = a*^2 - 2), highest degree first (tools/fit_kernels.py).
inline constexpr double gelu_root_poly_for_float[] = {
    0.0004159603782594251, -0.0013849111259948373, 0.004357889720829394, -0.012944544695045494,
    0.035879024397374955,  -0.09169645167183338,    0.21245271259100207,  -1.4348095033988701};

/// GELU's derivative, \f$\Phi(x) + x\varphi(x)\f$, for a float. For x >= 0
/// it is \f$1 - \varphi(a)(R(a) - a)\f$, a = x, which stays near 1. For x < 0
/// it is \f$\varphi(a)(R(a) - a)\f$, a = -x, and R(a) - a vanishes at a*:
/// within 1/8 of it, \f$R(a) - a = d\,S(d)\f$ with d = a - a* (exact: a and
/// a*_hi are close) and S the polynomial gelu_root_poly_for_float.
ACT_INLINE float gelu_derivative_float(float x)
{
    const double w = x;
    const double a = magnitude(w);
    const double phi = normal_pdf_for_float(a);
    const double far = mills_ratio_for_float(a) - a;
    const double d = (a - gelu_root_hi) - gelu_root_lo;
    const double s = horner(gelu_root_poly_for_float, d);
    const bool close = magnitude_below(d, 0.125);
    const double negative_side = phi * blend(close, d * s, far);
    const double positive_side = 1.0 - phi * far;
    const float y = static_cast<float>(blend(sign_bit(w), negative_side, positive_side));
    return blend(is_nan(x), x, with_limits(x, -0.0f, 1.0f, y));
}

}  // namespace act::detail

#endif
