// Checks of the SiLU chapter: act::silu, act::silu_derivative and the
// chapter's exercise solutions.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>

#include "act/bsilu.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "checks.hpp"
#include "silu/exercises.hpp"

namespace {

// SiLU in long double (64-bit significand) straight from the definition
// x / (1 + e^-x): no cancellation for any x, and long double's exponent
// range holds e^-x down to x = -11356, so x e^x never underflows here.
long double silu_reference(long double x) { return x / (1.0L + std::exp(-x)); }

// Its derivative sigma (1 + x (1 - sigma)), in long double.
long double silu_derivative_reference(long double x)
{
    const long double s = 1.0L / (1.0L + std::exp(-x));
    const long double one_minus_s = 1.0L / (1.0L + std::exp(x));
    return s * (1.0L + x * one_minus_s);
}

// W(1/e), Lambert's W at 1/e: mpmath.lambertw(mpmath.e**-1) with 40 digits,
// 0.2784645427610737951093587390229801554395. The SiLU minimiser is
// x* = -1 - W(1/e) (solve 1 + x + e^x = 0 with x = -1 - w: w e^w = 1/e).
constexpr long double w_of_inv_e = 0.2784645427610737951093587390229801554395L;
constexpr long double x_star = -1.0L - w_of_inv_e;

}  // namespace

TEST_SUITE("silu")
{
    TEST_CASE("silu(0) = 0 with slope 1/2, silu(1) = sigma(1) = e/(1+e)")
    {
        CHECK(act::silu(0.0) == 0.0);
        CHECK(act::silu_derivative(0.0) == 0.5);  // sigma(0) (1 + 0) = 1/2
        CHECK(act::silu_derivative(0.0f) == 0.5f);
        // e/(1+e) = 0.7310585786300048792511592418218362743651 (mpmath, 40 digits)
        CHECK(act::silu(1.0) == doctest::Approx(0.7310585786300048792).epsilon(2e-16));
        CHECK(act::silu(1.0f) == static_cast<float>(0.7310585786300048792L));
    }

    TEST_CASE("the global minimum: -W(1/e) = 1 + x* at x* = -1 - W(1/e)")
    {
        // The derivative vanishes at x* and changes sign there, from - to +.
        const double xs = static_cast<double>(x_star);
        CHECK(std::fabs(act::silu_derivative(xs)) < 1e-16);
        CHECK(act::silu_derivative(xs - 1e-9) < 0);
        CHECK(act::silu_derivative(xs + 1e-9) > 0);
        CHECK(act::silu_derivative(std::nextafter(xs, -2.0)) < 0);
        CHECK(act::silu_derivative(std::nextafter(xs, 0.0)) > 0);
        // The value there: x* sigma(x*) with e^{x*} = -(1 + x*) = W(1/e).
        CHECK(act::silu(xs) == doctest::Approx(double(-w_of_inv_e)).epsilon(1e-16));
        CHECK(act::silu(xs) == doctest::Approx(double(1.0L + x_star)).epsilon(1e-16));
        // No grid point goes lower.
        for (double x = -20; x <= 20; x += 1e-3) {
            CAPTURE(x);
            CHECK(act::silu(x) >= act::silu(xs));
        }
    }

    TEST_CASE("near x* the derivative keeps its relative accuracy")
    {
        // silu'(x* + h) = h silu''(x*) + O(h^2), and silu''(x*) = sigma(x*) =
        // W/(1+W) (differentiate e^x (1+x+e^x)/(1+e^x)^2 at the root).
        const long double second = w_of_inv_e / (1.0L + w_of_inv_e);
        for (double offset : {1e-15, 1e-13, -1e-12, 1e-10, -1e-8}) {
            const double x = double(x_star) + offset;
            const long double h = static_cast<long double>(x) - x_star;  // the true offset
            CAPTURE(offset);
            // A tolerance with teeth: relative 1e-8 (the first-order term is
            // off by about 0.67 |h| relative: the third derivative over twice
            // the second at x*), plus what the reference cannot resolve: x*
            // is a long double, good to about 2 of its ULPs (2^-62), which
            // moves h * silu''(x*) by up to 2^-62 * silu''(x*). A formula that
            // cancels near the root errs by about 1e-17, far more.
            // (doctest's Approx would not do: its default scale of 1 makes a
            // tolerance on values this small absolute, which anything passes.)
            const double want = double(h * second);
            const double tolerance = 1e-8 * std::abs(want) + double(0x1p-62L * second);
            CAPTURE(want);
            CHECK(std::abs(act::silu_derivative(x) - want) <= tolerance);
        }
    }

    TEST_CASE("silu(x) - silu(-x) = x and silu'(x) + silu'(-x) = 1")
    {
        // x sigma(x) + x sigma(-x) = x because sigma(x) + sigma(-x) = 1;
        // differentiating gives the second identity.
        for (double x = -30; x <= 30; x += 0.37) {
            CAPTURE(x);
            CHECK(act::silu(x) - act::silu(-x) == doctest::Approx(x).epsilon(1e-15).scale(1e-300));
            CHECK(act::silu_derivative(x) + act::silu_derivative(-x) == doctest::Approx(1.0).epsilon(1e-15));
        }
    }

    TEST_CASE("silu = x sigmoid(x), silu' = sigmoid + x sigmoid'")
    {
        for (double x = -40; x <= 40; x += 0.25) {
            CAPTURE(x);
            // act::silu is within 3 ULPs, act::sigmoid within 2 (its documentation),
            // the product rounds once more: at most 5.5 ULPs apart, < 1.3e-15.
            CHECK(act::silu(x) == doctest::Approx(x * act::sigmoid(x)).epsilon(1.3e-15).scale(1e-300));
            if (std::fabs(x - double(x_star)) > 0.1)  // away from the root of the derivative
                CHECK(act::silu_derivative(x) ==
                      doctest::Approx(act::sigmoid(x) + x * act::sigmoid_derivative(x)).epsilon(1e-14));
        }
    }

    TEST_CASE("SiLU is B-SiLU with alpha = 0")
    {
        // Two different evaluations (act::bsilu uses expm1), each within a few
        // ULPs of the true value: they agree to that, and in float exactly.
        for (double x = -800; x <= 800; x += 0.73) {
            CAPTURE(x);
            CHECK(checks::ulp_distance(act::bsilu(x, 0.0), act::silu(x)) <= 4);
            CHECK(act::bsilu_derivative(x, 0.0) ==
                  doctest::Approx(act::silu_derivative(x)).epsilon(1e-15).scale(1e-300));
        }
        for (float x = -100.0f; x <= 100.0f; x += 0.37f) {
            CAPTURE(x);
            CHECK(act::bsilu(x, 0.0f) == act::silu(x));
        }
    }

    TEST_CASE("the derivative matches central differences of the long double reference")
    {
        for (double x = -40; x <= 40; x += 0.125) {
            CAPTURE(x);
            const long double fd = checks::central_difference(silu_reference, x, 1e-6L);
            CHECK(std::fabs(double(fd) - act::silu_derivative(x)) <= 1e-9);
        }
    }

    TEST_CASE("non-monotonic: falls on (-inf, x*), rises after")
    {
        double prev = act::silu(-30.0);
        for (double x = -29.9; x < double(x_star) - 1e-3; x += 0.1) {
            CHECK(act::silu(x) < prev);
            CHECK(act::silu_derivative(x) < 0);
            prev = act::silu(x);
        }
        for (double x = double(x_star) + 1e-3; x < 30; x += 0.1) CHECK(act::silu_derivative(x) > 0);
        // The slope exceeds 1 for x > 0: silu'(x) - 1 = (x - 1) e^-x + ... > 0 from about 1.3 on.
        CHECK(act::silu_derivative(2.0) > 1.0);
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, within ULPs of the reference", T, float, double)
    {
        using L = std::numeric_limits<T>;
        // silu -> 0 and silu' -> 0 at -inf; silu ~ x and silu' -> 1 at +inf.
        checks::limits<T>(act::silu, act::silu_derivative, T(0), L::infinity(), T(0), T(1));
        // Float: computed in double and rounded once (<= 1 ULP). Double: a
        // handful of correctly rounded operations (exp, +, *, /): <= 3 ULPs.
        const double tolerance = std::is_same_v<T, float> ? 1 : 3;
        checks::finite_near_reference<T>(act::silu, act::silu_derivative, silu_reference, silu_derivative_reference,
                                         tolerance);
        // Denormal inputs: silu(x) = x/2 + x^2/4 + ..., which rounds to x/2.
        CHECK(act::silu(L::min()) == L::min() / 2);
    }

    TEST_CASE_TEMPLATE("denormal results far left: never 0 where x e^x is representable", T, float, double)
    {
        const T lowest = std::is_same_v<T, float> ? T(-110) : T(-760);
        const double tolerance = std::is_same_v<T, float> ? 1 : 3;
        for (T x = T(-30); x > lowest; x -= T(0.01)) {
            const T want = static_cast<T>(silu_reference(x));
            CAPTURE(x);
            if (want < T(0)) CHECK(act::silu(x) < T(0));
            CHECK(checks::ulp_distance(act::silu(x), want) <= tolerance);
            const T dwant = static_cast<T>(silu_derivative_reference(x));
            if (dwant < T(0)) CHECK(act::silu_derivative(x) < T(0));
            CHECK(checks::ulp_distance(act::silu_derivative(x), dwant) <= tolerance);
        }
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        CHECK(checks::worst_float_ulps(act::silu, silu_reference) <= 1);
        CHECK(checks::worst_float_ulps(act::silu_derivative, silu_derivative_reference) <= 1);
    }
}

TEST_SUITE("silu exercises")
{
    TEST_CASE("exercise 4: silu_minimiser finds x* by Newton's method")
    {
        const double root = exercises::silu_minimiser();
        CHECK(root == doctest::Approx(double(x_star)).epsilon(1e-15));
    }

    TEST_CASE("exercise 1: the extreme slopes of SiLU, where silu'' = 0")
    {
        // silu'' = sigma (1 - sigma) (2 + x (1 - 2 sigma)); checked against a grid scan
        // of act::silu_derivative and a central difference of it.
        const auto [x_low, slope_low] = exercises::silu_slope_minimum();
        double worst = 1, at = 0;
        for (double x = -10; x <= 0; x += 1e-4) {
            if (act::silu_derivative(x) < worst) {
                worst = act::silu_derivative(x);
                at = x;
            }
        }
        CHECK(slope_low == doctest::Approx(worst).epsilon(1e-8));
        CHECK(x_low == doctest::Approx(at).epsilon(1e-4));
        const long double second = checks::central_difference(
            [](long double v) { return silu_derivative_reference(v); }, x_low, 1e-6L);
        CHECK(std::fabs(double(second)) < 1e-9);
        // By symmetry silu'(x) + silu'(-x) = 1, the largest slope is 1 - slope_low at -x_low.
        CHECK(act::silu_derivative(-x_low) == doctest::Approx(1 - slope_low).epsilon(1e-15));
    }

    TEST_CASE("exercise 2: swish with beta -> ReLU as beta grows, -> x/2 at beta = 0")
    {
        for (double x = -5; x <= 5; x += 0.25) {
            CAPTURE(x);
            CHECK(exercises::swish(x, 1.0) == doctest::Approx(act::silu(x)).epsilon(1e-15));
            CHECK(exercises::swish(x, 0.0) == x / 2);
            CHECK(exercises::swish(x, 1e3) == doctest::Approx(std::max(x, 0.0)).epsilon(1e-12).scale(1e-12));
            // swish_beta(x) = silu(beta x) / beta
            CHECK(exercises::swish(x, 2.5) == doctest::Approx(act::silu(2.5 * x) / 2.5).epsilon(1e-15));
        }
    }

    TEST_CASE("exercise 3: the float where naive x * (1 / (1 + exp(-beta x))) first returns 0")
    {
        // The naive float formula underflows where expf(-beta x) overflows,
        // although x e^(beta x) is still a float there.
        for (float beta : {1.0f, 4.0f, 0.5f}) {
            CAPTURE(beta);
            const float x = exercises::naive_swish_first_zero(beta);
            CHECK(x * (1.0f / (1.0f + std::exp(-beta * x))) == 0.0f);
            const float right = std::nextafter(x, 0.0f);
            CHECK(right * (1.0f / (1.0f + std::exp(-beta * right))) != 0.0f);
            CHECK(std::isinf(std::exp(-beta * x)));
            CHECK(act::silu(beta * x) / beta < 0.0f);  // the library still has the true value
        }
    }
}
