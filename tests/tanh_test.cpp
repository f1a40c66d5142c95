// Checks of the tanh chapter: act::tanh, act::tanh_derivative,
// act::hardtanh, act::hardtanh_derivative and the chapter's exercise
// solutions.
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

#include <doctest/doctest.h>

#include "act/relu.hpp"
#include "act/sigmoid.hpp"
#include "act/tanh.hpp"
#include "checks.hpp"
#include "tanh/exercises.hpp"

namespace {

// tanh in long double from expm1, which neither overflows nor cancels.
long double tanh_reference(long double x)
{
    const long double m = std::expm1(-2 * std::fabs(x));
    const long double a = -m / (2 + m);
    return x >= 0 ? a : -a;
}

// 1 - tanh^2 = 4 e^-2|x| / (1 + e^-2|x|)^2 in long double.
long double tanh_derivative_reference(long double x)
{
    const long double e = std::exp(-2 * std::fabs(x));
    return 4 * e / ((1 + e) * (1 + e));
}

// mpmath, 40 digits: tanh(1) = 0.7615941559557648881194582826047935904128,
// tanh(1/2) = 0.4621171572600097585023184836436725487303,
// 1 - tanh(1)^2 = 0.4199743416140260693944967390417014449172,
// 1 - tanh(1) = 0.2384058440442351118805417173952064095872.
constexpr long double tanh_1 = 0.7615941559557648881194582826047935904128L;
constexpr long double tanh_half = 0.4621171572600097585023184836436725487303L;
constexpr long double slope_1 = 0.4199743416140260693944967390417014449172L;
constexpr long double gap_1 = 0.2384058440442351118805417173952064095872L;

template <class T>
bool same_bits(T a, T b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

TEST_SUITE("tanh")
{
    TEST_CASE("tanh(1) and tanh(1/2) are correctly rounded, tanh'(1) within 1 ULP")
    {
        checks::correctly_rounded(act::tanh, 1.0L, tanh_1);
        checks::correctly_rounded(act::tanh, 0.5L, tanh_half);
        checks::correctly_rounded(act::tanh, -1.0L, -tanh_1);
        // 0.419974341614 lies 0.49 ULP from one float and 0.51 from the
        // next: the float exponential (2.5e-9 relative) may pick either.
        CHECK(checks::ulp_distance(act::tanh_derivative(1.0f), static_cast<float>(slope_1)) <= 1);
        CHECK(act::tanh_derivative(1.0) == doctest::Approx(double(slope_1)).epsilon(3e-16));
        CHECK(act::tanh_derivative(0.0) == 1.0);
        CHECK(act::tanh_derivative(0.0f) == 1.0f);
    }

    TEST_CASE("tanh is odd and tanh' even, bit for bit, and tanh(+-0) = +-0")
    {
        for (float x : checks::strided_floats(4099)) {
            if (std::isnan(x)) continue;
            CAPTURE(x);
            CHECK(same_bits(act::tanh(-x), -act::tanh(x)));
            CHECK(same_bits(act::tanh_derivative(-x), act::tanh_derivative(x)));
            CHECK(same_bits(act::tanh(-double(x)), -act::tanh(double(x))));
            CHECK(same_bits(act::tanh_derivative(-double(x)), act::tanh_derivative(double(x))));
        }
        CHECK(!std::signbit(act::tanh(0.0)));
        CHECK(std::signbit(act::tanh(-0.0)));
        CHECK(std::signbit(act::tanh(-0.0f)));
    }

    TEST_CASE("tanh(x) = 2 sigmoid(2x) - 1 and tanh'(x) = 1 - tanh(x)^2 away from cancellation")
    {
        for (double x = -20; x <= 20; x += 0.37) {
            CAPTURE(x);
            // 2 sigma(2x) - 1 cancels near 0 (|tanh| small); away from it both
            // sides are within a few ULPs of the truth.
            if (std::fabs(x) > 0.3) CHECK(act::tanh(x) == doctest::Approx(2 * act::sigmoid(2 * x) - 1).epsilon(1e-15));
            // 1 - t^2 cancels as |t| -> 1: compare only where the slope is not small.
            const double t = act::tanh(x);
            if (std::fabs(x) < 2) CHECK(act::tanh_derivative(x) == doctest::Approx(1 - t * t).epsilon(1e-14));
        }
    }

    TEST_CASE("the derivative matches central differences of the long double reference")
    {
        // With h = 1e-5 the difference is good to h^2 |tanh'''| / 6 + 1e-19 / h,
        // about 1e-10: compare absolutely.
        for (long double x = -15; x <= 15; x += 0.173L) {
            CAPTURE(double(x));
            const long double fd = checks::central_difference(tanh_reference, x, 1e-5L);
            CHECK(std::fabs(act::tanh_derivative(double(x)) - fd) < 1e-9L);
        }
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, within ULPs of the reference", T, float, double)
    {
        // tanh -> -1 and +1, tanh' -> 0 at both ends.
        checks::limits<T>(act::tanh, act::tanh_derivative, T(-1), T(1), T(0), T(0));
        // Float: computed in double and rounded once (<= 1 ULP). Double: expm1,
        // a sum and a quotient (or exp, a product and a quotient): <= 3 ULPs.
        const double tolerance = std::is_same_v<T, float> ? 1 : 3;
        checks::finite_near_reference<T>(act::tanh, act::tanh_derivative, tanh_reference, tanh_derivative_reference,
                                         tolerance);
        // Denormal inputs: tanh(x) = x - x^3/3 + ..., which rounds to x.
        using L = std::numeric_limits<T>;
        CHECK(act::tanh(L::denorm_min()) == L::denorm_min());
        CHECK(act::tanh(-L::min()) == -L::min());
        CHECK(act::tanh_derivative(L::denorm_min()) == T(1));
    }

    TEST_CASE_TEMPLATE("far out the slope is a small number, not 0, until it rounds to 0", T, float, double)
    {
        // 4 e^-2x is representable (as a denormal at the end) until x is about
        // 52 in float and 373 in double: the slope must follow the reference there.
        const double tolerance = std::is_same_v<T, float> ? 1 : 3;
        const T to = std::is_same_v<T, float> ? T(60) : T(380);
        for (T x = T(5); x < to; x += T(0.01)) {
            CAPTURE(x);
            const T want = static_cast<T>(tanh_derivative_reference(x));
            if (want > T(0)) CHECK(act::tanh_derivative(x) > T(0));
            CHECK(checks::ulp_distance(act::tanh_derivative(x), want) <= tolerance);
        }
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        CHECK(checks::worst_float_ulps(act::tanh, tanh_reference) <= 1);
        CHECK(checks::worst_float_ulps(act::tanh_derivative, tanh_derivative_reference) <= 1);
    }

    TEST_CASE("near 0 tanh keeps its relative accuracy where 2 sigmoid(2x) - 1 cannot")
    {
        // tanh(x) = x - x^3/3 + 2x^5/15 - ...: for |x| < 1e-4 two terms give
        // 1e-24 relative accuracy.
        for (double x : {1e-4, 3e-7, 1e-9, 1e-15, 1e-200}) {
            CAPTURE(x);
            const long double want = x - (long double)x * x * x / 3;
            CHECK(act::tanh(x) == doctest::Approx(double(want)).epsilon(4e-16));
            CHECK(act::tanh(float(x)) == static_cast<float>(tanh_reference(float(x))));
        }
    }
}

TEST_SUITE("hardtanh")
{
    TEST_CASE("hardtanh clamps to [-1, 1] by default and keeps a zero's sign")
    {
        CHECK(act::hardtanh(-3.0) == -1.0);
        CHECK(act::hardtanh(0.25) == 0.25);
        CHECK(act::hardtanh(7.0f) == 1.0f);
        CHECK(act::hardtanh(-std::numeric_limits<double>::infinity()) == -1.0);
        CHECK(act::hardtanh(std::numeric_limits<float>::infinity()) == 1.0f);
        CHECK(std::signbit(act::hardtanh(-0.0)));
        CHECK(std::isnan(act::hardtanh(std::nan(""))));
        // Between the ends the input comes back bit for bit.
        for (float x : checks::strided_floats(4099))
            if (std::fabs(x) <= 1) CHECK(same_bits(act::hardtanh(x), x));
    }

    TEST_CASE("hardtanh' is 1 strictly inside and 0 at and beyond the corners, as PyTorch's backward")
    {
        // PyTorch 1.13: F.hardtanh(x).sum().backward() at x = -2, -1, -0.5,
        // 0, 1, 2 gives gradients 0, 0, 1, 1, 0, 0 (measured in the chapter's tab too).
        CHECK(act::hardtanh_derivative(-2.0) == 0.0);
        CHECK(act::hardtanh_derivative(-1.0) == 0.0);
        CHECK(act::hardtanh_derivative(std::nextafter(-1.0, 0.0)) == 1.0);
        CHECK(act::hardtanh_derivative(-0.5f) == 1.0f);
        CHECK(act::hardtanh_derivative(0.0) == 1.0);
        CHECK(act::hardtanh_derivative(std::nextafter(1.0f, 0.0f)) == 1.0f);
        CHECK(act::hardtanh_derivative(1.0) == 0.0);
        CHECK(act::hardtanh_derivative(2.0f) == 0.0f);
    }

    TEST_CASE("ReLU6 is hardtanh on [0, 6]")
    {
        for (double x = -10; x <= 10; x += 0.01) {
            CAPTURE(x);
            CHECK(act::hardtanh(x, 0.0, 6.0) == std::min(std::max(x, 0.0), 6.0));
        }
        // min(max(-0, 0), 6) may give +0; the clamp keeps -0, as PyTorch's.
        CHECK(std::signbit(act::hardtanh(-0.0, 0.0, 6.0)));
    }

    TEST_CASE("the largest distance to tanh is 1 - tanh(1), at x = 1 and x = -1")
    {
        // x - tanh(x) increases on [0, 1] (its slope is tanh^2 >= 0) and
        // 1 - tanh(x) decreases on [1, inf): the gap is largest at 1, and by
        // symmetry at -1.
        CHECK(act::hardtanh(1.0) - act::tanh(1.0) == doctest::Approx(double(gap_1)).epsilon(1e-15));
        for (double x = -10; x <= 10; x += 1e-3) {
            CAPTURE(x);
            CHECK(std::fabs(act::hardtanh(x) - act::tanh(x)) <= double(gap_1) + 1e-16);
        }
    }
}

TEST_SUITE("tanh exercises")
{
    TEST_CASE("exercise 1: tanh'(x) = 4 sigmoid'(2x)")
    {
        for (double x = -30; x <= 30; x += 0.11) {
            CAPTURE(x);
            CHECK(exercises::tanh_derivative_via_sigmoid(x) ==
                  doctest::Approx(double(tanh_derivative_reference(x))).epsilon(1e-15).scale(1e-300));
        }
    }

    TEST_CASE("exercise 2: relu(x + 1) - relu(x - 1) - 1 is hardtanh")
    {
        for (double x = -5; x <= 5; x += 0.01) {
            CAPTURE(x);
            // x + 1 and x - 1 round (half an ULP of |x| + 1 each); the clamp is exact.
            CHECK(std::fabs(exercises::hardtanh_from_relus(x) - act::hardtanh(x)) <= 0x1p-52 * (std::fabs(x) + 1));
        }
        CHECK(exercises::hardtanh_from_relus(-1e6) == -1.0);
        CHECK(exercises::hardtanh_from_relus(1e6) == 1.0);
    }

    TEST_CASE("exercise 3: (1 - t)(1 + t) stays within two roundings of the slope at the stored t, the plain form does not")
    {
        double worst_plain = 0;
        for (float t = 0.5f; t < 1.0f; t = std::nextafter(t, 2.0f) + 1e-4f * (1.0f - t)) {
            CAPTURE(t);
            const long double want = 1.0L - static_cast<long double>(t) * t;
            const long double got = exercises::slope_from_output_factored(t);
            CHECK(std::fabs(got - want) <= 0x1p-23L * want);
            worst_plain = std::max(worst_plain, double(std::fabs((1.0f - t * t - want) / want)));
        }
        // The plain form rounds t * t: up to 2^-25 absolute, relative to a
        // 1 - t^2 of about 2^-11.5 at worst (where t * t is no longer exact).
        CHECK(worst_plain > 5e-5);
    }

    TEST_CASE("exercise 4: atanh from log1p keeps small y, the plain log does not")
    {
        for (float y : {0.5f, 1e-2f, 1e-4f, 1e-6f, 1e-30f}) {
            CAPTURE(y);
            const long double want = std::atanh(static_cast<long double>(y));
            CHECK(std::fabs(exercises::atanh_stable(y) - want) <= 3 * 0x1p-24L * want);
        }
        // The plain form: log of (1 + y)/(1 - y) rounded near 1.
        const long double want = std::atanh(1e-6L);
        CHECK(std::fabs(exercises::atanh_naive(1e-6f) - want) > 1e-3L * want);
        // Round trip through the library's tanh.
        // (atanh magnifies the rounding of t by 1/(1 - t^2): at most 14 on [-2, 2].)
        for (double x = -2; x <= 2; x += 0.1) {
            CAPTURE(x);
            CHECK(exercises::atanh_stable(act::tanh(x)) == doctest::Approx(x).epsilon(1e-14).scale(1e-14));
        }
    }
}
