// Checks of the GELU chapter: act::gelu, act::gelu_tanh, their derivatives
// and the chapter's exercise solutions.
#include <algorithm>
#include <cmath>
#include <limits>

#include <doctest/doctest.h>

#include "act/gelu.hpp"
#include "act/sigmoid.hpp"
#include "checks.hpp"
#include "gelu/exercises.hpp"

namespace {

// GELU in long double, x Phi(x) with Phi(x) = erfc(-x/sqrt2)/2 (no cancellation).
long double gelu_reference(long double x) { return x * std::erfc(-x / std::sqrt(2.0L)) / 2; }

// The tanh approximation in long double as its authors write it,
// x/2 (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3))): accurate where 1 + tanh does
// not cancel, that is for x > -3 (1 + tanh >= 2e-4 there).
long double gelu_tanh_textbook(long double x)
{
    const long double pi = 3.141592653589793238462643383279502884L;
    return x / 2 * (1 + std::tanh(std::sqrt(2 / pi) * (x + 0.044715L * x * x * x)));
}

// The minimisers and minima, from mpmath at 40 digits: findroot of
// R(a) = a (R Mills' ratio) for GELU, x* = -a; findroot of the derivative
// of x / (1 + exp(-sqrt(8/pi) x (1 + 0.044715 x^2))) for the tanh form;
// and the second derivatives there (mp.diff).
constexpr long double x_star = -0.7517915246935644574579049467795240396645L;
constexpr long double min_value = -0.1699712074799036616938684709824339228329L;
constexpr long double x_star_tanh = -0.7524614220710162584879544432889160906054L;
constexpr long double min_value_tanh = -0.1700407505712540506390674279875556835771L;
constexpr long double second_at_x_star_tanh = 0.4304000910248585090799274366083234393869L;

}  // namespace

TEST_SUITE("gelu")
{
    TEST_CASE("the tanh approximation is x/2 (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3)))")
    {
        for (double x = -3; x <= 30; x += 0.0137) {
            CAPTURE(x);
            const long double want = gelu_tanh_textbook(x);
            CHECK(act::gelu_tanh(x) == doctest::Approx(double(want)).epsilon(1e-14).scale(1e-300));
            CHECK(checks::ulp_distance(act::gelu_tanh(float(x)), float(gelu_tanh_textbook(float(x)))) <= 1);
        }
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        CHECK(checks::worst_float_ulps([](float x) { return act::gelu_tanh(x); },
                                       [](float x) { return act::GELUTanh::reference<long double>(x); }) <= 1);
        CHECK(checks::worst_float_ulps([](float x) { return act::gelu_tanh_derivative(x); },
                                       [](float x) { return act::GELUTanh::reference_derivative<long double>(x); }) <= 1);
        // every float around the minimiser, where the derivative's formula cancels
        for (float x = -0.80f; x < -0.70f; x = std::nextafter(x, 0.0f)) {
            CAPTURE(x);
            const float want = float(act::GELUTanh::reference_derivative<long double>(x));
            REQUIRE(checks::ulp_distance(act::gelu_tanh_derivative(x), want) <= 1);
        }
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, near the reference", T, float, double)
    {
        const T inf = std::numeric_limits<T>::infinity();
        checks::limits<T>([](T x) { return act::gelu_tanh(x); }, [](T x) { return act::gelu_tanh_derivative(x); },
                          T(-0.0), inf, T(-0.0), T(1));
        CHECK(std::signbit(act::gelu_tanh(T(-0.0))));
        CHECK(act::gelu_tanh_derivative(T(0)) == T(0.5));  // sigma(0)
        // float: within 1 ULP; double: the sum of its operations' roundings
        checks::finite_near_reference<T>([](T x) { return act::gelu_tanh(x); },
                                         [](T x) { return act::gelu_tanh_derivative(x); },
                                         [](T x) { return act::GELUTanh::reference<long double>(x); },
                                         [](T x) { return act::GELUTanh::reference_derivative<long double>(x); },
                                         std::is_same_v<T, float> ? 1.0 : 8.0);
    }

    TEST_CASE("double results keep their accuracy far left, where |z| is in the hundreds")
    {
        // An error e in z costs a relative e sigma(-z) in x sigma(z): z rounded
        // to one double would cost up to hundreds of ULPs near x = -21, where
        // |z| is about 700. The kernel carries z as two doubles.
        double worst = 0, worst_slope = 0;
        for (double x = -21.5; x <= 21.5; x += 1e-3) {
            worst = std::max(worst, checks::ulp_distance(act::gelu_tanh(x),
                                                         double(act::GELUTanh::reference<long double>(x))));
            if (std::fabs(x - double(x_star_tanh)) > 0.05)  // the long double reference cancels there
                worst_slope = std::max(worst_slope, checks::ulp_distance(act::gelu_tanh_derivative(x),
                                                                         double(act::GELUTanh::reference_derivative<long double>(x))));
        }
        CHECK(worst <= 6);
        CHECK(worst_slope <= 10);
    }

    TEST_CASE("the minimum of GELU: Phi(x*) = -x* phi(x*), so GELU(x*) = -x*^2 phi(x*)")
    {
        const double xs = double(x_star);
        CHECK(act::gelu_derivative(std::nextafter(xs, -2.0)) < 0);
        CHECK(act::gelu_derivative(std::nextafter(xs, 0.0)) > 0);
        CHECK(act::gelu(xs) == doctest::Approx(double(min_value)).epsilon(1e-15));
        const long double phi = std::exp(-x_star * x_star / 2) / std::sqrt(2 * 3.141592653589793238462643383279502884L);
        CHECK(double(-x_star * x_star * phi) == doctest::Approx(double(min_value)).epsilon(1e-15));
        for (double x = -20; x <= 20; x += 1e-3) {
            CAPTURE(x);
            CHECK(act::gelu(x) >= act::gelu(xs));
        }
    }

    TEST_CASE("the minimum of the tanh form lies left of GELU's, and lower")
    {
        const double xs = double(x_star_tanh);
        CHECK(act::gelu_tanh_derivative(std::nextafter(xs, -2.0)) < 0);
        CHECK(act::gelu_tanh_derivative(std::nextafter(xs, 0.0)) > 0);
        CHECK(act::gelu_tanh(xs) == doctest::Approx(double(min_value_tanh)).epsilon(1e-15));
        CHECK(x_star_tanh < x_star);
        CHECK(min_value_tanh < min_value);
        for (double x = -20; x <= 20; x += 1e-3) {
            CAPTURE(x);
            CHECK(act::gelu_tanh(x) >= act::gelu_tanh(xs));
        }
    }

    TEST_CASE("near x* the tanh form's derivative keeps its relative accuracy")
    {
        // f'(x* + h) = h f''(x*) + O(h^2). x* to 32 digits as two doubles (the
        // mpmath value above split): a long double x* is off by up to 4e-20,
        // a relative 4e-5 of h = 1e-15.
        const double star_hi = -0.7524614220710163, star_lo = 3.635560509207687e-17;
        CHECK(static_cast<long double>(star_hi) + star_lo == doctest::Approx(x_star_tanh).epsilon(1e-18).scale(0));
        for (double offset : {1e-15, -1e-14, 1e-12, -1e-10, 1e-9}) {
            const double x = star_hi + offset;
            const long double h = static_cast<long double>(x - star_hi) - star_lo;  // the true offset (x - hi is exact)
            CAPTURE(offset);
            CHECK(act::gelu_tanh_derivative(x) == doctest::Approx(double(h * second_at_x_star_tanh)).epsilon(1e-8).scale(0));
            CHECK(act::gelu_tanh_derivative(float(x)) ==
                  doctest::Approx(double((static_cast<long double>(float(x) - star_hi) - star_lo) * second_at_x_star_tanh))
                      .epsilon(1e-6)
                      .scale(0));
        }
    }

    TEST_CASE("non-monotonic: both forms fall on (-inf, x*) and rise after")
    {
        for (double x = -6; x <= 6; x += 0.01) {
            CAPTURE(x);
            if (x < double(x_star) - 1e-3) CHECK(act::gelu_derivative(x) < 0);
            if (x > double(x_star) + 1e-3) CHECK(act::gelu_derivative(x) > 0);
            if (x < double(x_star_tanh) - 1e-3) CHECK(act::gelu_tanh_derivative(x) < 0);
            if (x > double(x_star_tanh) + 1e-3) CHECK(act::gelu_tanh_derivative(x) > 0);
        }
    }

    TEST_CASE("f(x) - f(-x) = x for both forms, so their gap is even")
    {
        // Phi(x) + Phi(-x) = 1 and sigma(z) + sigma(-z) = 1 with z odd in x.
        for (double x = -30; x <= 30; x += 0.37) {
            CAPTURE(x);
            CHECK(act::gelu(x) - act::gelu(-x) == doctest::Approx(x).epsilon(1e-15).scale(1e-300));
            CHECK(act::gelu_tanh(x) - act::gelu_tanh(-x) == doctest::Approx(x).epsilon(1e-15).scale(1e-300));
            CHECK(act::gelu_tanh_derivative(x) + act::gelu_tanh_derivative(-x) == doctest::Approx(1.0).epsilon(1e-15));
        }
    }

    TEST_CASE("the derivatives match central differences of the long double references")
    {
        for (double x = -20; x <= 20; x += 0.125) {
            CAPTURE(x);
            const long double fd = checks::central_difference(gelu_reference, x, 1e-6L);
            CHECK(std::fabs(double(fd) - act::gelu_derivative(x)) <= 1e-9);
            const long double fd_tanh = checks::central_difference(
                [](long double t) { return act::GELUTanh::reference<long double>(t); }, x, 1e-6L);
            CHECK(std::fabs(double(fd_tanh) - act::gelu_tanh_derivative(x)) <= 1e-9);
        }
    }

    TEST_CASE("the tanh form stays within 5e-4 of GELU, farthest for 2 < |x| < 3.5")
    {
        // In long double, from the two definitions (x > -3, where the textbook
        // tanh formula does not cancel; the gap is even).
        long double worst = 0, at = 0;
        for (long double x = -3; x <= 10; x += 1e-4L) {
            const long double d = std::fabs(gelu_tanh_textbook(x) - gelu_reference(x));
            if (d > worst) worst = d, at = x;
        }
        CHECK(worst < 5e-4L);
        CHECK(worst > 1e-4L);
        CHECK(std::fabs(at) > 2);
        CHECK(std::fabs(at) < 3.5L);
    }
}

TEST_SUITE("gelu exercises")
{
    TEST_CASE("exercise 1: GELU'' = phi(x) (2 - x^2) vanishes at +-sqrt(2), the extreme slopes")
    {
        for (double x = -8; x <= 8; x += 0.01) {
            CAPTURE(x);
            const long double fd = checks::central_difference(
                [](long double t) { return static_cast<long double>(act::gelu_derivative(double(t))); }, x, 1e-5L);
            CHECK(std::fabs(exercises::gelu_second_derivative(x) - double(fd)) <= 1e-9);  // h = 1e-5: rounding noise ~1e-11
            CHECK(act::gelu_derivative(x) >= act::gelu_derivative(-std::sqrt(2.0)));
            CHECK(act::gelu_derivative(x) <= act::gelu_derivative(std::sqrt(2.0)));
        }
        CHECK(std::fabs(exercises::gelu_second_derivative(std::sqrt(2.0))) < 1e-15);
        CHECK(std::fabs(exercises::gelu_second_derivative(-std::sqrt(2.0))) < 1e-15);
    }

    TEST_CASE("exercise 2: x sigma(1.702 x) is farther from GELU than the tanh form")
    {
        const exercises::Gap gap = exercises::sigmoid_gelu_gap();
        CHECK(gap.distance == doctest::Approx(std::fabs(exercises::sigmoid_gelu(gap.at) - act::gelu(gap.at))));
        CHECK(exercises::sigmoid_gelu(1.0) == doctest::Approx(act::sigmoid(1.702)).epsilon(1e-15));
        double tanh_worst = 0;
        for (double x = -10; x <= 10; x += 1e-3) {
            CHECK(std::fabs(exercises::sigmoid_gelu(x) - act::gelu(x)) <= gap.distance * (1 + 1e-12));
            tanh_worst = std::max(tanh_worst, std::fabs(act::gelu_tanh(x) - act::gelu(x)));
        }
        CHECK(gap.distance > 10 * tanh_worst);
        CHECK(gap.distance < 0.03);
    }

    TEST_CASE("exercise 3: the float where the tanh formula first returns 0")
    {
        const float t = exercises::naive_gelu_tanh_zero_from();
        CHECK(exercises::naive_gelu_tanh(t) == 0.0f);
        CHECK(exercises::naive_gelu_tanh(std::nextafter(t, 0.0f)) != 0.0f);
        CHECK(exercises::naive_gelu_tanh(-20.0f) == 0.0f);
        // the true value there is a representable float, and the library returns it
        CHECK(act::gelu_tanh(t) < 0.0f);
        CHECK(checks::ulp_distance(act::gelu_tanh(t), float(act::GELUTanh::reference<long double>(t))) <= 1);
    }

    TEST_CASE("exercise 4: the mean of x times a Bernoulli(Phi(x)) mask is GELU(x)")
    {
        for (double x : {-2.0, -0.7, 0.3, 1.5}) {
            CAPTURE(x);
            const int n = 200000;
            const double p = std::erfc(-x / std::sqrt(2.0)) / 2;
            const double standard_error = std::fabs(x) * std::sqrt(p * (1 - p) / n);
            CHECK(std::fabs(exercises::stochastic_gelu_mean(x, n, 11) - act::gelu(x)) < 5 * standard_error);
        }
    }
}
