// Checks of the hard functions chapter: act::relu6, act::hardsigmoid,
// act::hardswish, their derivatives, the largest distances the chapter
// quotes, and the chapter's exercise solutions.
#include <cmath>
#include <cstring>
#include <limits>

#include <doctest/doctest.h>

#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "act/relu6.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "act/tanh.hpp"
#include "checks.hpp"
#include "hard/exercises.hpp"

namespace {

template <class T>
bool same_bits(T a, T b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The definitions in long double, as PyTorch's documentation writes them.
long double hardsigmoid_reference(long double x) { return x <= -3 ? 0 : (x >= 3 ? 1 : (x + 3) / 6); }
long double hardswish_reference(long double x) { return x <= -3 ? 0 : (x >= 3 ? x : x * (x + 3) / 6); }
long double hardswish_slope_reference(long double x) { return x < -3 ? 0 : (x > 3 ? 1 : (2 * x + 3) / 6); }

// mpmath, 40 digits: ln(2 + sqrt 3) = 1.316957896924816708625046347307968444027,
// sigmoid(ln(2 + sqrt 3)) - (ln(2 + sqrt 3) + 3)/6 = 0.06918215177401009748373333236631732048596,
// 1 - sigmoid(3) = 0.04742587317756678087884815177175220138618,
// 3 sigmoid(-3) = 0.1422776195327003426365444553152566041585.
constexpr long double x_star = 1.316957896924816708625046347307968444027L;
constexpr long double sigmoid_gap_star = 0.06918215177401009748373333236631732048596L;
constexpr long double sigmoid_gap_corner = 0.04742587317756678087884815177175220138618L;
constexpr long double silu_gap_corner = 0.1422776195327003426365444553152566041585L;

}  // namespace

TEST_SUITE("hard")
{
    TEST_CASE("values and slopes at and beside the corners are PyTorch's")
    {
        // PyTorch 1.13, float32: F.relu6 / F.hardsigmoid / F.hardswish of
        // x = [-6, -3, -1.5, -0, 0, 3, 6] and x.grad after y.sum().backward():
        // relu6'     = [0, 0, 0, 0, 0, 1, 0]
        // hardsigmoid = [0, 0, 0.25, 0.5, 0.5, 1, 1], slope [0, 0, 1/6, 1/6, 1/6, 0, 0]
        // hardswish  = [-0, -0, -0.375, -0, 0, 3, 6], slope [0, -0.5, 0, 0.5, 0.5, 1.5, 1]
        CHECK(act::relu6_derivative(0.0f) == 0.0f);
        CHECK(act::relu6_derivative(6.0f) == 0.0f);
        CHECK(act::relu6_derivative(3.0f) == 1.0f);
        CHECK(act::hardsigmoid(-1.5f) == 0.25f);
        CHECK(act::hardsigmoid_derivative(-3.0f) == 0.0f);
        CHECK(act::hardsigmoid_derivative(3.0f) == 0.0f);
        CHECK(act::hardsigmoid_derivative(0.0f) == static_cast<float>(1.0L / 6));
        CHECK(same_bits(act::hardswish(-6.0f), -0.0f));
        CHECK(same_bits(act::hardswish(-3.0f), -0.0f));
        CHECK(act::hardswish(-1.5f) == -0.375f);
        CHECK(act::hardswish(3.0f) == 3.0f);
        CHECK(act::hardswish_derivative(-6.0f) == 0.0f);
        CHECK(act::hardswish_derivative(-3.0f) == -0.5f);
        CHECK(act::hardswish_derivative(-1.5f) == 0.0f);
        CHECK(act::hardswish_derivative(3.0f) == 1.5f);
        CHECK(act::hardswish_derivative(std::nextafter(3.0f, 4.0f)) == 1.0f);
        CHECK(act::hardswish_derivative(std::nextafter(-3.0f, -4.0f)) == 0.0f);
    }

    TEST_CASE("ReLU6 is hardtanh on [0, 6], bit for bit, and keeps -0")
    {
        for (const float x : checks::strided_floats(65537)) {
            CAPTURE(x);
            CHECK(same_bits(act::relu6(x), act::hardtanh(x, 0.0f, 6.0f)));
            CHECK(same_bits(act::relu6_derivative(x), act::hardtanh_derivative(x, 0.0f, 6.0f)));
        }
        CHECK(std::signbit(act::relu6(-0.0)));
        CHECK(act::relu6(-1e300) == 0.0);
        CHECK(act::relu6(6.5) == 6.0);
    }

    TEST_CASE("limits: NaN in NaN out, the right values at and near the infinities")
    {
        checks::limits<float>(act::relu6, act::relu6_derivative, 0.0f, 6.0f, 0.0f, 0.0f);
        checks::limits<double>(act::relu6, act::relu6_derivative, 0.0, 6.0, 0.0, 0.0);
        checks::limits<float>(act::hardsigmoid, act::hardsigmoid_derivative, 0.0f, 1.0f, 0.0f, 0.0f);
        checks::limits<double>(act::hardsigmoid, act::hardsigmoid_derivative, 0.0, 1.0, 0.0, 0.0);
        const float inf = std::numeric_limits<float>::infinity();
        checks::limits<float>(act::hardswish, act::hardswish_derivative, 0.0f, inf, 0.0f, 1.0f);
        checks::limits<double>(act::hardswish, act::hardswish_derivative, 0.0, double(inf), 0.0, 1.0);
        // PyTorch's x * relu6(x + 3) / 6 is -inf * 0 = NaN at -inf; the limit is 0.
        CHECK(same_bits(act::hardswish(-inf), -0.0f));
    }

    TEST_CASE("within 1 ULP of the definitions in long double, float and double")
    {
        CHECK(checks::worst_float_ulps(act::hardsigmoid, hardsigmoid_reference) <= 1);
        CHECK(checks::worst_float_ulps(act::hardswish, hardswish_reference) <= 1);
        CHECK(checks::worst_float_ulps(act::hardswish_derivative, hardswish_slope_reference) <= 1);
        double worst = 0;
        for (double x = -3.5; x <= 3.5; x += 1.0 / 4096 + 1e-9) {
            worst = std::max(worst, checks::ulp_distance(act::hardsigmoid(x), double(hardsigmoid_reference(x))));
            worst = std::max(worst, checks::ulp_distance(act::hardswish(x), double(hardswish_reference(x))));
            worst = std::max(worst,
                             checks::ulp_distance(act::hardswish_derivative(x), double(hardswish_slope_reference(x))));
        }
        CHECK(worst <= 1);
    }

    TEST_CASE("Hardswish of the smallest denormals is x/2 + x^2/6 rounded, not x/2 rounded to even")
    {
        const float d = std::numeric_limits<float>::denorm_min();
        // x/2 is a tie; x^2/6 > 0 puts the true value above it (towards +inf).
        CHECK(act::hardswish(d) == d);            // PyTorch 1.13 gives 0
        CHECK(act::hardswish(-d) == -0.0f);       // -d/2 + d^2/6: just short of -d/2, rounds to -0
        CHECK(std::signbit(act::hardswish(-d)));
        CHECK(act::hardswish(-3 * d) == -d);      // PyTorch 1.13 gives -2d
        CHECK(act::hardswish(3 * d) == 2 * d);
        const double dd = std::numeric_limits<double>::denorm_min();
        CHECK(act::hardswish(dd) == dd);
        CHECK(act::hardswish(-3 * dd) == -dd);
        CHECK(std::signbit(act::hardswish(-0.0f)));
        CHECK(std::signbit(act::hardswish(-0.0)));
    }

    TEST_CASE("Hardswish is x times Hardsigmoid, and its slope matches central differences")
    {
        for (double x = -5; x <= 5; x += 0.0371) {
            CAPTURE(x);
            CHECK(act::hardswish(x) == doctest::Approx(x * act::hardsigmoid(x)).epsilon(1e-15));
            if (std::fabs(std::fabs(x) - 3) < 1e-3) continue;  // the corners
            const long double h = 1e-6L;
            CHECK(double(checks::central_difference(hardswish_reference, x, h)) ==
                  doctest::Approx(act::hardswish_derivative(x)).epsilon(1e-9));
            CHECK(double(checks::central_difference(hardsigmoid_reference, x, h)) ==
                  doctest::Approx(act::hardsigmoid_derivative(x)).epsilon(1e-9));
        }
    }

    TEST_CASE("Hardswish's slope keeps its digits near its root -3/2")
    {
        CHECK(act::hardswish_derivative(-1.5) == 0.0);
        float x = -1.5f;
        for (int k = 0; k < 100; ++k) {
            x = std::nextafter(x, 0.0f);
            CHECK(checks::ulp_distance(act::hardswish_derivative(x), float(hardswish_slope_reference(x))) <= 1);
        }
    }

    TEST_CASE("the largest distances: Hardsigmoid from the sigmoid at ln(2 + sqrt 3), Hardswish from SiLU at 3")
    {
        // The sigmoid's slope is 1/6 at ln(2 + sqrt 3): sigma = (1 + 1/sqrt 3)/2 there.
        CHECK(act::sigmoid_derivative(double(x_star)) == doctest::Approx(1.0 / 6).epsilon(1e-14));
        CHECK(act::sigmoid(double(x_star)) - act::hardsigmoid(double(x_star)) ==
              doctest::Approx(double(sigmoid_gap_star)).epsilon(1e-12));
        CHECK(act::hardsigmoid(3.0) - act::sigmoid(3.0) == doctest::Approx(double(sigmoid_gap_corner)).epsilon(1e-12));
        CHECK(act::hardswish(3.0) - act::silu(3.0) == doctest::Approx(double(silu_gap_corner)).epsilon(1e-12));
        // No point of a fine grid is farther.
        for (double x = -10; x <= 10; x += 1e-4) {
            CHECK(std::fabs(act::hardsigmoid(x) - act::sigmoid(x)) <= double(sigmoid_gap_star) + 1e-15);
            CHECK(std::fabs(act::hardswish(x) - act::silu(x)) <= double(silu_gap_corner) + 1e-15);
        }
    }
}

TEST_SUITE("hard exercises")
{
    TEST_CASE("exercise 1: relu6(x + 3)/6 is Hardsigmoid to within two roundings")
    {
        for (double x = -4; x <= 4; x += 1.0 / 1024 + 1e-7) {
            CAPTURE(x);
            CHECK(checks::ulp_distance(exercises::hardsigmoid_from_relu6(x), act::hardsigmoid(x)) <= 2);
        }
        CHECK(exercises::hardsigmoid_from_relu6(-3.0) == 0.0);
        CHECK(exercises::hardsigmoid_from_relu6(3.0) == 1.0);
        CHECK(exercises::hardsigmoid_from_relu6(0.0) == 0.5);
    }

    TEST_CASE("exercise 2: Hardswish's minimum is -3/8 at x = -3/2")
    {
        const auto [x, y] = exercises::hardswish_minimum();
        CHECK(x == doctest::Approx(-1.5).epsilon(1e-15));
        CHECK(y == doctest::Approx(-0.375).epsilon(1e-15));
    }

    TEST_CASE("exercise 3: x/3 + 1/2 loses the slope near -3/2, (2x + 3)/6 does not")
    {
        const float x = std::nextafter(-1.5f, 0.0f);
        const long double want = (2.0L * x + 3.0L) / 6.0L;
        const long double pytorch = std::fabs((exercises::hardswish_slope_pytorch_form(x) - want) / want);
        const long double library = std::fabs((act::hardswish_derivative(x) - want) / want);
        CHECK(pytorch > 0.1L);
        CHECK(library < 1e-7L);
    }
}
