// Vectorisable double kernels for ELU, SELU, GELU, Mish (and their
// derivatives) and SiLU; SiLU's derivative and B-SiLU are in their own
// headers, next to the listings their chapters show. They have the shapes of
// the float kernels, with the exponentials of kernels.hpp at double accuracy
// instead of std::exp and std::expm1, so that a lazy xtensor expression over
// a double array becomes vector code. Far left, where e^x is denormal, the
// factor that multiplies e^x goes in before 2^k (ExpMinusAbs::times), so that
// the product rounds once instead of inheriting the few digits of a denormal
// e^x.
// The double study (chapter "Accuracy and speed") measures every one of them.
#ifndef ACT_DETAIL_DOUBLE_KERNELS_HPP
#define ACT_DETAIL_DOUBLE_KERNELS_HPP

#include <cstdint>

#include "act/detail/float_kernels.hpp"
#include "act/detail/kernels.hpp"

namespace act::detail {

/// ELU, x for x > 0 and \f$\alpha(e^x-1)\f$ otherwise, for a double (-0 stays -0).
ACT_INLINE double elu_double(double x, double alpha)
{
    const double negative_side = alpha * expm1_minus_abs<double>(x);
    return blend(bool(is_nan(x) | above_zero(x) | is_zero(x)), x, negative_side);
}

/// ELU's derivative, 1 for x > 0 and \f$\alpha e^x\f$ otherwise, for a double.
ACT_INLINE double elu_derivative_double(double x, double alpha)
{
    return blend(is_nan(x), x, blend(above_zero(x), 1.0, ExpMinusAbs(x).times(alpha)));
}

/// SELU, \f$\lambda x\f$ or \f$\lambda\alpha(e^x-1)\f$, for a double (-0 stays -0).
ACT_INLINE double selu_double(double x, double lambda, double alpha)
{
    const double negative_side = lambda * alpha * expm1_minus_abs<double>(x);
    return blend(is_nan(x), x, blend(bool(above_zero(x) | is_zero(x)), lambda * x, negative_side));
}

/// SELU's derivative, \f$\lambda\f$ or \f$\lambda\alpha e^x\f$, for a double.
ACT_INLINE double selu_derivative_double(double x, double lambda, double alpha)
{
    return blend(is_nan(x), x, blend(above_zero(x), lambda, ExpMinusAbs(x).times(lambda * alpha)));
}

/// True for |x| > limit (and for NaN, which callers replace last).
ACT_INLINE bool far_out(double x, double limit)
{
    return bits_of(magnitude(x)) > bits_of(limit);
}

/// True for x < -limit (limit > 0), and for -inf: where a kernel returns its
/// limit instead of what its formulas would give (-inf * 0, or factors
/// beyond the range of ExpMinusAbs::times). -800 for \f$x e^{x}\f$, whose
/// magnitude is below every denormal there (1e-345).
ACT_INLINE bool far_left(double x, double limit)
{
    return bool(sign_bit(x) & far_out(x, limit));
}


/// \f$x\sigma(x)\f$ from \f$e = e^{-|x|}\f$ (as ExpMinusAbs) and
/// \f$q \approx x/(1+e)\f$: q for x >= 0, \f$e \cdot q\f$ for x < 0 (with e
/// applied after q, so that a denormal product rounds once), -0 below -800.
/// Shared by SiLU and B-SiLU.
ACT_INLINE double silu_from(double x, const ExpMinusAbs& exp, double q)
{
    return blend(sign_bit(x), blend(far_left(x, 800.0), -0.0, exp.times(q)), q);
}

/// SiLU, \f$x\sigma(x)\f$, for a double: \f$x/(1+e)\f$ with \f$e = e^{-|x|}\f$
/// for x >= 0, and \f$e \cdot x/(1+e)\f$ for x < 0.
ACT_INLINE double silu_double(double x)
{
    const ExpMinusAbs exp(x);
    return blend(is_nan(x), x, silu_from(x, exp, x / (1.0 + exp.value())));
}

/// Mish, \f$x\tanh(\operatorname{softplus}(x))\f$, for a double, with
/// \f$e = e^{-|x|}\f$: \f$x(1+2e)/(1+2e+2e^2)\f$ for x > 0, and
/// \f$e \cdot x(e+2)/(e(e+2)+2)\f$ for x <= 0 (no tanh, no log, nothing
/// subtracted).
ACT_INLINE double mish_double(double x)
{
    // [listing:mish-rewrite]
    const ExpMinusAbs exp(x);
    const double e = exp.value();
    const double positive_side = x * (1.0 + 2.0 * e) / (1.0 + 2.0 * e + 2.0 * e * e);
    const double negative_side = exp.times(x * (e + 2.0) / (e * (e + 2.0) + 2.0));
    const double left = blend(far_left(x, 800.0), -0.0, negative_side);  // x < -800: -0
    return blend(is_nan(x), x, blend(above_zero(x), positive_side, left));
    // [/listing:mish-rewrite]
}

/// Mish's derivative for a double (see mish_slope): far left, the factor
/// \f$G/(n+2)^2 \approx 1 + x\f$ goes in before 2^k; below -800 the slope is
/// -0, above 40 it is 1 (and at +inf the formula would give inf * 0).
ACT_INLINE double mish_derivative_double(double x)
{
    const ExpMinusAbs exp(x);
    const MishSlope s = mish_slope<double>(x, exp.value());
    const double negative_side = exp.times(s.left_factor / s.left_divisor);
    const double y = blend(above_zero(x), blend(far_out(x, 40.0), 1.0, s.positive_side),
                           blend(far_left(x, 800.0), -0.0, negative_side));
    return blend(is_nan(x), x, y);
}

// GELU in double. With a = |x|, the normal tail is \f$Q(a) = 1 - \Phi(a) =
// e^{-a^2/2}\,R(a)/\sqrt{2\pi}\f$, R being Mills' ratio, and
//   GELU(x)  = x Q(a)                 for x < 0,   x - x Q(a)      for x >= 0;
//   GELU'(x) = \varphi(a)(R(a) - a)   for x < 0,   1 - the same    for x >= 0.
// Nothing is subtracted that cancels (x Q(x) <= x/2), and no erfc is needed:
// R/sqrt(2 pi) is a polynomial (tools/fit_kernels.py), and e^{-a^2/2}
// comes from ExpMinusAbs with a^2 split exactly into p + e.

/// Coefficients of H(y), \f$R(a)/\sqrt{2\pi} = t\,H(2t-1)\f$ with
/// \f$t = 8/(8+a)\f$, for a in [0, 40]: degree 24, fit error 8e-20.
inline constexpr double mills_h[] = {
    -8.754197466632972e-12, -1.0895638729792138e-09, 1.774267368635596e-09, 1.1129270145494884e-08,
    1.0018356791270345e-08, -6.217222580382801e-08, -3.3420010434245285e-07, -7.226386550949688e-07,
    4.821737222961293e-07, 1.0867927874943517e-05, 5.381131706476516e-05, 0.0001872391775840413,
    0.0005326992960692741, 0.0013111176501250713, 0.0028731307137465903, 0.00570270954736281,
    0.010368685486504927, 0.017406490409722298, 0.027135461066399965, 0.039451124968840096,
    0.05366333238487028, 0.06846128249098885, 0.08206152011146972, 0.0925360500402132,
    0.09824509242484987};

/// Coefficients of G(d), \f$(R(a) - a)/\sqrt{2\pi} = d\,G(d)\f$ with
/// \f$d = a - a^*\f$, for |d| <= 1/2: degree 16, fit error 2e-20.
inline constexpr double mills_root_g[] = {
    -5.978297138463493e-10, 2.7458735715071836e-09, -1.1648595986076855e-08, 5.052323693999309e-08,
    -2.1294047202986463e-07, 8.68241771820971e-07, -3.4209155955876656e-06, 1.2990551616442634e-05,
    -4.739626366175405e-05, 0.0001655376436561294, -0.0005510161701180539, 0.001738550434823482,
    -0.005164140672990896, 0.014313659799253241, -0.03658159148937988, 0.0847563696385306,
    -0.5724061752276146};

/// \f$R(a)/\sqrt{2\pi}\f$ for a in [0, 40], to double accuracy. t = 8/(8+a)
/// is rounded, and near a = 0 the result is sensitive to t (a relative error
/// in t comes out about 6 times larger); so t is carried as t + t_lo (the
/// sum 8 + a and the quotient both have exactly known errors), y = 2t - 1 as
/// y + y_lo, and the polynomial's value at y is corrected to first order
/// with the derivative that the ratio's equation gives,
/// \f$R'(a) = aR(a) - 1\f$.
ACT_INLINE double mills_ratio_double(double a)
{
    constexpr double inv_sqrt_2pi = 0.3989422804014327;
    const double s = a + 8.0;
    const double s_error = a - (s - 8.0);  // a + 8 = s + s_error (s - 8 is exact)
    const double t = 8.0 / s;
    const double ts = t * s;
    const double remainder = (8.0 - ts) - product_error(t, s, ts);  // 8 - t s, exactly
    const double t_lo = (remainder - t * s_error) * (t * 0.125);     // 8/(8 + a) - t
    const double y = 2.0 * t - 1.0;
    const double y_lo = (2.0 * t - (y + 1.0)) + 2.0 * t_lo;  // the first part is exact
    const double r = 0.5 * (y + 1.0) * horner(mills_h, y);   // (y + 1)/2 is exact
    // d/dy of R/sqrt(2 pi) = (1 - a R)/sqrt(2 pi) * 8/(2 t^2), and 8/(2 t^2) = s^2/16.
    return multiply_add(y_lo, (inv_sqrt_2pi - a * r) * (s * s * 0.0625), r);
}

/// \f$e^{-a^2/2}\f$ for a = |x| as ExpMinusAbs, with the part of \f$a^2\f$
/// that the rounding of a*a loses kept apart: \f$a^2/2 = p/2 + \epsilon\f$.
struct HalfSquareExp {
    ExpMinusAbs exp;
    double epsilon;
    ACT_INLINE explicit HalfSquareExp(double a, double p) : exp(0.5 * p), epsilon(0.5 * product_error(a, a, p)) {}
    /// \f$c\,e^{-a^2/2} = c(1-\epsilon)e^{-p/2}\f$, rounded once where it is denormal.
    ACT_INLINE double times(double c) const { return exp.times(multiply_add(c, -epsilon, c)); }
};

/// GELU, \f$x\Phi(x)\f$, for a double: x Q(a) for x < 0 and x - x Q(a) for x >= 0.
ACT_INLINE double gelu_double(double x)
{
    // [listing:gelu-tail]
    const double a = magnitude(x);
    const HalfSquareExp gauss(a, a * a);
    const double x_tail = gauss.times(x * mills_ratio_double(a));  // x Q(a)
    const double y = blend(sign_bit(x), x_tail, x - x_tail);
    // Beyond |x| = 40, Q(a) < 1e-349: the result is x, or 0 on the left;
    // x at +-0 and NaN.
    const bool x_itself = bool(is_nan(x) | is_zero(x));
    return blend(x_itself, x, blend(far_out(x, 40.0), blend(sign_bit(x), -0.0, x), y));
    // [/listing:gelu-tail]
}

/// GELU's derivative, \f$\Phi(x) + x\varphi(x)\f$, for a double:
/// \f$\varphi(a)(R(a) - a)\f$ for x < 0, 1 minus that for x >= 0, and near
/// the root (|a - a*| < 1/2) R(a) - a as d G(d), which does not cancel.
ACT_INLINE double gelu_derivative_double(double x)
{
    constexpr double inv_sqrt_2pi = 0.3989422804014327;
    const double a = magnitude(x);
    const HalfSquareExp gauss(a, a * a);
    const double d = (a - gelu_root_hi) - gelu_root_lo;  // a - hi is exact near the root
    const bool close = magnitude_below(d, 0.5);
    const double near = d * horner(mills_root_g, d);
    const double far = multiply_add(-a, inv_sqrt_2pi, mills_ratio_double(a));
    const double ratio_minus_a = blend(close, near, far);  // (R(a) - a)/sqrt(2 pi)
    const double v = gauss.times(ratio_minus_a);  // phi(a) (R(a) - a)
    const double y = blend(sign_bit(x), v, 1.0 - v);
    return blend(is_nan(x), x, blend(far_out(x, 40.0), blend(sign_bit(x), -0.0, 1.0), y));
}

}  // namespace act::detail

#endif
