// Checks of the Sigmoid chapter: act::sigmoid, act::sigmoid_derivative, the
// identities the chapter states, the failures of the naive formulas it
// shows, and the chapter's exercise solutions.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include <doctest/doctest.h>

#include "act/sigmoid.hpp"
#include "act/softplus.hpp"
#include "checks.hpp"
#include "sigmoid/exercises.hpp"

namespace {

// The sigmoid in long double (64-bit significand) by the stable form: a
// reference 11 bits more precise than double and 40 more than float.
long double reference(long double x)
{
    const long double e = std::exp(-std::fabs(x));
    return x >= 0 ? 1.0L / (1.0L + e) : e / (1.0L + e);
}

// sigma'(x) = e^-|x| / (1 + e^-|x|)^2 in long double.
long double derivative_reference(long double x)
{
    const long double e = std::exp(-std::fabs(x));
    return e / ((1.0L + e) * (1.0L + e));
}

// The two textbook formulas the chapter shows failing.
template <class T>
T naive(T x) { return T(1) / (T(1) + std::exp(-x)); }
template <class T>
T naive_exp(T x) { return std::exp(x) / (T(1) + std::exp(x)); }

constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

TEST_SUITE("sigmoid")
{
    TEST_CASE("exact values: sigma(0) = 1/2, sigma(+-log 3) = 3/4 and 1/4, sigma'(0) = 1/4")
    {
        // sigma(log 3) = 3 / (1 + 3) = 3/4 and sigma(-log 3) = 1/(1 + 3) = 1/4, exactly.
        checks::correctly_rounded(act::sigmoid, 0.0L, 0.5L);
        CHECK(act::sigmoid(-0.0) == 0.5);
        CHECK(act::sigmoid(std::log(3.0)) == doctest::Approx(0.75).epsilon(1e-15));
        CHECK(act::sigmoid(-std::log(3.0)) == doctest::Approx(0.25).epsilon(1e-15));
        CHECK(act::sigmoid(std::log(3.0f)) == 0.75f);
        checks::correctly_rounded(act::sigmoid_derivative, 0.0L, 0.25L);
        // sigma'(log 3) = 3/4 * 1/4 = 3/16.
        CHECK(act::sigmoid_derivative(std::log(3.0)) == doctest::Approx(0.1875).epsilon(1e-15));
        // sigma(1) = e / (1 + e), with e from std::exp(1.0L) (independent formula).
        const long double e = std::exp(1.0L);
        CHECK(checks::ulp_distance(act::sigmoid(1.0), static_cast<double>(e / (1.0L + e))) <= 2);
    }

    TEST_CASE_TEMPLATE("symmetry: sigma(-x) = 1 - sigma(x) and sigma'(-x) = sigma'(x)", T, float, double)
    {
        const T eps = std::numeric_limits<T>::epsilon();
        for (T x = T(-30); x <= T(30); x += T(0.125)) {
            CAPTURE(x);
            // Both sides are within half an ULP of numbers at most 1, plus one rounding.
            CHECK(std::fabs(act::sigmoid(-x) - (T(1) - act::sigmoid(x))) <= eps);
            CHECK(act::sigmoid_derivative(-x) == act::sigmoid_derivative(x));
            CHECK(act::sigmoid(-x) + act::sigmoid(x) == doctest::Approx(1.0).epsilon(double(eps)));
        }
    }

    TEST_CASE("the derivative: finite differences, sigma(x) sigma(-x), and the peak 1/4 at 0")
    {
        for (double x = -40; x <= 40; x += 0.125) {
            CAPTURE(x);
            const double d = act::sigmoid_derivative(x);
            const long double fd = checks::central_difference(reference, x, 1e-6L);
            CHECK(std::fabs(double(fd) - d) <= 1e-10);
            // sigma (1 - sigma) written as sigma(x) sigma(-x): a product of two
            // correctly rounded factors, no subtraction, so a few ULPs apart.
            CHECK(d == doctest::Approx(act::sigmoid(x) * act::sigmoid(-x)).epsilon(4e-16));
            CHECK(d <= 0.25);
        }
    }

    TEST_CASE("sigma is the derivative of softplus")
    {
        // Softplus without its threshold: exactly the sigmoid, and the slope
        // of act::softplus by central differences.
        for (double x = -30; x <= 30; x += 0.1) {
            CAPTURE(x);
            CHECK(act::sigmoid(x) == act::softplus_derivative(x, 1.0, inf));
            const double h = 1e-5;
            const double fd = (act::softplus(x + h, 1.0, inf) - act::softplus(x - h, 1.0, inf)) / (2 * h);
            CHECK(std::fabs(fd - act::sigmoid(x)) <= 1e-9);
        }
    }

    TEST_CASE_TEMPLATE("tanh(x) = 2 sigma(2x) - 1", T, float, double)
    {
        const T eps = std::numeric_limits<T>::epsilon();
        for (T x = T(-20); x <= T(20); x += T(0.0625)) {
            CAPTURE(x);
            // sigma is within half an ULP of 1; doubling is exact, subtracting 1
            // is exact (Sterbenz) near 1: a few eps of absolute error.
            CHECK(std::fabs(std::tanh(x) - (T(2) * act::sigmoid(T(2) * x) - T(1))) <= 2 * eps);
        }
    }

    TEST_CASE_TEMPLATE("sigmoid: limits and extremes, no overflow, no NaN, 1 ULP from the reference", T, float, double)
    {
        using L = std::numeric_limits<T>;
        checks::limits<T>(act::sigmoid, act::sigmoid_derivative, T(0), T(1), T(0), T(0));
        // Near 0 the sigmoid is 1/2 + x/4: a denormal input gives 1/2 exactly.
        CHECK(act::sigmoid(L::denorm_min()) == T(0.5));
        CHECK(act::sigmoid_derivative(L::denorm_min()) == T(0.25));
        // double is computed in double (a few roundings); float in double and rounded once.
        const double allowed = std::is_same_v<T, float> ? 1 : 2;
        for (T x : checks::extreme_inputs<T>()) {
            CAPTURE(x);
            const T y = act::sigmoid(x), d = act::sigmoid_derivative(x);
            CHECK(y >= T(0));
            CHECK(y <= T(1));
            CHECK(d >= T(0));
            CHECK(d <= T(0.25));
            CHECK(checks::ulp_distance(y, static_cast<T>(reference(x))) <= allowed);
            CHECK(checks::ulp_distance(d, static_cast<T>(derivative_reference(x))) <= allowed);
        }
    }

    TEST_CASE_TEMPLATE("sigmoid: never 0 where the true value is a representable positive number", T, float, double)
    {
        const T lowest = std::is_same_v<T, float> ? T(-110) : T(-760);
        const double allowed = std::is_same_v<T, float> ? 1 : 2;
        for (T x = T(-30); x > lowest; x -= T(0.01)) {
            CAPTURE(x);
            const T want = static_cast<T>(reference(x));
            const T dwant = static_cast<T>(derivative_reference(x));
            if (want > T(0)) CHECK(act::sigmoid(x) > T(0));
            if (dwant > T(0)) CHECK(act::sigmoid_derivative(x) > T(0));
            CHECK(checks::ulp_distance(act::sigmoid(x), want) <= allowed);
            CHECK(checks::ulp_distance(act::sigmoid_derivative(x), dwant) <= allowed);
        }
    }

    TEST_CASE("sigmoid: float results within 1 ULP of the reference on a strided sweep, and monotonic")
    {
        // Every 4099th float bit pattern (about a million inputs).
        CHECK(checks::worst_float_ulps(act::sigmoid, reference) <= 1);
        CHECK(checks::worst_float_ulps(act::sigmoid_derivative, derivative_reference) <= 1);
        // Non-decreasing along consecutive floats through the interesting range.
        float previous = act::sigmoid(-120.0f);
        for (float x = -120.0f; x < 20.0f; x += 1e-4f) {
            const float y = act::sigmoid(x);
            CHECK_MESSAGE(y >= previous, "x = " << x);
            previous = y;
        }
    }

    TEST_CASE_TEMPLATE("the naive formulas fail where the chapter says, act::sigmoid does not", T, float, double)
    {
        using L = std::numeric_limits<T>;
        // Just past log(max) the exponential overflows.
        const T past = std::nextafter(std::log(L::max()), L::infinity()) * T(1.01);
        // 1/(1+e^-x) gives 0 where the truth is a representable positive number:
        // at x = -log(max) * 1.01 the true value is about max^-1.01 > denorm_min.
        CHECK(naive(-past) == T(0));
        CHECK(static_cast<T>(reference(-past)) > T(0));
        CHECK(act::sigmoid(-past) > T(0));
        // e^x / (1 + e^x) is inf / inf = NaN for large x.
        CHECK(std::isnan(naive_exp(past)));
        CHECK(act::sigmoid(past) == T(1));
        // The product s (1 - s) from a rounded output is 0 once s rounds to 1,
        // while the symmetric form keeps the small positive slope.
        const T far = std::is_same_v<T, float> ? T(20) : T(40);
        const T s = act::sigmoid(far);
        CHECK(s == T(1));
        CHECK(s * (T(1) - s) == T(0));
        CHECK(act::sigmoid_derivative(far) > T(0));
        CHECK(checks::ulp_distance(act::sigmoid_derivative(far), static_cast<T>(derivative_reference(far))) <= 1);
    }
}

TEST_SUITE("sigmoid exercises")
{
    TEST_CASE("exercise 1: the logit is the inverse: logit(sigma(x)) = x and sigma(logit(p)) = p")
    {
        const double eps = std::numeric_limits<double>::epsilon();
        for (double x = -700; x <= 36; x += 0.25) {
            CAPTURE(x);
            // Rounding sigma(x) by up to eps/2 relative moves the logit by
            // eps/2 / (1 - sigma(x)) = eps/2 (1 + e^x): the round trip is
            // exact up to that bound (plus the logit's own rounding).
            const double bound = eps * (1 + std::exp(x)) + 4 * eps * std::fabs(x);
            CHECK(std::fabs(exercises::logit(act::sigmoid(x)) - x) <= bound);
        }
        for (double p = 0.001; p < 1; p += 0.001) {
            CAPTURE(p);
            CHECK(act::sigmoid(exercises::logit(p)) == doctest::Approx(p).epsilon(4 * eps));
        }
        CHECK(exercises::logit(0.5) == 0.0);
        CHECK(exercises::logit(0.0) == -inf);
        CHECK(exercises::logit(1.0) == inf);
        CHECK(std::isnan(exercises::logit(1.5)));
        CHECK(std::isnan(exercises::logit(-0.1)));
    }

    TEST_CASE("exercise 2: the tanh form agrees in the middle and fails far left")
    {
        for (double x = -5; x <= 5; x += 0.01) {
            CAPTURE(x);
            CHECK(std::fabs(exercises::sigmoid_via_tanh(x) - act::sigmoid(x)) <= 2 * std::numeric_limits<double>::epsilon());
        }
        // At x = -40 the true value is about 4.2e-18; tanh(-20) rounds to -1 in
        // double (1 - tanh(20) = 8.5e-18 < eps/2), so the tanh form gives 0.
        CHECK(std::tanh(-20.0) == -1.0);
        CHECK(exercises::sigmoid_via_tanh(-40.0) == 0.0);
        CHECK(act::sigmoid(-40.0) == doctest::Approx(double(std::exp(-40.0L))).epsilon(1e-15));
        // Already at x = -20 the relative error is far above double precision.
        const double rel = std::fabs(exercises::sigmoid_via_tanh(-20.0) / act::sigmoid(-20.0) - 1);
        CHECK(rel > 1e-10);
    }

    TEST_CASE("exercise 3: act::sigmoid(x) rounds to 1.0f from x = log(2^25 - 1)")
    {
        // Below 1 the floats are 2^-24 apart, so sigma rounds to 1 once
        // 1 - sigma(x) = 1/(1 + e^x) <= 2^-25, i.e. x >= log(2^25 - 1).
        const float x = exercises::first_float_sigmoid_one();
        CHECK(act::sigmoid(x) == 1.0f);
        CHECK(act::sigmoid(std::nextafter(x, 0.0f)) < 1.0f);
        CHECK(double(x) == doctest::Approx(std::log(33554431.0)).epsilon(1e-7));
    }

    TEST_CASE("exercise 4: the second derivative by finite differences, its extremes at +-log(2 + sqrt 3)")
    {
        for (double x = -20; x <= 20; x += 0.125) {
            CAPTURE(x);
            const long double fd = checks::central_difference(derivative_reference, x, 1e-5L);
            CHECK(std::fabs(double(fd) - exercises::sigmoid_second_derivative(x)) <= 1e-9);
        }
        // A grid scan for the largest sigma'' lands next to -log(2 + sqrt 3).
        double best_x = 0, best = -1;
        for (double x = -5; x <= 0; x += 1e-4) {
            const double v = exercises::sigmoid_second_derivative(x);
            if (v > best) best = v, best_x = x;
        }
        const double xs = exercises::steepest_slope_change();
        CHECK(best_x == doctest::Approx(-xs).epsilon(1e-4));
        // There sigma = (3 - sqrt 3)/6, sigma' = 1/6, and sigma'' = sqrt(3)/18.
        CHECK(act::sigmoid(-xs) == doctest::Approx((3 - std::sqrt(3.0)) / 6).epsilon(1e-15));
        CHECK(act::sigmoid_derivative(-xs) == doctest::Approx(1.0 / 6).epsilon(1e-15));
        CHECK(exercises::sigmoid_second_derivative(-xs) == doctest::Approx(std::sqrt(3.0) / 18).epsilon(1e-14));
        CHECK(exercises::sigmoid_second_derivative(0.0) == 0.0);
    }
}
