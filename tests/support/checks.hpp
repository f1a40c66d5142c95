// Helpers shared by every chapter's tests: ULP distances, inputs at the
// edges of the floating-point range, a high-precision reference type and
// finite differences. They compute; they never hold expected results.
#ifndef ACT_TESTS_CHECKS_HPP
#define ACT_TESTS_CHECKS_HPP

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

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

/// Central difference (f(x+h) - f(x-h)) / 2h in long double.
template <class F>
long double central_difference(F f, long double x, long double h)
{
    return (f(x + h) - f(x - h)) / (2 * h);
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
