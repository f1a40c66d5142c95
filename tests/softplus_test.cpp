// Checks of the Softplus chapter: act::softplus, act::softplus_derivative and
// the chapter's exercise solutions.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <limits>
#include <vector>

#include <doctest/doctest.h>

#include "act/sigmoid.hpp"
#include "act/softplus.hpp"
#include "checks.hpp"
#include "softplus/exercises.hpp"

namespace {

// Softplus in long double (64-bit significand) from the stable identity
// log(1+e^x) = max(x,0) + log1p(e^-|x|): a reference 11 bits more precise
// than double and 40 more than float.
long double reference(long double x)
{
    return std::fmax(x, 0.0L) + std::log1p(std::exp(-std::fabs(x)));
}

constexpr double inf = std::numeric_limits<double>::infinity();

}  // namespace

TEST_SUITE("softplus")
{
    TEST_CASE("softplus(0) is log 2 and its slope there is 1/2")
    {
        // log 2 = 0.693147180559945309417232121458... (OEIS A002162)
        checks::correctly_rounded(act::softplus, 0.0L, 0.693147180559945309417232121458L);
        checks::correctly_rounded(act::softplus_derivative, 0.0L, 0.5L);
    }

    TEST_CASE("the values the source article printed for PyTorch and TensorFlow")
    {
        // Source: the Softplus article of the blog series (July 2025), float32 outputs for
        // x = [-2, 0, 2]: PyTorch (4 decimals) and TensorFlow 2.19.0 (numpy's
        // shortest float32 digits).
        const std::vector<float> x = {-2.0f, 0.0f, 2.0f};
        const std::vector<std::string> pytorch = {"0.1269", "0.6931", "2.1269"};
        const std::vector<float> tensorflow = {0.12692805f, 0.6931472f, 2.126928f};
        for (std::size_t i = 0; i < x.size(); ++i) {
            const float y = act::softplus(x[i]);
            CAPTURE(x[i]);
            CHECK(checks::matches_printed(y, pytorch[i]));
            // act::softplus is the long double reference rounded to float ...
            CHECK(y == static_cast<float>(reference(x[i])));
            // ... and TensorFlow's float32 kernel is a few ULPs from it (at
            // x = -2 it printed 0.12692805, the true value is 0.1269280110).
            CHECK(checks::ulp_distance(y, tensorflow[i]) <= 3);
        }
    }

    TEST_CASE("softplus(x) - softplus(-x) = x")
    {
        // log(1+e^x) - log(1+e^-x) = log(e^x) = x
        for (double x = -30; x <= 30; x += 0.37) {
            CAPTURE(x);
            CHECK(act::softplus(x, 1.0, inf) - act::softplus(-x, 1.0, inf) ==
                  doctest::Approx(x).epsilon(1e-14).scale(1.0));
        }
    }

    TEST_CASE("the derivative is the sigmoid, and matches finite differences")
    {
        const long double h = 1e-6L;
        for (double x = -40; x <= 40; x += 0.25) {
            CAPTURE(x);
            // Without the threshold shortcut the slope is exactly sigma(x).
            const double slope = act::softplus_derivative(x, 1.0, inf);
            CHECK(slope == act::sigmoid(x));
            const long double fd = checks::central_difference(reference, x, h);
            CHECK(std::fabs(double(fd) - slope) <= 1e-9);
        }
    }

    TEST_CASE("the second derivative is sigma'(x), by finite differences of the first")
    {
        auto first = [](long double x) { return 1.0L / (1.0L + std::exp(-x)); };
        for (double x = -20; x <= 20; x += 0.5) {
            CAPTURE(x);
            const long double fd = checks::central_difference(first, x, 1e-5L);
            CHECK(std::fabs(double(fd) - act::sigmoid_derivative(x)) <= 1e-9);
        }
    }

    TEST_CASE("on the left softplus saturates like the sigmoid: slope ratio 1 + e^x, same thresholds")
    {
        // softplus'(x) / sigmoid'(x) = sigma / (sigma (1 - sigma)) = 1 + e^x,
        // which tends to 1 on the left: the two slopes vanish together.
        for (double x = -30; x <= 0; x += 0.25) {
            CAPTURE(x);
            const double ratio = act::softplus_derivative(x) / act::sigmoid_derivative(x);
            CHECK(ratio == doctest::Approx(1 + std::exp(x)).epsilon(1e-14));
            CHECK(ratio > 1);
        }
        // Where each slope equals t, in closed form: sigma(x) = t at
        // x = log(t / (1 - t)); sigma (1 - sigma) = t at sigma = (1 - sqrt(1 - 4t)) / 2.
        // The two points differ by about t on the left; the sigmoid also
        // saturates on the right, at minus its left point.
        for (double t : {1e-3, 1e-6}) {
            CAPTURE(t);
            const double x_softplus = std::log(t / (1 - t));
            const double s = (1 - std::sqrt(1 - 4 * t)) / 2;
            const double x_sigmoid = std::log(s / (1 - s));
            CHECK(act::softplus_derivative(x_softplus) == doctest::Approx(t).epsilon(1e-12));
            CHECK(act::sigmoid_derivative(x_sigmoid) == doctest::Approx(t).epsilon(1e-9));
            CHECK(act::sigmoid_derivative(-x_sigmoid) == doctest::Approx(t).epsilon(1e-9));
            CHECK(x_sigmoid - x_softplus == doctest::Approx(t).epsilon(0.01));
        }
    }

    TEST_CASE("beta scales: softplus(x, beta) = softplus(beta x) / beta, slope sigma(beta x)")
    {
        for (double beta : {0.25, 0.5, 2.0, 10.0}) {
            for (double x = -10; x <= 10; x += 0.5) {
                CAPTURE(beta);
                CAPTURE(x);
                CHECK(act::softplus(x, beta, inf) ==
                      doctest::Approx(act::softplus(beta * x, 1.0, inf) / beta).epsilon(1e-15));
                CHECK(act::softplus_derivative(x, beta, inf) == act::sigmoid(beta * x));
            }
        }
    }

    TEST_CASE("the threshold follows PyTorch: x and slope 1 once beta x > threshold")
    {
        CHECK(act::softplus(20.5) == 20.5);
        CHECK(act::softplus(10.5, 2.0) == 10.5);
        CHECK(act::softplus_derivative(20.5) == 1.0);
        CHECK(act::softplus(19.5) > 19.5);  // below the threshold: the function itself
        // With threshold = inf the double result carries the e^-x term.
        CHECK(act::softplus(20.5, 1.0, inf) - 20.5 ==
              doctest::Approx(double(std::log1p(std::exp(-20.5L)))).epsilon(1e-3));
        // In float the threshold changes nothing: e^-20 is far below half an ULP of 20.
        for (float x = 20.0f; x < 40.0f; x += 0.125f)
            CHECK(act::softplus(x) == act::softplus(x, 1.0f, std::numeric_limits<float>::infinity()));
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, no spurious 0", T, float, double)
    {
        // log(1 + e^x) -> 0 at -inf, ~ x at +inf; its slope sigma(x) -> 0 and 1.
        checks::limits<T>(act::softplus, act::softplus_derivative, T(0), std::numeric_limits<T>::infinity(), T(0),
                          T(1));
        CHECK(act::softplus(T(1e4)) == T(1e4));
        CHECK(act::softplus(T(-1e4)) == T(0));  // e^-10000 is below every positive T
        for (T x : checks::extreme_inputs<T>()) {
            CAPTURE(x);
            const T y = act::softplus(x), d = act::softplus_derivative(x);
            CHECK(!std::isnan(y));
            CHECK(y >= T(0));
            CHECK(d >= T(0));
            CHECK(d <= T(1));
            if (std::isfinite(x)) CHECK(std::isfinite(y));
            // Within one ULP of the long double reference, rounded to T.
            CHECK(checks::ulp_distance(y, static_cast<T>(reference(x))) <= 1);
        }
        // Denormal inputs: softplus(x) = log 2 + x/2 + ..., rounds to log 2.
        CHECK(act::softplus(std::numeric_limits<T>::denorm_min()) == static_cast<T>(std::log(2.0L)));
    }

    TEST_CASE_TEMPLATE("never 0 where the true value is a representable positive number", T, float, double)
    {
        // Walk down the negative axis through the underflow region: the
        // result is 0 only where the reference itself rounds to 0.
        const T lowest = std::is_same_v<T, float> ? T(-110) : T(-760);
        for (T x = T(-60); x > lowest; x -= T(0.01)) {
            const T want = static_cast<T>(reference(x));
            CAPTURE(x);
            if (want > T(0)) CHECK(act::softplus(x) > T(0));
            CHECK(checks::ulp_distance(act::softplus(x), want) <= 1);
        }
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        // Every 4099th float bit pattern (about a million inputs).
        CHECK(checks::worst_float_ulps(act::softplus, reference) <= 1);
    }
}

TEST_SUITE("softplus exercises")
{
    TEST_CASE("exercise 1: softplus_inverse undoes softplus")
    {
        for (double x = -30; x <= 300; x += 0.7) {
            const double y = act::softplus(x, 1.0, inf);
            CAPTURE(x);
            CHECK(exercises::softplus_inverse(y) == doctest::Approx(x).epsilon(1e-12).scale(1e-3));
        }
        CHECK(std::isnan(exercises::softplus_inverse(0.0)));
        CHECK(std::isnan(exercises::softplus_inverse(-1.0)));
    }

    TEST_CASE("exercise 2: log_sigmoid = log(sigmoid), and stays finite far left")
    {
        for (double x = -30; x <= 30; x += 0.5)
            CHECK(exercises::log_sigmoid(x) == doctest::Approx(std::log(act::sigmoid(x))).epsilon(1e-12));
        CHECK(exercises::log_sigmoid(-1000.0) == doctest::Approx(-1000.0).epsilon(1e-15));
        CHECK(std::isinf(std::log(act::sigmoid(-1000.0))));  // the naive form fails there
    }

    TEST_CASE("exercise 3: the first overflowing float is the first with expf(beta x) = inf")
    {
        for (float beta : {1.0f, 3.0f, 0.25f}) {
            const float x = exercises::first_overflowing_float(beta);
            CHECK(std::isinf(std::exp(beta * x)));
            CHECK(std::isfinite(std::exp(beta * std::nextafter(x, 0.0f))));
            // log(FLT_MAX) / beta, up to the rounding of beta x
            CHECK(x == doctest::Approx(std::log(double(std::numeric_limits<float>::max())) / beta).epsilon(1e-6));
        }
    }

    TEST_CASE("exercise 4: the largest gap to ReLU is log(2)/beta, by a grid scan")
    {
        for (double beta : {0.5, 1.0, 2.0, 5.0}) {
            double worst = 0;
            for (double x = -20; x <= 20; x += 1e-3)
                worst = std::max(worst, act::softplus(x, beta) - std::max(x, 0.0));
            CHECK(exercises::max_gap_to_relu(beta) == doctest::Approx(worst).epsilon(1e-9));
            CHECK(exercises::max_gap_to_relu(beta) == doctest::Approx(std::log(2.0) / beta).epsilon(1e-15));
        }
    }
}
