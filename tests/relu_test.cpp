// Checks of the ReLU chapter: act::relu, act::leaky_relu and their
// derivatives, NaN and signed zero, sparsity, the dying unit, and the
// chapter's exercise solutions.
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <type_traits>

#include <doctest/doctest.h>
#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/relu.hpp"
#include "checks.hpp"
#include "relu/exercises.hpp"
#include "relu/neuron.hpp"

namespace {

// The chapter's dying-unit setting (code/examples/relu/dying.cpp): inputs
// 0, 0.25, ..., 2, targets x + 1, start at w = 3, b = 2.
struct Setting {
    xt::xtensor<double, 1> x = xt::linspace(0.0, 2.0, 9);
    xt::xtensor<double, 1> t = x + 1.0;
};

}  // namespace

TEST_SUITE("relu")
{
    TEST_CASE_TEMPLATE("definition: x for x > 0, +0 otherwise, exact everywhere", T, float, double)
    {
        for (T x : checks::extreme_inputs<T>()) {
            CAPTURE(x);
            const T y = act::relu(x);
            if (x > T(0)) {
                CHECK(y == x);  // no rounding: the input itself
            } else {
                CHECK(y == T(0));
                CHECK(!std::signbit(y));  // +0, also for x = -0
            }
            // relu(x) - relu(-x) = x and relu(x) + relu(-x) = |x|, exactly.
            CHECK(act::relu(x) - act::relu(-x) == x);
            CHECK(act::relu(x) + act::relu(-x) == std::fabs(x));
            CHECK(act::relu(act::relu(x)) == act::relu(x));  // idempotent
        }
        CHECK(act::relu(std::numeric_limits<T>::infinity()) == std::numeric_limits<T>::infinity());
        CHECK(act::relu(-std::numeric_limits<T>::infinity()) == T(0));
        CHECK(act::relu(std::numeric_limits<T>::denorm_min()) == std::numeric_limits<T>::denorm_min());
    }

    TEST_CASE_TEMPLATE("positive homogeneity: relu(a x) = a relu(x) for a >= 0", T, float, double)
    {
        // Both sides are the product a x rounded once (or 0), so they are
        // equal exactly, for any a >= 0, as long as a x does not overflow.
        for (T a : {T(0), T(0.3), T(1), T(2), T(7.5), T(1024)}) {
            for (T x = T(-20); x <= T(20); x += T(0.375)) {
                CAPTURE(a);
                CAPTURE(x);
                CHECK(act::relu(a * x) == a * act::relu(x));
                CHECK(act::relu_derivative(a * x) == (a > T(0) ? act::relu_derivative(x) : T(0)));
            }
        }
    }

    TEST_CASE_TEMPLATE("NaN propagates, whatever std::max would do", T, float, double)
    {
        const T nan = std::numeric_limits<T>::quiet_NaN();
        // std::max(a, b) is (a < b) ? b : a, and every comparison with NaN is
        // false: the result depends on the order of the arguments.
        CHECK(std::isnan(std::max(nan, T(0))));
        CHECK(std::max(T(0), nan) == T(0));
        CHECK((nan > T(0) ? nan : T(0)) == T(0));  // the ternary drops it too
        CHECK(std::fmax(nan, T(0)) == T(0));       // IEEE maxNum drops it by design
        CHECK(std::isnan(act::relu(nan)));
        CHECK(std::isnan(act::relu(-nan)));
        CHECK(std::isnan(act::relu_derivative(nan)));
        CHECK(std::isnan(act::leaky_relu(nan)));
        CHECK(std::isnan(act::leaky_relu_derivative(nan)));
        const xt::xarray<T> xs = {nan, T(-1), T(1)};
        const xt::xarray<T> ys = act::relu(xs);
        CHECK(std::isnan(ys(0)));
        CHECK(ys(1) == T(0));
        CHECK(ys(2) == T(1));
    }

    TEST_CASE_TEMPLATE("the derivative: 1 right of 0, 0 left of it and at 0 (a subgradient)", T, float, double)
    {
        CHECK(act::relu_derivative(T(0)) == T(0));
        CHECK(act::relu_derivative(T(-0.0)) == T(0));
        CHECK(act::relu_derivative(std::numeric_limits<T>::denorm_min()) == T(1));
        CHECK(act::relu_derivative(-std::numeric_limits<T>::denorm_min()) == T(0));
        CHECK(act::relu_derivative(std::numeric_limits<T>::infinity()) == T(1));
        CHECK(act::relu_derivative(-std::numeric_limits<T>::infinity()) == T(0));
        // The one-sided slopes at 0 are 0 (left) and 1 (right); the value
        // chosen at 0 lies between them, so it is a subgradient.
        const T h = T(1) / T(1024);  // a power of 2: the quotients are exact
        const T left = (act::relu(T(0)) - act::relu(-h)) / h;
        const T right = (act::relu(h) - act::relu(T(0))) / h;
        CHECK(left == T(0));
        CHECK(right == T(1));
        CHECK(act::relu_derivative(T(0)) >= left);
        CHECK(act::relu_derivative(T(0)) <= right);
        // Away from 0 central differences are exact for a piecewise linear function.
        for (T x = T(-8); x <= T(8); x += T(0.125)) {
            if (std::fabs(x) <= h) continue;
            CAPTURE(x);
            CHECK((act::relu(x + h) - act::relu(x - h)) / (2 * h) == act::relu_derivative(x));
        }
    }

    TEST_CASE_TEMPLATE("LeakyReLU: x or a x, slope a at and below 0, ReLU for a = 0", T, float, double)
    {
        for (T a : {T(0.01), T(0.2), T(0.5), T(1)}) {
            for (T x : checks::extreme_inputs<T>()) {
                CAPTURE(a);
                CAPTURE(x);
                if (std::isnan(x)) continue;
                const T y = act::leaky_relu(x, a);
                // For x <= 0: the product a x rounded once, which is what the
                // hardware's own multiplication in T gives.
                CHECK(y == (x > T(0) ? x : a * x));
                CHECK(act::leaky_relu_derivative(x, a) == (x > T(0) ? T(1) : a));
                if (std::isfinite(x)) CHECK(std::isfinite(y));  // a <= 1: no overflow
            }
        }
        for (T x = T(-8); x <= T(8); x += T(0.25)) {
            CAPTURE(x);
            CHECK(act::leaky_relu(x, T(0)) == act::relu(x));
            CHECK(act::leaky_relu_derivative(x, T(0)) == act::relu_derivative(x));
            CHECK(act::leaky_relu(x) == (x > 0 ? x : T(0.01) * x));  // PyTorch's default 0.01
        }
        CHECK(act::leaky_relu_derivative(T(0)) == T(0.01));
        CHECK(act::leaky_relu(-std::numeric_limits<T>::infinity()) == -std::numeric_limits<T>::infinity());
        // Finite differences away from 0.
        const T h = T(1) / T(1024);
        for (T x = T(-8); x <= T(8); x += T(0.125)) {
            if (std::fabs(x) <= h) continue;
            CAPTURE(x);
            const T fd = (act::leaky_relu(x + h, T(0.25)) - act::leaky_relu(x - h, T(0.25))) / (2 * h);
            CHECK(fd == act::leaky_relu_derivative(x, T(0.25)));
        }
    }

    TEST_CASE("sparsity: half of relu(Z) is exactly 0 for standard-normal Z")
    {
        // The count of zeros is binomial(n, 1/2): within 5 standard errors
        // (1 / (2 sqrt n)) of 1/2, except with probability below 1e-6.
        const std::size_t n = 200000;
        std::mt19937_64 rng(7);
        std::normal_distribution<double> normal(0.0, 1.0);
        xt::xtensor<double, 1> z = xt::empty<double>({n});
        for (auto& v : z) v = normal(rng);
        const double zeros = xt::mean(xt::cast<double>(xt::equal(act::relu(z), 0.0)))();
        CHECK(std::fabs(zeros - 0.5) <= 5 * 0.5 / std::sqrt(double(n)));
        // The zero outputs are exactly the non-positive inputs.
        CHECK(zeros == xt::mean(xt::cast<double>(xt::less_equal(z, 0.0)))());
    }
}

TEST_SUITE("relu dying unit")
{
    TEST_CASE("the gradient of the neuron matches finite differences of its loss while alive")
    {
        const Setting s;
        const neuron::Parameters p{0.7, 0.4};  // every input active
        const auto g = neuron::gradient(p, s.x, s.t, neuron::relu_f, neuron::relu_df);
        const double h = 1e-6;
        auto loss = [&](double w, double b) {
            return neuron::gradient({w, b}, s.x, s.t, neuron::relu_f, neuron::relu_df).loss;
        };
        CHECK(g.active == 9);
        CHECK(g.dw == doctest::Approx((loss(p.w + h, p.b) - loss(p.w - h, p.b)) / (2 * h)).epsilon(1e-7));
        CHECK(g.db == doctest::Approx((loss(p.w, p.b + h) - loss(p.w, p.b - h)) / (2 * h)).epsilon(1e-7));
    }

    TEST_CASE("one step with learning rate 1 kills the unit: its gradient is exactly 0 forever")
    {
        const Setting s;
        neuron::Parameters p{3.0, 2.0};
        p = neuron::step(p, neuron::gradient(p, s.x, s.t, neuron::relu_f, neuron::relu_df), 1.0);
        // By hand: residuals 2x + 1, mean 3 = dL/db; mean((2x + 1) x) = 23/6 = dL/dw.
        CHECK(p.b == doctest::Approx(-1.0).epsilon(1e-15));
        CHECK(p.w == doctest::Approx(3.0 - 23.0 / 6).epsilon(1e-15));
        CHECK(exercises::is_dead(p.w, p.b, 0.0, 2.0));
        const neuron::Parameters dead = p;
        for (int k = 0; k < 1000; ++k) {
            const auto g = neuron::gradient(p, s.x, s.t, neuron::relu_f, neuron::relu_df);
            REQUIRE(g.active == 0);
            REQUIRE(g.dw == 0.0);  // exactly: relu'(z) = 0 on every input
            REQUIRE(g.db == 0.0);
            p = neuron::step(p, g, 0.1);
        }
        CHECK(p.w == dead.w);
        CHECK(p.b == dead.b);
    }

    TEST_CASE("with learning rate 0.1 throughout the same unit lives and fits t = x + 1")
    {
        const Setting s;
        neuron::Parameters p{3.0, 2.0};
        for (int k = 0; k < 2000; ++k) {
            const auto g = neuron::gradient(p, s.x, s.t, neuron::relu_f, neuron::relu_df);
            REQUIRE(g.active > 0);
            p = neuron::step(p, g, 0.1);
        }
        CHECK(p.w == doctest::Approx(1.0).epsilon(1e-6));
        CHECK(p.b == doctest::Approx(1.0).epsilon(1e-6));
    }

    TEST_CASE("the same large step does not kill a LeakyReLU unit: it comes back")
    {
        const Setting s;
        neuron::Parameters p{3.0, 2.0};
        p = neuron::step(p, neuron::gradient(p, s.x, s.t, neuron::leaky_f, neuron::leaky_df), 1.0);
        const auto first = neuron::gradient(p, s.x, s.t, neuron::leaky_f, neuron::leaky_df);
        CHECK(first.active == 0);
        CHECK(first.db < 0.0);  // non-zero, and it pushes b up
        int revived = -1;
        for (int k = 0; k < 5000 && revived < 0; ++k) {
            const auto g = neuron::gradient(p, s.x, s.t, neuron::leaky_f, neuron::leaky_df);
            if (g.active > 0) revived = k;
            p = neuron::step(p, g, 0.1);
        }
        CHECK(revived > 0);
        for (int k = 0; k < 3000; ++k)
            p = neuron::step(p, neuron::gradient(p, s.x, s.t, neuron::leaky_f, neuron::leaky_df), 0.1);
        CHECK(neuron::gradient(p, s.x, s.t, neuron::leaky_f, neuron::leaky_df).loss < 1e-10);
    }
}

TEST_SUITE("relu exercises")
{
    TEST_CASE_TEMPLATE("exercise 1: (x + |x|)/2 overflows above max/2, x/2 + |x|/2 loses denorm_min", T, float, double)
    {
        using L = std::numeric_limits<T>;
        for (T x = T(-10); x <= T(10); x += T(0.25)) {
            CHECK(exercises::relu_via_abs(x) == act::relu(x));
            CHECK(exercises::relu_via_halves(x) == act::relu(x));
        }
        CHECK(std::isinf(exercises::relu_via_abs(L::max())));
        CHECK(exercises::relu_via_abs(L::max() / 2) == L::max() / 2);
        CHECK(exercises::relu_via_halves(L::max()) == L::max());
        CHECK(exercises::relu_via_halves(L::denorm_min()) == T(0));  // denorm_min / 2 rounds to 0
        CHECK(exercises::relu_via_abs(L::denorm_min()) == L::denorm_min());
        CHECK(act::relu(L::max()) == L::max());
        CHECK(std::isnan(exercises::relu_via_abs(L::quiet_NaN())));
    }

    TEST_CASE("exercise 2: max(x, a x) is LeakyReLU for 0 <= a <= 1 only")
    {
        for (double x = -4; x <= 4; x += 0.125) {
            for (double a : {0.0, 0.01, 0.5, 1.0}) CHECK(exercises::leaky_relu_via_max(x, a) == act::leaky_relu(x, a));
            // a = 2: the max form is a * leaky_relu(x, 1/a) instead.
            CHECK(exercises::leaky_relu_via_max(x, 2.0) == 2.0 * act::leaky_relu(x, 0.5));
        }
        CHECK(exercises::leaky_relu_via_max(-1.0, 2.0) != act::leaky_relu(-1.0, 2.0));
    }

    TEST_CASE("exercise 3: is_dead agrees with a dense scan of the pre-activation")
    {
        for (double w = -3; w <= 3; w += 0.25) {
            for (double b = -3; b <= 3; b += 0.25) {
                bool any_active = false;
                for (double x = 0; x <= 2; x += 1.0 / 64) any_active = any_active || w * x + b > 0;
                CAPTURE(w);
                CAPTURE(b);
                CHECK(exercises::is_dead(w, b, 0, 2) == !any_active);
            }
        }
    }

    TEST_CASE("exercise 4: E[relu(Z)] = 1/sqrt(2 pi) and E[relu(Z)^2] = 1/2")
    {
        const double pi = std::acos(-1.0);
        CHECK(exercises::relu_normal_moment(1) == doctest::Approx(1 / std::sqrt(2 * pi)).epsilon(1e-12));
        CHECK(exercises::relu_normal_moment(2) == doctest::Approx(0.5).epsilon(1e-12));
        CHECK(exercises::relu_normal_moment(0) == doctest::Approx(0.5).epsilon(1e-12));  // P(Z >= 0)
    }
}
