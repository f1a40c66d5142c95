// Checks of the softmax chapter: act::softmax, act::log_softmax, their
// backward products, cross-entropy and its gradient, and the chapter's
// exercise solutions.
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <utility>
#include <vector>

#include <doctest/doctest.h>
#include <xtensor/xarray.hpp>
#include <xtensor/xview.hpp>

#include "act/sigmoid.hpp"
#include "act/softmax.hpp"
#include "checks.hpp"
#include "softmax/exercises.hpp"

using checks::ulp_distance;

namespace {

// Softmax and log-softmax of one vector in long double, from the
// definition with the shift (x_k - m is exact in long double for float
// inputs, and within 2^-64 relative of x_k - m for double ones).
std::vector<long double> softmax_reference(const std::vector<long double>& x)
{
    long double m = x[0], sum = 0;
    for (long double v : x) m = std::fmax(m, v);
    for (long double v : x) sum += std::exp(v - m);
    std::vector<long double> s;
    for (long double v : x) s.push_back(std::exp(v - m) / sum);
    return s;
}

// log-softmax = (x_k - m) - log1p(sum of e^(x_j - m) over j other than the
// maximum's index): log of a sum near 1 would lose the digits of the
// maximum's own component, in long double as in float.
std::vector<long double> log_softmax_reference(const std::vector<long double>& x)
{
    std::size_t at = 0;
    for (std::size_t k = 0; k < x.size(); ++k)
        if (x[k] > x[at]) at = k;
    long double rest = 0;
    for (std::size_t k = 0; k < x.size(); ++k)
        if (k != at) rest += std::exp(x[k] - x[at]);
    std::vector<long double> y;
    for (long double v : x) y.push_back((v - x[at]) - std::log1p(rest));
    return y;
}

template <class T>
xt::xarray<T> random_matrix(std::size_t rows, std::size_t n, double scale, std::uint32_t seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> normal(0.0, scale);
    xt::xarray<T> x = xt::xarray<T>::from_shape({rows, n});
    for (auto& v : x) v = static_cast<T>(normal(generator));
    return x;
}

// The worst ULP errors of act::softmax and act::log_softmax over the rows
// of x, against the long double references.
template <class T>
std::pair<double, double> worst_errors(const xt::xarray<T>& x)
{
    const xt::xarray<T> s = act::softmax(x), y = act::log_softmax(x);
    double worst_s = 0, worst_y = 0;
    for (std::size_t r = 0; r < x.shape()[0]; ++r) {
        std::vector<long double> row;
        for (std::size_t k = 0; k < x.shape()[1]; ++k) row.push_back(x(r, k));
        const auto sr = softmax_reference(row), yr = log_softmax_reference(row);
        for (std::size_t k = 0; k < row.size(); ++k) {
            worst_s = std::max(worst_s, ulp_distance(s(r, k), static_cast<T>(sr[k])));
            worst_y = std::max(worst_y, ulp_distance(y(r, k), static_cast<T>(yr[k])));
        }
    }
    return {worst_s, worst_y};
}

// <g, f(x)> summed over every element, in double.
template <class A, class B>
double dot(const A& a, const B& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) sum += double(a.data()[i]) * double(b.data()[i]);
    return sum;
}

}  // namespace

TEST_SUITE("softmax")
{
    TEST_CASE_TEMPLATE("softmax sums to 1 along the axis and lies in [0, 1], for either axis", T, float, double)
    {
        const xt::xarray<T> x = random_matrix<T>(7, 13, 5.0, 1);
        for (std::ptrdiff_t axis : {0, 1, -1, -2}) {
            const xt::xarray<T> s = act::softmax(x, axis);
            CHECK(s.shape() == x.shape());
            const std::size_t along = axis == 0 || axis == -2 ? 0 : 1;
            for (std::size_t r = 0; r < x.shape()[1 - along]; ++r) {
                double sum = 0;
                for (std::size_t k = 0; k < x.shape()[along]; ++k) {
                    const T v = along == 1 ? s(r, k) : s(k, r);
                    CHECK(v >= 0);
                    CHECK(v <= 1);
                    sum += double(v);
                }
                CHECK(sum == doctest::Approx(1.0).epsilon(double(std::numeric_limits<T>::epsilon()) * 20));
            }
        }
    }

    TEST_CASE("shift invariance: adding a constant to every input changes nothing, bit for bit")
    {
        // Integers and halves: x + c is exact in float, so the shifted
        // differences x_k - m are the same numbers.
        const xt::xarray<float> x = {1.5f, -2.0f, 7.0f, 0.0f, 3.5f};
        for (float c : {1000.0f, -1000.0f, 85.0f}) {
            const xt::xarray<float> shifted = x + c;
            CHECK(act::softmax(shifted) == act::softmax(x));
            CHECK(act::log_softmax(shifted) == act::log_softmax(x));
        }
    }

    TEST_CASE("two inputs: softmax is the sigmoid of the difference")
    {
        // s_1 = e^a / (e^a + e^b) = 1 / (1 + e^(b - a)) = sigma(a - b).
        for (double a : {-3.0, 0.0, 0.25, 10.0, 700.0})
            for (double b : {-1.0, 0.5, 2.0, 705.0}) {
                const xt::xarray<double> x = {a, b};
                const xt::xarray<double> s = act::softmax(x);
                CHECK(ulp_distance(s(0), act::sigmoid(a - b)) <= 2);
                CHECK(ulp_distance(s(1), act::sigmoid(b - a)) <= 2);
            }
    }

    TEST_CASE("float results are within 1 ULP of a long double reference, also where exp(x) overflows")
    {
        for (double scale : {1.0, 10.0, 100.0, 1000.0}) {
            const auto [worst_s, worst_y] = worst_errors(random_matrix<float>(20, 50, scale, 7));
            CAPTURE(scale);
            CHECK(worst_s <= 1);
            CHECK(worst_y <= 1);
        }
    }

    TEST_CASE("double results are within 3 ULP of a long double reference at moderate scales")
    {
        // At |x_k - m| <= 100 the long double reference is within 0.06
        // double ULP of the true value (an error of 2^-64 in x_k - m).
        const auto [worst_s, worst_y] = worst_errors(random_matrix<double>(20, 200, 8.0, 11));
        CHECK(worst_s <= 3);
        CHECK(worst_y <= 3);
    }

    TEST_CASE("no overflow: the naive form gives inf/inf = NaN, the stable form the right value")
    {
        const xt::xarray<float> x = {100.0f, 99.0f};
        const float naive = std::exp(100.0f) / (std::exp(100.0f) + std::exp(99.0f));
        CHECK(std::isnan(naive));
        const xt::xarray<float> s = act::softmax(x);
        // sigma(1) = 1 / (1 + e^-1) = 0.7310585786300049 (Abramowitz-Stegun e^-1).
        CHECK(s(0) == static_cast<float>(0.7310585786300048792511592418218362743651L));
    }

    TEST_CASE("underflow: a component of 0 still has a finite log-softmax, the maximum keeps its digits")
    {
        // softmax(0, -200)_2 = e^-200 / (1 + e^-200) is below every float.
        const xt::xarray<float> x = {0.0f, -200.0f};
        const xt::xarray<float> s = act::softmax(x), y = act::log_softmax(x);
        CHECK(s(1) == 0.0f);
        CHECK(std::isinf(std::log(s(1))));
        // log-softmax = -200 - log1p(e^-200), which rounds to -200 in float.
        CHECK(y(1) == -200.0f);
        // The maximum's component -log1p(e^-200) = -e^-200 rounds to -0.
        CHECK(y(0) == 0.0f);
        CHECK(std::signbit(y(0)));
        // (0, -20): -log1p(e^-20) = -2.0611536203e-9 (mpmath), where
        // log(e^0 + e^-20) in float gives 0.
        const xt::xarray<float> z = {0.0f, -20.0f};
        CHECK(act::log_softmax(z)(0) == static_cast<float>(-2.061153620314381e-9));
        CHECK(std::log(1.0f + std::exp(-20.0f)) == 0.0f);
    }

    TEST_CASE_TEMPLATE("NaN, +inf and -inf: NaN rows stay NaN, other rows are untouched", T, float, double)
    {
        const T inf = std::numeric_limits<T>::infinity(), nan = std::numeric_limits<T>::quiet_NaN();
        xt::xarray<T> x = {{1, 2, 3}, {1, nan, 3}, {1, inf, 3}, {-inf, -inf, -inf}, {-inf, 0, 1}};
        const xt::xarray<T> s = act::softmax(x), y = act::log_softmax(x);
        const xt::xarray<T> first = act::softmax(xt::xarray<T>(xt::view(x, 0)));
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK(s(0, k) == first(k));
            for (std::size_t r : {1, 2, 3}) {
                CHECK(std::isnan(s(r, k)));
                CHECK(std::isnan(y(r, k)));
            }
        }
        CHECK(s(4, 0) == 0);
        CHECK(y(4, 0) == -inf);
        CHECK(s(4, 2) == static_cast<T>(act::sigmoid(1.0)));
    }

    TEST_CASE("bad input: an axis out of range, an empty axis, bad labels")
    {
        const xt::xarray<float> x = {{1.0f, 2.0f}, {3.0f, 4.0f}};
        CHECK_THROWS_AS(act::softmax(x, 2), std::invalid_argument);
        CHECK_THROWS_AS(act::log_softmax(x, -3), std::invalid_argument);
        CHECK_THROWS_WITH(act::softmax(x, 2), doctest::Contains("out of range"));
        const xt::xarray<float> empty = xt::xarray<float>::from_shape({3, 0});
        CHECK_THROWS_WITH(act::softmax(empty), doctest::Contains("length 0"));
        CHECK(act::softmax(empty, 0).size() == 0);  // axis 0 has length 3: nothing to compute
        const xt::xarray<float> scalar = 1.0f;
        CHECK_THROWS_AS(act::softmax(scalar), std::invalid_argument);
        CHECK_THROWS_AS(act::cross_entropy(x, {0, 2}), std::out_of_range);
        CHECK_THROWS_AS(act::cross_entropy(x, {0}), std::invalid_argument);
        CHECK_THROWS_AS(act::cross_entropy_gradient(x, {1, 1, 1}), std::invalid_argument);
        CHECK_THROWS_AS(act::softmax_backward(x, xt::xarray<float>{1.0f, 2.0f}), std::invalid_argument);
    }

    TEST_CASE("the backward products match central differences of <g, softmax(x)> and <g, log_softmax(x)>")
    {
        const xt::xarray<double> x = random_matrix<double>(3, 6, 2.0, 3);
        const xt::xarray<double> g = random_matrix<double>(3, 6, 1.0, 4);
        const xt::xarray<double> js = act::softmax_backward(act::softmax(x), g);
        const xt::xarray<double> jy = act::log_softmax_backward(act::log_softmax(x), g);
        const double h = 1e-5;
        for (std::size_t i = 0; i < x.size(); ++i) {
            xt::xarray<double> up = x, down = x;
            up.data()[i] += h;
            down.data()[i] -= h;
            const double ds = (dot(g, act::softmax(up)) - dot(g, act::softmax(down))) / (2 * h);
            const double dy = (dot(g, act::log_softmax(up)) - dot(g, act::log_softmax(down))) / (2 * h);
            CHECK(js.data()[i] == doctest::Approx(ds).epsilon(1e-7));
            CHECK(jy.data()[i] == doctest::Approx(dy).epsilon(1e-7));
        }
    }

    TEST_CASE("the Jacobian of softmax is diag(s) - s s^T: its columns are the backward products of unit vectors")
    {
        const xt::xarray<double> x = {0.5, -1.0, 2.0, 0.0};
        const xt::xarray<double> s = act::softmax(x);
        for (std::size_t j = 0; j < 4; ++j) {
            xt::xarray<double> e = xt::zeros<double>({4});
            e(j) = 1;
            const xt::xarray<double> column = act::softmax_backward(s, e);
            for (std::size_t i = 0; i < 4; ++i)
                CHECK(column(i) == doctest::Approx((i == j ? s(i) : 0.0) - s(i) * s(j)).epsilon(1e-15));
        }
    }

    TEST_CASE("the cross-entropy gradient s - y matches central differences of the loss")
    {
        const xt::xarray<double> x = random_matrix<double>(4, 5, 3.0, 9);
        const std::vector<std::size_t> labels = {0, 4, 2, 2};
        const xt::xarray<double> grad = act::cross_entropy_gradient(x, labels);
        auto total = [&](const xt::xarray<double>& v) {
            double sum = 0;
            for (double l : act::cross_entropy(v, labels)) sum += l;
            return sum;
        };
        const double h = 1e-5;
        for (std::size_t i = 0; i < x.size(); ++i) {
            xt::xarray<double> up = x, down = x;
            up.data()[i] += h;
            down.data()[i] -= h;
            CHECK(grad.data()[i] == doctest::Approx((total(up) - total(down)) / (2 * h)).epsilon(1e-7));
        }
        // Each row of s - y sums to 0, and only the label's entry is negative.
        for (std::size_t r = 0; r < 4; ++r) {
            double sum = 0;
            for (std::size_t k = 0; k < 5; ++k) {
                sum += grad(r, k);
                CHECK((grad(r, k) < 0) == (k == labels[r]));
            }
            CHECK(std::fabs(sum) < 1e-15);
        }
    }

    TEST_CASE("cross-entropy is log-sum-exp minus the label's logit, and between 0 and max - x_label + log n")
    {
        const xt::xarray<float> x = {{2.0f, -1.0f, 0.5f}, {1000.0f, 0.0f, -1000.0f}};
        const xt::xarray<float> loss = act::cross_entropy(x, {2, 1});
        const long double lse0 = std::log(std::exp(2.0L) + std::exp(-1.0L) + std::exp(0.5L));
        CHECK(loss(0) == static_cast<float>(lse0 - 0.5L));
        CHECK(loss(1) == 1000.0f);  // 1000 + log1p(e^-1000 + e^-2000) - 0
        const xt::xarray<double> v = {0.3, 0.1, -0.2};
        const double l = act::cross_entropy(v, {1})(0);
        CHECK(l >= 0.3 - 0.1);
        CHECK(l <= 0.3 - 0.1 + std::log(3.0));
    }
}

TEST_SUITE("softmax exercises")
{
    TEST_CASE("exercise 1: the two-class Jacobian is +-sigma'(a - b), as central differences say")
    {
        for (double a : {-2.0, 0.0, 1.5})
            for (double b : {-0.5, 0.7}) {
                const exercises::Matrix2 j = exercises::two_class_jacobian(a, b);
                const double h = 1e-6;
                const xt::xarray<double> up_a = act::softmax(xt::xarray<double>{a + h, b});
                const xt::xarray<double> down_a = act::softmax(xt::xarray<double>{a - h, b});
                const xt::xarray<double> up_b = act::softmax(xt::xarray<double>{a, b + h});
                const xt::xarray<double> down_b = act::softmax(xt::xarray<double>{a, b - h});
                for (std::size_t i = 0; i < 2; ++i) {
                    CHECK(j[i][0] == doctest::Approx((up_a(i) - down_a(i)) / (2 * h)).epsilon(1e-7));
                    CHECK(j[i][1] == doctest::Approx((up_b(i) - down_b(i)) / (2 * h)).epsilon(1e-7));
                }
            }
    }

    TEST_CASE("exercise 2: log-sum-exp lies between max and max + log n, and does not overflow")
    {
        const std::vector<double> x = {3.0, 1.0, -2.0, 0.5};
        const double lse = exercises::logsumexp(x);
        CHECK(lse == doctest::Approx(std::log(std::exp(3.0) + std::exp(1.0) + std::exp(-2.0) + std::exp(0.5))));
        CHECK(lse > 3.0);
        CHECK(lse < 3.0 + std::log(4.0));
        CHECK(exercises::logsumexp({2.0, 2.0, 2.0, 2.0}) == doctest::Approx(2.0 + std::log(4.0)));
        CHECK(exercises::logsumexp({1000.0, 1000.0}) == doctest::Approx(1000.0 + std::log(2.0)));
        // lse = -log_softmax_k + x_k for every k.
        const xt::xarray<double> y = act::log_softmax(xt::xarray<double>{3.0, 1.0, -2.0, 0.5});
        CHECK(lse == doctest::Approx(1.0 - y(1)));
    }

    TEST_CASE("exercise 3: the temperature where the largest probability of softmax([2, 1, 0] / t) is 1/2")
    {
        const xt::xarray<double> x = {2.0, 1.0, 0.0};
        const double t = exercises::temperature_for_half(x, 0.01, 100.0);
        // 1 / (1 + e^-u + e^-2u) = 1/2 with u = 1/t: e^-u = q solves
        // q^2 + q - 1 = 0, q = (sqrt 5 - 1)/2, so t = -1 / log q = 1/log(golden ratio).
        const double exact = 1.0 / std::log((1.0 + std::sqrt(5.0)) / 2.0);
        CHECK(t == doctest::Approx(exact).epsilon(1e-12));
        CHECK(exercises::largest_probability(x, t * 0.99) > 0.5);
        CHECK(exercises::largest_probability(x, t * 1.01) < 0.5);
    }
}
