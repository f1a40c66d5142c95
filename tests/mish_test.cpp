// Checks of the Mish chapter: act::mish, act::mish_derivative, the float
// forms it compares, the relation to SiLU and the exercise solutions.
#include <cmath>
#include <limits>

#include <doctest/doctest.h>

#include "act/mish.hpp"
#include "act/silu.hpp"
#include "checks.hpp"
#include "mish/exercises.hpp"
#include "mish/forms.hpp"

namespace {

// Mish in long double as its author writes it, x tanh(log(1 + e^x)): fine
// where e^x neither overflows nor underflows (|x| < 10000 in long double).
long double mish_textbook(long double x) { return x * std::tanh(std::log1p(std::exp(x))); }
long double silu_textbook(long double x) { return x / (1 + std::exp(-x)); }

// From mpmath at 45 digits (mp.findroot of mp.diff of x tanh(log1p(exp(x)))
// and of the gap to x / (1 + exp(-x)); mp.diff for the second derivatives):
constexpr long double x_star = -1.192431214515495212137588340420739405601L;     // Mish'(x*) = 0
constexpr long double min_value = -0.3088434130172504066287602290419537284596L;  // Mish(x*)
constexpr long double second_at_x_star = 0.2669479140495345113166230540606664605465L;
constexpr long double gap_max_at = 1.820808387019698704491881578993077743549L;
constexpr long double gap_max = 0.1843511436278508433665705842095622746614L;
constexpr long double gap_min_at = -0.7908274441108920475226507193525577983595L;
constexpr long double gap_min = -0.03594613889855132715495668641270756715414L;
constexpr long double slope_min_at = -2.25637639636079312000574854395L;
constexpr long double slope_min = -0.112526122389462556407327901149L;
constexpr long double slope_max_at = 1.4905711794854284592944189082L;
constexpr long double slope_max = 1.08849816125172786122829362739L;

}  // namespace

TEST_SUITE("mish")
{
    TEST_CASE("Mish is x tanh(log(1 + e^x)) and tanh(softplus(x)) = n / (n + 2), n = e^x (e^x + 2)")
    {
        for (double x = -30; x <= 30; x += 0.0173) {
            CAPTURE(x);
            CHECK(act::mish(x) == doctest::Approx(double(mish_textbook(x))).epsilon(1e-14).scale(1e-300));
            const long double u = std::exp(static_cast<long double>(x));
            const long double n = u * (u + 2);
            CHECK(double(std::tanh(std::log1p(u))) == doctest::Approx(double(n / (n + 2))).epsilon(1e-15));
        }
    }

    TEST_CASE("the derivative, derived: t + x sech^2(softplus) sigma = u G / (n + 2)^2, and central differences")
    {
        for (long double x = -20; x <= 20; x += 0.0371L) {
            CAPTURE(double(x));
            const long double u = std::exp(x), n = u * (u + 2), t = n / (n + 2);
            const long double sigma = u / (1 + u);
            const long double chain = t + x * (1 - t * t) * sigma;
            const long double g = (u + 2) * (n + 2) + 4 * x * (1 + u);
            CHECK(double(chain) == doctest::Approx(double(u * g / ((n + 2) * (n + 2)))).epsilon(1e-12).scale(1e-18));
            const long double fd = checks::central_difference(mish_textbook, x, 1e-5L);
            CHECK(std::fabs(act::mish_derivative(double(x)) - fd) < 1e-9L);
        }
        CHECK(act::mish_derivative(0.0) == doctest::Approx(0.6).epsilon(1e-15));  // t(0) = 3/5, sech^2 = 16/25, sigma = 1/2: 3/5 + 0
    }

    TEST_CASE("the minimum: the slope changes sign at x* (mpmath), and no point of a grid lies lower")
    {
        const double xs = double(x_star);
        CHECK(act::mish_derivative(std::nextafter(xs, -2.0)) <= 0);
        CHECK(act::mish_derivative(std::nextafter(xs, 0.0)) >= 0);
        CHECK(act::mish(xs) == doctest::Approx(double(min_value)).epsilon(1e-15));
        // near x*, Mish'(x* + h) = h Mish''(x*) to first order: relative accuracy kept
        for (double h : {1e-3, 1e-6, 1e-9, 1e-12}) {
            CAPTURE(h);
            CHECK(act::mish_derivative(xs + h) == doctest::Approx(double(h * second_at_x_star)).epsilon(2e-3));
        }
        for (double x = -20; x <= 20; x += 1e-3) CHECK(act::mish(x) >= act::mish(xs));
    }

    TEST_CASE("non-monotonic: Mish falls on (-inf, x*) and rises after")
    {
        for (double x = -40; x < double(x_star) - 1e-9; x += 0.01) REQUIRE(act::mish_derivative(x) < 0);
        for (double x = double(x_star) + 1e-9; x < 40; x += 0.01) REQUIRE(act::mish_derivative(x) > 0);
    }

    TEST_CASE("Mish lies above SiLU right of 0 and below it left of 0, and the largest gaps (mpmath)")
    {
        for (double x = -30; x <= 30; x += 0.01) {
            CAPTURE(x);
            const double gap = act::mish(x) - act::silu(x);
            if (x > 0) CHECK(gap > 0);
            if (x < 0) CHECK(gap < 0);
            CHECK(gap <= double(gap_max) + 1e-15);
            CHECK(gap >= double(gap_min) - 1e-15);
            // the long double subtraction keeps 9 digits for |x| < 20
            if (std::fabs(x) < 20)
                CHECK(double(mish_textbook(x) - silu_textbook(x)) ==
                      doctest::Approx(exercises::mish_minus_silu(x)).epsilon(1e-9));
        }
        CHECK(act::mish(double(gap_max_at)) - act::silu(double(gap_max_at)) ==
              doctest::Approx(double(gap_max)).epsilon(1e-14));
        CHECK(act::mish(double(gap_min_at)) - act::silu(double(gap_min_at)) ==
              doctest::Approx(double(gap_min)).epsilon(1e-13));
    }

    TEST_CASE("the float forms: the rational form gives NaN and 0, the definition loses the far left")
    {
        // (1 + u)^2 overflows float once 1 + u > sqrt(FLT_MAX), x > ln(sqrt(FLT_MAX)) = 44.36...
        CHECK(std::isfinite(forms::rational(44.0f)));
        CHECK(std::isnan(forms::rational(44.5f)));
        CHECK(act::mish(44.5f) == 44.5f);
        // 1 + u rounds to 1 once u < 2^-24, x < -24 ln 2 = -16.63...: 0 instead of about x e^x
        CHECK(forms::rational(-17.0f) == 0.0f);
        CHECK(forms::rational(-16.0f) != 0.0f);
        CHECK(checks::ulp_distance(act::mish(-17.0f), float(act::Mish::reference<long double>(-17.0L))) <= 1);
        // e^-100 is a float denormal with a few bits: the definition is off by more than 1e-3 relative
        const long double want = act::Mish::reference<long double>(-100.0L);
        CHECK(std::fabs((forms::definition(-100.0f) - want) / want) > 1e-3L);
        CHECK(checks::ulp_distance(act::mish(-100.0f), float(want)) <= 1);
        // the definition at -inf: -inf * tanh(0) is NaN; the library gives -0
        CHECK(std::isnan(forms::definition(-std::numeric_limits<float>::infinity())));
        CHECK(act::mish(-std::numeric_limits<float>::infinity()) == 0.0f);
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, within ULPs of the reference", T, float, double)
    {
        using L = std::numeric_limits<T>;
        checks::limits<T>(act::mish, act::mish_derivative, T(0), L::infinity(), T(0), T(1));
        const auto ref = [](long double x) { return act::Mish::reference<long double>(x); };
        const auto dref = [](long double x) { return act::Mish::reference_derivative<long double>(x); };
        checks::finite_near_reference<T>(act::mish, act::mish_derivative, ref, dref,
                                         std::is_same_v<T, float> ? 1 : 4);
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        CHECK(checks::worst_float_ulps([](float x) { return act::mish(x); },
                                       [](float x) { return act::Mish::reference<long double>(x); }) <= 1);
        CHECK(checks::worst_float_ulps([](float x) { return act::mish_derivative(x); },
                                       [](float x) { return act::Mish::reference_derivative<long double>(x); }) <= 1);
    }
}

TEST_SUITE("mish exercises")
{
    TEST_CASE("exercise 1: Mish - SiLU = x u^2 / ((u + 1)(u^2 + 2u + 2)) without subtracting")
    {
        // where the subtraction in long double keeps 10 digits: the gap is
        // about x u^2 / 2 of Mish on the left and about e^-x of it on the right
        for (double x = -15; x <= 15; x += 0.013) {
            CAPTURE(x);
            CHECK(exercises::mish_minus_silu(x) ==
                  doctest::Approx(double(mish_textbook(x) - silu_textbook(x))).epsilon(1e-9).scale(1e-300));
        }
        // far left the gap is x u^2 / 2 (1 - 2u + ...): relative 1e-11 at x = -25
        const double x = -25, u = std::exp(x);
        CHECK(exercises::mish_minus_silu(x) == doctest::Approx(x * u * u / 2).epsilon(1e-10));
        // far right it is x v (1 - 3v + ...), v = e^-x: relative 1e-10 at x = 25
        const double y = 25, v = std::exp(-y);
        CHECK(exercises::mish_minus_silu(y) == doctest::Approx(y * v).epsilon(1e-10));
        CHECK(exercises::mish_minus_silu(1000.0) == 0.0);  // no overflow: x e^-x underflows
    }

    TEST_CASE("exercise 2: the smallest and largest slopes of Mish (mpmath)")
    {
        const exercises::SlopeRange s = exercises::mish_slope_range();
        CHECK(s.min == doctest::Approx(double(slope_min)).epsilon(1e-12));
        CHECK(s.max == doctest::Approx(double(slope_max)).epsilon(1e-12));
        CHECK(s.min_at == doctest::Approx(double(slope_min_at)).epsilon(1e-5));
        CHECK(s.max_at == doctest::Approx(double(slope_max_at)).epsilon(1e-5));
        for (double x = -30; x <= 30; x += 1e-3) {
            CHECK(act::mish_derivative(x) >= s.min - 1e-15);
            CHECK(act::mish_derivative(x) <= s.max + 1e-15);
        }
    }

    TEST_CASE("exercise 3: Mish in float arithmetic stays within 4 ULPs where e^-|x| and the result are normal")
    {
        for (const float x : checks::strided_floats()) {
            const long double want = act::Mish::reference<long double>(x);
            // where e^-|x| is a normal float (|x| < 87) and the result too
            if (std::fabs(x) > 87 || std::fabs(want) < std::numeric_limits<float>::min()) continue;
            CAPTURE(x);
            REQUIRE(checks::ulp_distance(exercises::mish_float(x), float(want)) <= 4);
        }
        CHECK(exercises::mish_float(std::numeric_limits<float>::infinity()) == std::numeric_limits<float>::infinity());
        CHECK(exercises::mish_float(-std::numeric_limits<float>::infinity()) == 0.0f);
        CHECK(std::isnan(exercises::mish_float(std::numeric_limits<float>::quiet_NaN())));
    }
}
