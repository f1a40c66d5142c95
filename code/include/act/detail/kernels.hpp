// Branch-free building blocks that a compiler can vectorise: e^t for t <= 0
// and log(1 + e) for e in [0, 1], written with additions, multiplications
// and integer operations on the bit patterns only.
//
// Why not std::exp? A loop that calls std::exp stays a loop of calls. And
// why no `if` and no `x < c`? Under the default -ftrapping-math an ordered
// comparison with a NaN may raise an exception, so GCC refuses to turn code
// that depends on one into vector selects; comparisons of integers (the bit
// patterns) and `x != x` (NaN tests) are quiet. Every function below
// computes all of its cases and selects at the end.
// Chapter: "Accuracy and speed" (chapters/accuracy).
#ifndef ACT_DETAIL_KERNELS_HPP
#define ACT_DETAIL_KERNELS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

/// Forces inlining of the small kernels: a loop over an array vectorises only
/// when the whole element computation is inlined into it, and GCC's
/// heuristics give up on the unrolled polynomials otherwise.
/// ACT_INLINE_LAMBDA does the same for the lambdas that the lazy overloads
/// hand to detail::elementwise (written `[](auto v) ACT_INLINE_LAMBDA {...}`).
#if defined(__GNUC__)
#define ACT_INLINE inline __attribute__((always_inline))
#define ACT_INLINE_LAMBDA __attribute__((always_inline))
#else
#define ACT_INLINE inline
#define ACT_INLINE_LAMBDA
#endif

namespace act::detail {

/// a*b + c: one fused instruction where the target has FMA (then also
/// rounded once), a multiplication and an addition elsewhere. std::fma
/// without hardware FMA is a slow library call, hence the test.
ACT_INLINE double multiply_add(double a, double b, double c)
{
#if defined(__FMA__)
    return __builtin_fma(a, b, c);
#else
    return a * b + c;
#endif
}

/// The rounding error of p = fl(a*b): a*b - p, exactly (a representable
/// double). With a fused multiply-add where the target has one; elsewhere
/// with Dekker's splitting, which must not be contracted into FMAs (ISO C++
/// mode, -ffp-contract=off) and needs |a|, |b| below about 2^995.
ACT_INLINE double product_error(double a, double b, double p)
{
#if defined(__FMA__)
    return __builtin_fma(a, b, -p);
#else
    constexpr double splitter = 134217729.0;  // 2^27 + 1
    const double ta = splitter * a, tb = splitter * b;
    const double ah = ta - (ta - a), al = a - ah;
    const double bh = tb - (tb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
#endif
}

template <std::size_t N, std::size_t... I>
ACT_INLINE double horner_unrolled(const double (&c)[N], double x, std::index_sequence<I...>)
{
    double p = c[0];
    ((p = multiply_add(p, x, c[I + 1])), ...);
    return p;
}

/// \f$c_0 x^{N-1} + c_1 x^{N-2} + \dots + c_{N-1}\f$ by Horner's rule
/// (coefficients from the highest degree down), unrolled at compile time.
template <std::size_t N>
ACT_INLINE double horner(const double (&c)[N], double x)
{
    return horner_unrolled(c, x, std::make_index_sequence<N - 1>{});
}

/// The bit pattern of a double, and back.
ACT_INLINE std::uint64_t bits_of(double v)
{
    std::uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}
ACT_INLINE double double_of(std::uint64_t b)
{
    double v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

/// An integer that orders like the double it comes from: a < b exactly when
/// ordered(a) < ordered(b), for non-NaN a and b (-0 and +0 both map to 0).
ACT_INLINE std::int64_t ordered(double v)
{
    const auto b = static_cast<std::int64_t>(bits_of(v));
    return b < 0 ? std::numeric_limits<std::int64_t>::min() - b : b;
}

/// `c ? a : b` for float or double, computed with integer masks on the bit
/// patterns. A plain `?:` lets the compiler move the work that only one side
/// needs into a branch, which stops vectorisation under -ftrapping-math;
/// here both sides are always computed and the choice is pure data flow.
template <class T>
ACT_INLINE T blend(bool c, T a, T b)
{
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

/// True for NaN (a quiet comparison: vectorisable).
ACT_INLINE bool is_nan(double v) { return v != v; }

/// |v| (clears the sign bit).
ACT_INLINE double magnitude(double v) { return double_of(bits_of(v) & 0x7fffffffffffffffull); }

/// |v| < limit, for a positive limit, compared on the bit patterns (quiet:
/// false for NaN).
ACT_INLINE bool magnitude_below(double v, double limit) { return bits_of(magnitude(v)) < bits_of(limit); }

/// True when the sign bit is set (-0 and negative numbers, NaN with sign).
ACT_INLINE bool sign_bit(double v) { return (bits_of(v) >> 63) != 0; }

/// True for v > +0 (and for NaN with a clear sign bit, which callers pass through).
ACT_INLINE bool above_zero(double v) { return static_cast<std::int64_t>(bits_of(v)) > 0; }

/// True for +0 and -0.
ACT_INLINE bool is_zero(double v) { return (bits_of(v) << 1) == 0; }

/// 1/n!, rounded once (a constant after inlining).
constexpr double inverse_factorial(int n)
{
    double f = 1.0;
    for (int i = 2; i <= n; ++i) f *= double(i);
    return 1.0 / f;
}

/// 1/n! as a compile-time constant.
template <int N>
inline constexpr double inverse_factorial_v = inverse_factorial(N);

/// \f$\sum_{i=I}^{N} r^{i-I}/i!\f$ by Horner's rule, unrolled at compile time
/// (a run-time loop here would keep GCC from vectorising the caller's loop).
template <int I, int N>
ACT_INLINE double taylor_exp(double r)
{
    if constexpr (I == N) {
        return inverse_factorial_v<I>;
    } else {
        return multiply_add(taylor_exp<I + 1, N>(r), r, inverse_factorial_v<I>);
    }
}

/// \f$\sum_{i=I}^{N-1} s_2^{i-I}/(2i+1)\f$ by Horner's rule, unrolled.
template <int I, int N>
ACT_INLINE double atanh_series(double s2)
{
    if constexpr (I == N - 1) {
        return 1.0 / double(2 * I + 1);
    } else {
        return multiply_add(atanh_series<I + 1, N>(s2), s2, 1.0 / double(2 * I + 1));
    }
}

/// \f$e^r\f$ for \f$|r| \le \ln 2/2\f$, to the accuracy a float result needs:
/// the near-minimax polynomial of degree 6 (mpmath's chebyfit, 40 digits;
/// relative error 2.5e-9 with the coefficients rounded to double; its
/// constant term rounds to 1 exactly), highest degree first. Two
/// multiply-adds fewer than the Taylor polynomial needs for a comparable
/// error (degree 8: 2e-10; degree 7 would leave 1.4e-8).
/// tools/fit_kernels.py regenerates it.
inline constexpr double exp_poly_for_float[] = {0.0013941108433972674, 0.008375126398153335, 0.04166635289677516,
                                                0.16666415514653277,   0.5000000047117757,   1.000000037716214,
                                                1.0};
ACT_INLINE double exp_near_zero_for_float(double r) { return horner(exp_poly_for_float, r); }

/// -min(|t|, limit) = k ln2 + r with |r| <= ln2/2 (Cody and Waite: ln2 in two
/// parts, the first with trailing zero bits so that k ln2_hi is exact), in
/// integers where it matters so that NaN and inf need no comparison.
struct Reduced {
    double r;   ///< the remainder
    double kd;  ///< k + 1.5 2^52: k sits in the low bits of its pattern
    /// k as an integer: the difference of the mantissas of kd and the shift.
    ACT_INLINE std::int64_t k() const { return static_cast<std::int64_t>(bits_of(kd) - bits_of(0x1.8p52)); }
};

ACT_INLINE Reduced reduce_minus_abs(double t, double limit)
{
    const std::uint64_t m = bits_of(t) & 0x7fffffffffffffffull;
    const double u = -double_of(m < bits_of(limit) ? m : bits_of(limit));
    const double shift = 0x1.8p52;                     // adding it rounds to an integer
    const double kd = u * 1.4426950408889634 + shift;  // k = round(u / ln2) sits in the low bits
    const double k = kd - shift;
    return {(u - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10, kd};
}

/// 2^k for a normal result, written into the exponent bits.
ACT_INLINE double power_of_two(std::int64_t k) { return double_of(static_cast<std::uint64_t>(k + 1023) << 52); }

// [listing:exp-kernel]
/// \f$e^{-|t|}\f$ for a double result, as a normal number and a scale:
/// the Taylor polynomial of degree 13 for \f$e^{r}\f$ (truncation 4e-18),
/// |t| up to 760, and \f$2^{k}\f$ added to its exponent bits. Where
/// \f$2^{k}\f$ is near or below the denormals (k < -1000), the exponent
/// gets k + 100 and the scale is \f$2^{-100}\f$, applied last. value() is
/// \f$e^{-|t|}\f$, rounded once where it is denormal; times(c) is
/// \f$c\,e^{-|t|}\f$ with c applied first, so that a denormal product also
/// rounds once (a denormal \f$e^{-|t|}\f$ has already lost the digits that
/// c would need). Beyond |t| = 760, \f$c\,e^{-760}\f$ is still 0 for |c| up
/// to about 1e6; callers whose factor grows with t (x in SiLU's
/// \f$x e^{x}\f$) return the limit themselves below -800.
struct ExpMinusAbs {
    /// \f$e^{r}\,2^{k}\f$, or \f$e^{r}\,2^{k+100}\f$ far out: normal
    double scaled;
    /// 1, or \f$2^{-100}\f$ far out
    double scale;
    ACT_INLINE explicit ExpMinusAbs(double t)
    {
        const Reduced x = reduce_minus_abs(t, 760.0);
        const double p = taylor_exp<0, 13>(x.r);  // e^r, in [0.7, 1.5)
        const std::int64_t k = x.k();              // in [-1097, 0]
        const bool far = k < -1000;
        scale = blend(far, 0x1p-100, 1.0);
        const std::int64_t into_exponent = blend(far, k + 100, k);
        const std::uint64_t shift = static_cast<std::uint64_t>(into_exponent) << 52;
        scaled = double_of(bits_of(p) + shift);  // exact: the result is normal
    }
    ACT_INLINE double value() const { return scaled * scale; }
    ACT_INLINE double times(double c) const { return c * scaled * scale; }
};

/// \f$e^{-|t|}\f$ in double, branch-free, to the accuracy a result of type T
/// needs (-inf and +inf give 0; NaN gives a number the caller replaces).
///  - T = double: ExpMinusAbs(t).value().
///  - T = float: a near-minimax polynomial of degree 6 (above; relative error
///    2.5e-9, a twentieth of a float ULP at worst); |t| up to 708, where
///    e^-|t| is still a normal double and every float result built on it is
///    0 anyway, so one factor suffices.
template <class T>
ACT_INLINE double exp_minus_abs(double t)
{
    if constexpr (sizeof(T) == 4) {
        const Reduced x = reduce_minus_abs(t, 708.0);
        const double p = exp_near_zero_for_float(x.r);  // e^r
        // k in [-1022, 0] sits in the low bits of kd (the shift's low 12
        // bits are 0), so shifting kd's pattern by 52 gives k << 52 directly.
        return double_of(bits_of(p) + (bits_of(x.kd) << 52));  // p 2^k
    } else {
        return ExpMinusAbs(t).value();
    }
}
// [/listing:exp-kernel]

/// \f$e^{-|t|} - 1\f$ in double, branch-free, to the accuracy a result of
/// type T needs: with -|t| = k ln2 + r, \f$e^{r}-1 = r\,(1 + r/2 + r^2/6 +
/// \dots)\f$ keeps the digits of tiny t (Taylor degree 9 for float, 13 for
/// double), and \f$2^{k}(e^{r}-1) + (2^{k}-1)\f$ rebuilds the rest.
template <class T>
ACT_INLINE double expm1_minus_abs(double t)
{
    const Reduced x = reduce_minus_abs(t, 708.0);
    const double em1 = x.r * taylor_exp<1, sizeof(T) == 4 ? 9 : 13>(x.r);  // e^r - 1, no cancellation
    const double two_k = power_of_two(x.k());
    return two_k * em1 + (two_k - 1.0);
}

/// The sigmoid of w, computed in double with e^-|w| to the accuracy that
/// T needs (see exp_minus_abs); not yet rounded to T. Branch-free.
template <class T>
ACT_INLINE double sigmoid_wide(double w)
{
    const double e = exp_minus_abs<T>(w);  // in [0, 1]: cannot overflow
    return (sign_bit(w) ? e : 1.0) / (1.0 + e);
}

/// Terms of the atanh series that make log(m), m in [sqrt(1/2), sqrt(2)],
/// accurate to double (11: truncation 1e-18) or to a float rounded from
/// double (7: 2e-13).
template <class T>
inline constexpr int log_terms = sizeof(T) == 4 ? 7 : 11;

/// \f$\log(1+e)\f$ for \f$e \in [0, 1]\f$, branch-free. u = 1 + e is rounded,
/// and c = (e - (u - 1))/u puts back what the rounding lost (exact for
/// denormal e, where log1p(e) = e). Then u = 2^k m with k in {0, 1} and
/// m in [sqrt(1/2), sqrt(2)], and \f$\log m = 2\operatorname{atanh}(s)\f$,
/// s = (m-1)/(m+1), |s| <= 0.172, from its series \f$2s\sum s^{2i}/(2i+1)\f$.
/// The result is k ln2_hi + (log m + (k ln2_lo + c)): at e = 1 exactly
/// ln2_hi + ln2_lo, the correctly rounded log 2.
template <class T>
ACT_INLINE double log1p_unit(double e)
{
    const double u = 1.0 + e;
    // What the rounding of u lost, over u; for a float result the division
    // by u (in [1, 2]) changes the result by less than 1e-16 and is skipped.
    const double lost = e - (u - 1.0);
    const double c = sizeof(T) == 4 ? lost : lost / u;
    const bool halve = bits_of(u) > bits_of(1.4142135623730951);  // u > sqrt(2), u positive
    const double m = blend(halve, 0.5 * u, u);
    const double f = m - 1.0;  // exact
    const double s = f / (2.0 + f);
    const double z = s * s;
    // log m = f - s f + s R with R = 2(z/3 + z^2/5 + ...), arranged (as in
    // fdlibm) so that f, which is exact, carries most of the value.
    const double r = 2.0 * z * atanh_series<1, log_terms<T>>(z);
    const double half_f2 = 0.5 * f * f;
    const double k = blend(halve, 1.0, 0.0);
    return k * 6.93147180369123816490e-01 +
           (f - (half_f2 - (s * (half_f2 + r) + (k * 1.90821492927058770002e-10 + c))));
}

/// \f$\log(1+e)\f$ for \f$e \in [0, 1]\f$ to the accuracy a float result
/// needs, without a division: \f$e\,q(e)\f$ with q(e) = log1p(e)/e replaced
/// by its near-minimax polynomial of degree 10 on [0, 1] (mpmath's chebyfit,
/// 40 digits; relative error 8.4e-10 with the coefficients rounded to
/// double, under 1.5e-9 evaluated in double: a fortieth of a float ULP),
/// highest degree first (tools/fit_kernels.py regenerates it).
/// The factor e keeps the relative accuracy for tiny e, down to denormals.
inline constexpr double log1p_poly_for_float[] = {
    0.0019866965936534606, -0.013187826565578388, 0.041006573693958395, -0.08188040923582843,
    0.12377995867871511,   -0.16087623009295732,  0.19885820285008451,  -0.24986496459409926,
    0.3333249754352652,    -0.4999997949139123,   0.9999999991556823};
ACT_INLINE double log1p_unit_for_float(double e) { return e * horner(log1p_poly_for_float, e); }

}  // namespace act::detail

#endif
