// Checks of the NeLU chapter: act::nelu, act::nelu_derivative and the
// chapter's exercise solutions.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>

#include "act/nelu.hpp"
#include "checks.hpp"
#include "nelu/exercises.hpp"

namespace {

// The paper's definition of the slope (Horuz et al., 2025), in long double.
long double slope_reference(long double x, long double alpha = 0.05L)
{
    if (x > 0) return 1;
    const long double d = 1 + x * x;
    return 2 * alpha * x / (d * d);
}

// The antiderivative continuous at 0, alpha - alpha/(1 + x^2) on x <= 0, in
// long double (the subtraction costs nothing at the precision we compare).
long double nelu_reference(long double x, long double alpha = 0.05L)
{
    if (x > 0) return x;
    return alpha - alpha / (1 + x * x);
}

}  // namespace

TEST_SUITE("nelu")
{
    TEST_CASE("values from the definition: slope -alpha/2 at -1, value alpha/2 there")
    {
        // 2 alpha (-1) / (1 + 1)^2 = -alpha/2 and alpha * 1 / (1 + 1) = alpha/2.
        for (double alpha : {0.01, 0.05, 0.1}) {
            CAPTURE(alpha);
            CHECK(act::nelu_derivative(-1.0, alpha) == doctest::Approx(-alpha / 2).epsilon(1e-16));
            CHECK(act::nelu(-1.0, alpha) == doctest::Approx(alpha / 2).epsilon(1e-16));
            CHECK(act::nelu(2.5, alpha) == 2.5);
            CHECK(act::nelu_derivative(2.5, alpha) == 1.0);
            CHECK(act::nelu(0.0, alpha) == 0.0);
            CHECK(act::nelu_derivative(0.0, alpha) == 0.0);  // the x <= 0 branch at 0
        }
    }

    TEST_CASE("the function is an antiderivative of the slope: central differences")
    {
        for (double alpha : {0.01, 0.05, 0.1}) {
            for (double x = -20; x <= 20; x += 0.0625) {
                if (std::fabs(x) < 1e-3) continue;  // the kink at 0
                CAPTURE(alpha);
                CAPTURE(x);
                const long double fd = checks::central_difference(
                    [alpha](long double v) { return nelu_reference(v, alpha); }, x, 1e-6L);
                CHECK(std::fabs(double(fd) - act::nelu_derivative(x, alpha)) <= 1e-10);
                // and the library's function has the same differences
                const double h = 1e-5;
                const double fd_lib = (act::nelu(x + h, alpha) - act::nelu(x - h, alpha)) / (2 * h);
                CHECK(std::fabs(fd_lib - act::nelu_derivative(x, alpha)) <= 1e-8);
            }
        }
    }

    TEST_CASE("integrating the slope from 0 gives the function (Simpson's rule)")
    {
        // nelu(x) = integral from 0 to x of nelu'(t) dt, the constant fixed by
        // continuity at 0 (nelu(0) = 0, the value of ReLU there).
        for (double x : {-0.3, -1.0, -2.0, -5.0, -12.0}) {
            const int n = 100000;
            const long double h = (long double)x / n;
            long double sum = slope_reference(0) + slope_reference(x);
            for (int i = 1; i < n; ++i) sum += (i % 2 ? 4 : 2) * slope_reference(i * h);
            const long double integral = sum * h / 3;
            CAPTURE(x);
            CHECK(act::nelu(x) == doctest::Approx(double(integral)).epsilon(1e-11));
        }
    }

    TEST_CASE("continuous at 0, the paper's -alpha/(1+x^2) is the same up to the constant alpha")
    {
        CHECK(act::nelu(-1e-8) == doctest::Approx(0.05e-16).epsilon(1e-12));
        CHECK(act::nelu(-1e-8) > 0.0);
        for (double x = -50; x <= 0; x += 0.25) {
            CAPTURE(x);
            CHECK(act::nelu(x) - (-0.05 / (1 + x * x)) == doctest::Approx(0.05).epsilon(1e-15));
        }
        // With the paper's form the function would jump from -alpha to 0 at 0.
        CHECK(-0.05 / (1 + 0.0) == -0.05);
    }

    TEST_CASE("the slope is negative on x < 0, most negative -3 sqrt(3) alpha/8 at -1/sqrt(3)")
    {
        // d/dx [x/(1+x^2)^2] = (1 - 3x^2)/(1+x^2)^3 = 0 at x^2 = 1/3; the value there
        // is 2 alpha (-1/sqrt 3)/(4/3)^2 = -9 alpha/(8 sqrt 3) = -3 sqrt(3) alpha / 8.
        for (double alpha : {0.01, 0.05, 0.1}) {
            const double at = -1 / std::sqrt(3.0);
            const double lowest = -3 * std::sqrt(3.0) * alpha / 8;
            CAPTURE(alpha);
            CHECK(act::nelu_derivative(at, alpha) == doctest::Approx(lowest).epsilon(1e-15));
            for (double x = -30; x < 0; x += 1e-3) {
                CHECK(act::nelu_derivative(x, alpha) < 0);
                CHECK(act::nelu_derivative(x, alpha) >= lowest);
            }
            // Falling: the function decreases towards 0 as x rises to 0.
            CHECK(act::nelu(-2.0, alpha) > act::nelu(-1.0, alpha));
            CHECK(act::nelu(-1.0, alpha) > act::nelu(-0.5, alpha));
        }
        const auto [x, slope] = exercises::nelu_steepest(0.05);
        CHECK(x == doctest::Approx(-1 / std::sqrt(3.0)).epsilon(1e-14));
        CHECK(slope == doctest::Approx(-3 * std::sqrt(3.0) * 0.05 / 8).epsilon(1e-14));
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, within ULPs of the reference", T, float, double)
    {
        using L = std::numeric_limits<T>;
        const T a = T(0.05);
        // alpha x^2 / (1 + x^2) -> alpha at -inf, with slope -> 0; x at +inf.
        checks::limits<T>(act::nelu, act::nelu_derivative, a, L::infinity(), T(0), T(1));
        // 2 alpha / x^3 for very negative x: non-zero while representable.
        const T big = std::is_same_v<T, float> ? T(-1e12) : T(-1e100);
        CHECK(act::nelu_derivative(big) < T(0));
        CHECK(act::nelu_derivative(big) ==
              doctest::Approx(double(2 * 0.05L / ((long double)big * big * big))).epsilon(1e-6));
        const double tolerance = std::is_same_v<T, float> ? 1 : 4;
        // long double's range holds x^2 and (1+x^2)^2 for every double x.
        const auto value_reference = [a](long double x) { return x > 0 ? x : a * x * x / (1 + x * x); };
        const auto slope = [a](long double x) { return slope_reference(x, a); };
        checks::finite_near_reference<T>(act::nelu, act::nelu_derivative, value_reference, slope, tolerance);
    }

    TEST_CASE("the textbook slope overflows in (1+x^2)^2 where the value is still normal")
    {
        const double x = exercises::first_overflowing_slope();
        const double d = 1 + x * x;
        CHECK(std::isinf(d * d));
        const double right = std::nextafter(x, 0.0);
        CHECK(std::isfinite((1 + right * right) * (1 + right * right)));
        CHECK(act::nelu_derivative(x) < 0.0);
        CHECK(act::nelu_derivative(x) > -std::numeric_limits<double>::min() * 1e100);  // tiny but
        CHECK(act::nelu_derivative(x) < -std::numeric_limits<double>::min());          // normal
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        const auto value = [](long double x) { return x > 0 ? x : 0.05f * x * x / (1 + x * x); };
        const auto slope = [](long double x) { return slope_reference(x, 0.05f); };
        CHECK(checks::worst_float_ulps(act::nelu, value) <= 1);
        CHECK(checks::worst_float_ulps(act::nelu_derivative, slope) <= 1);
    }
}

TEST_SUITE("nelu exercises")
{
    TEST_CASE("exercise 1: the steepest negative slope, by golden section on the slope")
    {
        // Checked in the suite above against -1/sqrt(3); here against a scan.
        double lowest = 0;
        for (double x = -5; x <= 0; x += 1e-5) lowest = std::min(lowest, act::nelu_derivative(x, 0.1));
        CHECK(exercises::nelu_steepest(0.1).second == doctest::Approx(lowest).epsilon(1e-9));
    }

    TEST_CASE("exercise 2: SUGAR gradients of NeLU and B-SiLU point the same way only on part of x < 0")
    {
        // NeLU's slope is negative on all of x < 0; B-SiLU's is positive between
        // its minimum and 0, so the two surrogates disagree in sign there.
        const auto [from, to] = exercises::sign_disagreement(0.05, 1.67);
        CHECK(to == 0.0);
        CHECK(from == doctest::Approx(-2.7349004665497566).epsilon(1e-12));  // B-SiLU's minimum (mpmath)
        CHECK(exercises::surrogate_gradients(-1.0).first < 0);   // NeLU
        CHECK(exercises::surrogate_gradients(-1.0).second > 0);  // B-SiLU
        CHECK(exercises::surrogate_gradients(-4.0).first < 0);
        CHECK(exercises::surrogate_gradients(-4.0).second < 0);
    }

    TEST_CASE("exercise 3: the first double where the textbook slope overflows")
    {
        const double x = exercises::first_overflowing_slope();
        // (1 + x^2)^2 > max  <=>  |x| > max^(1/4), about 1.16e77.
        CHECK(-x == doctest::Approx(std::pow(std::numeric_limits<double>::max(), 0.25)).epsilon(1e-14));
    }
}
