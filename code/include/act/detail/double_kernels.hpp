// Vectorisable double kernels for ELU, SELU (and their derivatives), SiLU
// and Mish (SiLU's derivative is in silu.hpp, next to the root it expands
// around): the shapes of the float kernels, with the exponentials of
// kernels.hpp at double accuracy instead of std::exp and std::expm1, so that
// a lazy xtensor expression over a double array becomes vector code.
// Far left, where e^x is denormal, the factor that multiplies e^x goes in
// before 2^k (ExpMinusAbs::times), so that the product rounds once instead
// of inheriting the few digits of a denormal e^x.
// The double study (chapter "Accuracy and speed") measures every one of them.
#ifndef ACT_DETAIL_DOUBLE_KERNELS_HPP
#define ACT_DETAIL_DOUBLE_KERNELS_HPP

#include <cstdint>

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

/// True for x < -800, where \f$|x e^{x}|\f$ < 1e-345 is below every denormal
/// (and for -inf, where x e^x would be -inf * 0).
ACT_INLINE bool far_left(double x)
{
    return bool(sign_bit(x) & ((bits_of(x) & 0x7fffffffffffffffull) > bits_of(800.0)));
}

/// SiLU, \f$x\sigma(x)\f$, for a double: \f$x/(1+e)\f$ with \f$e = e^{-|x|}\f$
/// for x >= 0, and \f$e \cdot x/(1+e)\f$ for x < 0.
ACT_INLINE double silu_double(double x)
{
    const ExpMinusAbs exp(x);
    const double e = exp.value();
    const double positive_side = x / (1.0 + e);
    const double negative_side = exp.times(positive_side);  // x e^x / (1 + e^x)
    const double y = blend(sign_bit(x), blend(far_left(x), -0.0, negative_side), positive_side);
    return blend(is_nan(x), x, y);
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
    const double y = blend(above_zero(x), positive_side, blend(far_left(x), -0.0, negative_side));
    return blend(is_nan(x), x, y);
    // [/listing:mish-rewrite]
}

}  // namespace act::detail

#endif
