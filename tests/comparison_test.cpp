// Checks of the comparison page's table generator (code/examples/comparison/
// properties.hpp): the minimum finder, the monotonicity check, the range and
// the declared smoothness, against values known independently.
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>

#include <doctest/doctest.h>

#include "act/gelu.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "comparison/properties.hpp"

namespace {

const comparison::Activation& row(const std::string& name)
{
    static const std::vector<comparison::Activation> table = comparison::library();
    for (const auto& a : table)
        if (a.name == name) return a;
    FAIL("no row " << name);
    return table.front();
}

// The root of g on [lo, hi] by bisection (g(lo) < 0 < g(hi)), to full precision.
template <class G>
double root(G g, double lo, double hi)
{
    while (true) {
        const double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) return mid;
        (g(mid) < 0 ? lo : hi) = mid;
    }
}

}  // namespace

TEST_SUITE("comparison")
{
    TEST_CASE("the minimum finder finds SiLU's minimum -0.2784645 at x = -1.2784645")
    {
        // x* solves silu'(x) = sigma(x)(1 + x(1 - sigma(x))) = 0, i.e.
        // 1 + x(1 - sigma(x)) = 0; solved here by bisection on that equation,
        // written with sigma(-x) = 1 - sigma(x).
        const double xs = root([](double x) { return 1 + x * act::sigmoid(-x); }, -2.0, -1.0);
        const double ys = xs * act::sigmoid(xs);
        // The published value (e.g. Ramachandran et al. 2017; Elfwing et al.
        // 2018): minimum about -0.278 near x = -1.278.
        CHECK(xs == doctest::Approx(-1.2784645).epsilon(1e-7));
        CHECK(ys == doctest::Approx(-0.2784645).epsilon(1e-7));
        // At the minimum 1 - sigma(x*) = -1/x*, so sigma(x*) = 1 + 1/x* and
        // silu(x*) = x* sigma(x*) = x* + 1: value and location differ by 1.
        CHECK(ys == doctest::Approx(xs + 1).epsilon(1e-12));
        const auto& silu = row("silu");
        const comparison::Minimum m = comparison::find_minimum(silu.f, silu.df, -20, 20);
        CHECK(m.x == doctest::Approx(xs).epsilon(1e-12));
        CHECK(m.value == doctest::Approx(ys).epsilon(1e-14));
        // Without the derivative polish the golden-section stage alone is
        // within sqrt(eps) of x*.
        const comparison::Minimum g = comparison::find_minimum(
            silu.f, [](double) { return 0.0; }, -20, 20);
        CHECK(std::fabs(g.x - xs) <= 1e-7);
        CHECK(g.value == doctest::Approx(ys).epsilon(1e-13));
    }

    TEST_CASE("the minimum finder finds GELU's minimum where Phi(x) + x phi(x) = 0")
    {
        const double pi = std::acos(-1.0);
        auto slope = [pi](double x) {
            return 0.5 * std::erfc(-x / std::sqrt(2.0)) + x * std::exp(-x * x / 2) / std::sqrt(2 * pi);
        };
        const double xs = root(slope, -1.5, -0.5);
        const auto& gelu = row("gelu");
        const comparison::Minimum m = comparison::find_minimum(gelu.f, gelu.df, -20, 20);
        CHECK(m.x == doctest::Approx(xs).epsilon(1e-10));
        CHECK(m.value == doctest::Approx(xs * 0.5 * std::erfc(-xs / std::sqrt(2.0))).epsilon(1e-13));
        // Known to four digits: about -0.1700 at x = -0.7518.
        CHECK(m.value == doctest::Approx(-0.17).epsilon(1e-3));
        CHECK(m.x == doctest::Approx(-0.7518).epsilon(1e-4));
    }

    TEST_CASE("B-SiLU dips below its limit -alpha/2: minimum about -0.8999 near x = -2.735")
    {
        // B-SiLU at alpha = 1.67: its minimum to four digits, from the closed form
        // x = -(1 + alpha) - W(e^-(1 + alpha)) (tests/bsilu_test.cpp computes it to
        // 16 digits).
        const auto& bsilu = row("bsilu");
        const comparison::Properties p = comparison::properties(bsilu);
        CHECK(p.lower == doctest::Approx(-0.8999).epsilon(1e-4));
        CHECK(p.at_minus_inf == doctest::Approx(-1.67 / 2).epsilon(1e-12));
        CHECK(p.lower < p.at_minus_inf);
        CHECK(p.lower_attained.rfind("x = −2.73", 0) == 0);
        CHECK(!p.is_monotonic);
    }

    TEST_CASE("monotonicity: known increasing functions pass, the dipping ones fail")
    {
        for (const char* name : {"sigmoid", "relu", "leaky_relu", "softplus", "elu", "selu"})
            CHECK_MESSAGE(comparison::monotonic(row(name).f), name);
        for (const char* name : {"silu", "bsilu", "gelu", "mish", "nelu"})
            CHECK_MESSAGE(!comparison::monotonic(row(name).f), name);
        // A decreasing step on an otherwise increasing function is found.
        CHECK(!comparison::monotonic([](double x) { return x + (x > 3.0001 ? -0.01 : 0.0); }));
    }

    TEST_CASE("ranges: limits that are not attained are open, minima that are attained closed")
    {
        using comparison::properties;
        using comparison::range;
        CHECK(range(properties(row("sigmoid"))) == "(0, 1)");      // 0 < sigma < 1
        CHECK(range(properties(row("relu"))) == "[0, ∞)");         // relu(x) = 0 for x <= 0
        CHECK(range(properties(row("leaky_relu"))) == "(−∞, ∞)");
        CHECK(range(properties(row("softplus"))) == "(0, ∞)");
        CHECK(range(properties(row("elu"))) == "(−1, ∞)");         // alpha (e^x - 1) > -alpha
        const auto relu = properties(row("relu"));
        CHECK(relu.lower_attained == "x ≤ 0");
        // SELU's infimum is -lambda alpha (PyTorch's constants).
        CHECK(properties(row("selu")).lower ==
              doctest::Approx(-1.0507009873554804934 * 1.6732632423543772848).epsilon(1e-12));
        // NeLU is 0 at 0 and positive on both sides: minimum 0 at x = 0.
        const auto nelu = properties(row("nelu"));
        CHECK(nelu.lower == 0.0);
        CHECK(nelu.lower_attained == "x = 0");
    }

    TEST_CASE("declared smoothness agrees with the one-sided derivatives at 0")
    {
        // C0: the slope jumps at a corner (at 0 for ReLU's family, at -1 and
        // 1 for Hardtanh): somewhere on a grid of multiples of 1/64 in
        // [-8, 8]. C1: the slope is continuous at 0 but the second derivative
        // (a difference quotient of the slope) jumps. C-infinity: both are
        // continuous at 0.
        const double h = 1e-7;
        for (const auto& a : comparison::library()) {
            CAPTURE(a.name);
            const double jump1 = std::fabs(a.df(h) - a.df(-h));
            const double second_right = (a.df(2 * h) - a.df(h)) / h;
            const double second_left = (a.df(-h) - a.df(-2 * h)) / h;
            const double jump2 = std::fabs(second_right - second_left);
            if (a.smoothness == "C0") {
                double corner = 0;
                for (double x = -8; x <= 8; x += 1.0 / 64)
                    corner = std::max(corner, std::fabs(a.df(x + h) - a.df(x - h)));
                CHECK(corner > 1e-3);
            } else if (a.smoothness == "C1") {
                CHECK(jump1 < 1e-5);
                CHECK(jump2 > 1e-2);
            } else {
                CHECK(a.smoothness == "C∞");
                CHECK(jump1 < 1e-5);
                CHECK(jump2 < 1e-3);
            }
        }
    }

    TEST_CASE("the table: unique names, values at 0 and limits by direct evaluation")
    {
        const auto table = comparison::library();
        std::set<std::string> names;
        for (const auto& a : table) names.insert(a.name);
        CHECK(names.size() == table.size());
        CHECK(table.size() >= 4);
        const double inf = std::numeric_limits<double>::infinity();
        for (const auto& a : table) {
            CAPTURE(a.name);
            const comparison::Properties p = comparison::properties(a);
            CHECK(p.at_zero == a.f(0.0));
            CHECK(p.slope_at_zero == a.df(0.0));
            CHECK(p.at_inf == a.f(inf));
            CHECK(p.at_minus_inf == a.f(-inf));
            CHECK(p.lower <= p.at_zero);
            CHECK(p.upper >= p.at_zero);
        }
        CHECK(row("sigmoid").f(0.0) == 0.5);
        CHECK(row("softplus").f(0.0) == doctest::Approx(std::log(2.0)).epsilon(1e-15));
    }
}
