// Helpers shared by every chapter's tests: ULP distances, inputs at the
// edges of the floating-point range, finite differences, and the checks
// every function's tests make (limits, NaN, finite results near a
// reference, exactly known values). They compute and compare; the expected
// results are the caller's, with their sources.
#ifndef ACT_TESTS_CHECKS_HPP
#define ACT_TESTS_CHECKS_HPP

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>

namespace checks {

/// Distance between two finite values of T counted in representable numbers
/// (units in the last place); 0 for equal values, and for two NaNs.
template <class T>
double ulp_distance(T a, T b)
{
    if (std::isnan(a) && std::isnan(b)) return 0;
    if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<double>::infinity();
    if (a == b) return 0;
    using Bits = std::conditional_t<sizeof(T) == 4, std::int32_t, std::int64_t>;
    auto ordered = [](T v) {
        Bits i;
        std::memcpy(&i, &v, sizeof v);
        // Map the sign-magnitude bit pattern onto a monotonic integer line.
        return i < 0 ? std::numeric_limits<Bits>::min() - i : i;
    };
    const long double d = static_cast<long double>(ordered(a)) - static_cast<long double>(ordered(b));
    return static_cast<double>(d < 0 ? -d : d);
}

/// Inputs every function is checked on: zeros, denormals, the smallest
/// normal, moderate values, large values, the largest finite, infinities.
template <class T>
std::vector<T> extreme_inputs()
{
    using L = std::numeric_limits<T>;
    const std::vector<T> magnitudes = {T(0), L::denorm_min(), L::min(), T(1e-30), T(1e-5), T(0.5),
                                       T(1), T(20), T(88), T(1e4), L::max() / 2, L::max(),
                                       L::infinity()};
    std::vector<T> out;
    for (T m : magnitudes) {
        out.push_back(m);
        out.push_back(-m);
    }
    return out;
}

/// Every `stride`-th float bit pattern from +0 up through -NaN, NaNs left
/// out: about a million inputs spread evenly (in representable numbers) over
/// the whole float range, both signs, zeros, denormals and infinities.
inline std::vector<float> strided_floats(std::uint32_t stride = 4099)
{
    std::vector<float> out;
    for (std::uint64_t bits = 0; bits <= 0xffffffffu; bits += stride) {
        const auto b = static_cast<std::uint32_t>(bits);
        float x;
        std::memcpy(&x, &b, sizeof x);
        if (!std::isnan(x)) out.push_back(x);
    }
    return out;
}

/// The largest distance in ULPs between f(x) and the reference ref(x)
/// (long double, rounded to float) over strided_floats(), the infinities
/// left out (limits() checks those).
template <class F, class Ref>
double worst_float_ulps(F f, Ref ref)
{
    double worst = 0;
    for (const float x : strided_floats()) {
        if (std::isinf(x)) continue;
        worst = std::max(worst, ulp_distance(f(x), static_cast<float>(ref(x))));
    }
    return worst;
}

/// Central difference (f(x+h) - f(x-h)) / 2h in long double.
template <class F>
long double central_difference(F f, long double x, long double h)
{
    return (f(x + h) - f(x - h)) / (2 * h);
}

/// The limits of f and its derivative df in T: NaN for NaN; f(-inf),
/// f(+inf), df(-inf), df(+inf) as given; and at the largest finite inputs
/// the same limits, or the input itself where the limit is infinite (f is
/// x plus a constant below half an ULP of the largest T there).
template <class T, class F, class DF>
void limits(F f, DF df, T at_minus_inf, T at_plus_inf, T slope_at_minus_inf, T slope_at_plus_inf)
{
    using L = std::numeric_limits<T>;
    CHECK(std::isnan(f(L::quiet_NaN())));
    CHECK(std::isnan(df(L::quiet_NaN())));
    CHECK(f(-L::infinity()) == at_minus_inf);
    CHECK(f(L::infinity()) == at_plus_inf);
    CHECK(df(-L::infinity()) == slope_at_minus_inf);
    CHECK(df(L::infinity()) == slope_at_plus_inf);
    CHECK(f(L::lowest()) == at_minus_inf);
    CHECK(f(L::max()) == (std::isinf(at_plus_inf) ? L::max() : at_plus_inf));
}

/// For every finite input x of extreme_inputs<T>(): f(x) and df(x) are
/// finite and within `tolerance` ULPs of the references ref(x) and dref(x)
/// (long double, rounded to T).
template <class T, class F, class DF, class Ref, class DRef>
void finite_near_reference(F f, DF df, Ref ref, DRef dref, double tolerance)
{
    for (T x : extreme_inputs<T>()) {
        if (std::isinf(x)) continue;
        CAPTURE(x);
        const T y = f(x), d = df(x);
        CHECK(std::isfinite(y));
        CHECK(std::isfinite(d));
        CHECK(ulp_distance(y, static_cast<T>(ref(x))) <= tolerance);
        CHECK(ulp_distance(d, static_cast<T>(dref(x))) <= tolerance);
    }
}

/// f at x, in double and in float, is `exact` (a value known to more digits
/// than double holds) rounded to double and to float.
template <class F>
void correctly_rounded(F f, long double x, long double exact)
{
    CHECK(f(static_cast<double>(x)) == static_cast<double>(exact));
    CHECK(f(static_cast<float>(x)) == static_cast<float>(exact));
}

/// Checks `printed` (as a framework printed it) against `value`: they must
/// agree to within half a unit of the last digit printed.
inline bool matches_printed(double value, const std::string& printed)
{
    const auto dot = printed.find('.');
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(printed.size() - dot - 1);
    const double half_unit = 0.5 * std::pow(10.0, -decimals);
    return std::fabs(value - std::stod(printed)) <= half_unit * (1 + 1e-9);
}

}  // namespace checks

#endif
