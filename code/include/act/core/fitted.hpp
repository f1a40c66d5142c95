// The constants that the kernels store, as tools/fit_kernels.py computes
// them with mpmath: near-minimax polynomials (chebyfit, coefficients rounded
// once to double, highest degree first, as core::horner takes them) and the
// roots of derivatives as hi + lo (two doubles whose sum carries about 32
// digits). Float-result fits at 40 digits, double-result fits at 50.
//
// GENERATED: do not edit by hand. Regenerate with
//     python3 tools/fit_kernels.py --write
// The test tools:fits-reproduce-the-headers fails when this file differs.
#ifndef ACT_CORE_FITTED_HPP
#define ACT_CORE_FITTED_HPP

namespace act::core::fitted {

/// e^r for |r| <= ln2/2, to the accuracy a float result needs: the
/// near-minimax polynomial of degree 6 (relative error 2.5e-9 with the
/// coefficients rounded to double; its constant term rounds to 1 exactly).
/// Two multiply-adds fewer than the Taylor polynomial needs for a comparable
/// error (degree 8: 2e-10; degree 7 would leave 1.4e-8). Used by
/// core::exp_minus_abs<float>.
inline constexpr double exp_poly_for_float[] = {
    0.0013941108433972674,
    0.008375126398153335,
    0.04166635289677516,
    0.16666415514653277,
    0.5000000047117757,
    1.000000037716214,
    1.0};

/// q(e) = log1p(e)/e on [0, 1], degree 10 (relative error 8.4e-10 with the
/// coefficients rounded to double, under 1.5e-9 evaluated in double: a
/// fortieth of a float ULP). Used by core::log1p_unit_for_float.
inline constexpr double log1p_poly_for_float[] = {
    0.0019866965936534606,
    -0.013187826565578388,
    0.041006573693958395,
    -0.08188040923582843,
    0.12377995867871511,
    -0.16087623009295732,
    0.19885820285008451,
    -0.24986496459409926,
    0.3333249754352652,
    -0.4999997949139123,
    0.9999999991556823};

/// Mills' ratio R(a) = Q(a)/phi(a) (Q the upper tail of the standard normal,
/// phi its density) as a polynomial in t = 3/(3 + a), a in [0, 15]: degree 12,
/// relative error 1.1e-9 with the coefficients rounded to double. Beyond 15,
/// phi(a) < 1e-49 and every float result built on phi R is 0 or its limit.
/// Used by GELU's float kernels.
inline constexpr double mills_poly_for_float[] = {
    -0.026562169605138044,
    0.22522559111568097,
    -0.8256953495775632,
    1.6747493310828052,
    -1.987352483929188,
    1.3851706987272479,
    -0.7113487588896713,
    0.39247769411636263,
    0.15258042806698782,
    0.30877198757896546,
    0.3318651238388548,
    0.3334351929991862,
    -3.148200128880989e-06};

/// S(d) = (R(a* + d) - (a* + d))/d for |d| <= 1/8, as GELU's float derivative
/// uses it: degree 7 (relative error 4e-14; S(0) = a*^2 - 2).
inline constexpr double gelu_root_poly_for_float[] = {
    0.0004159603782594251,
    -0.0013849111259948373,
    0.004357889720829394,
    -0.012944544695045494,
    0.035879024397374955,
    -0.09169645167183338,
    0.21245271259100207,
    -1.4348095033988701};

/// The root of GELU's derivative lies at x = -a*, where R(a*) = a*: a* as
/// hi + lo.
inline constexpr double gelu_root_hi = 0.7517915246935645;
inline constexpr double gelu_root_lo = -1.4956759177009883e-17;

/// SiLU's minimiser x* = -1 - W(1/e), the root of its derivative, as hi + lo
/// (W: Lambert's function).
inline constexpr double silu_root_hi = -1.2784645427610737;
inline constexpr double silu_root_lo = -1.0946994183093437e-16;

/// B-SiLU's minimiser at its default alpha (the double nearest 1.67),
/// x0 = -(1 + alpha) - W(e^(-1-alpha)), the root of its derivative, as hi + lo,
/// and e^(x0): the doubles BSiLU::left_factor(1.67) computes, bit for bit
/// (tests/bsilu_test.cpp).
inline constexpr double bsilu_root_hi = -2.7349004665497567;
inline constexpr double bsilu_root_lo = 2.17091197050734e-16;
inline constexpr double bsilu_root_exp = 0.06490046654975656;

/// The root of Mish's derivative as hi + lo, and e^(x*).
inline constexpr double mish_root_hi = -1.1924312145154952;
inline constexpr double mish_root_lo = -4.8484829848031044e-17;
inline constexpr double mish_root_exp = 0.3034825352815289;

/// GELU's tanh approximation x sigma(z), z = C x (1 + K x^2): C = sqrt(8/pi)
/// (twice PyTorch's sqrt(2/pi), because 1 + tanh(u) = 2 sigma(2u)) as hi + lo.
inline constexpr double gelu_tanh_scale_hi = 1.5957691216057308;
inline constexpr double gelu_tanh_scale_lo = -9.96930880911092e-17;

/// K = 0.044715, the cubic coefficient of the tanh approximation, as hi + lo
/// (0.044715 is not a double).
inline constexpr double gelu_tanh_cubic_hi = 0.044715;
inline constexpr double gelu_tanh_cubic_lo = 2.1960211427085595e-18;

/// The minimiser of the tanh approximation, the root of 1 + e^z + x z', as
/// hi + lo, and e^z there.
inline constexpr double gelu_tanh_root_hi = -0.7524614220710163;
inline constexpr double gelu_tanh_root_lo = 3.635560509207687e-17;
inline constexpr double gelu_tanh_root_exp = 0.29195521191476714;

/// H(y) with R(a)/sqrt(2 pi) = t H(2t - 1), t = 8/(8 + a), for a in [0, 40]:
/// degree 24, fit error 8e-20. Used by GELU's double kernels.
inline constexpr double mills_h[] = {
    -8.754197466632972e-12,
    -1.0895638729792138e-09,
    1.774267368635596e-09,
    1.1129270145494884e-08,
    1.0018356791270345e-08,
    -6.217222580382801e-08,
    -3.3420010434245285e-07,
    -7.226386550949688e-07,
    4.821737222961293e-07,
    1.0867927874943517e-05,
    5.381131706476516e-05,
    0.0001872391775840413,
    0.0005326992960692741,
    0.0013111176501250713,
    0.0028731307137465903,
    0.00570270954736281,
    0.010368685486504927,
    0.017406490409722298,
    0.027135461066399965,
    0.039451124968840096,
    0.05366333238487028,
    0.06846128249098885,
    0.08206152011146972,
    0.0925360500402132,
    0.09824509242484987};

/// G(d) with (R(a) - a)/sqrt(2 pi) = d G(d), d = a - a*, for |d| <= 1/2:
/// degree 16, fit error 2e-20. Used by GELU's double derivative.
inline constexpr double mills_root_g[] = {
    -5.978297138463493e-10,
    2.7458735715071836e-09,
    -1.1648595986076855e-08,
    5.052323693999309e-08,
    -2.1294047202986463e-07,
    8.68241771820971e-07,
    -3.4209155955876656e-06,
    1.2990551616442634e-05,
    -4.739626366175405e-05,
    0.0001655376436561294,
    -0.0005510161701180539,
    0.001738550434823482,
    -0.005164140672990896,
    0.014313659799253241,
    -0.03658159148937988,
    0.0847563696385306,
    -0.5724061752276146};

}  // namespace act::core::fitted

#endif
