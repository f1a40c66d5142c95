// Checks that hold for every function of the registry (act/registry.hpp),
// so that a function added there is checked without a new test: NaN in,
// NaN out; no NaN from a number; the derivative against central
// differences; lazy and scalar calls agree bit for bit (at the default
// parameters and at others); a lazy call reads its input when evaluated;
// defaults and explicit parameters agree; parameters are converted to the
// type of x; the run-time registry agrees with the objects.
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>
#include <xtensor/xadapt.hpp>
#include <xtensor/xtensor.hpp>

#include "act/registry.hpp"
#include "checks.hpp"

namespace {

// F's value or derivative at x with the parameters held in an array.
template <class F, act::Part P, class T, std::size_t N>
T call_with(T x, const std::array<double, N>& p)
{
    return std::apply([x](auto... q) { return act::activation<F, P>{}(x, q...); }, p);
}

template <class T>
bool same_bits(T a, T b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Points where a function of the registry has a corner or a jump (ReLU's
// family at 0, softplus's threshold at beta x = 20): central differences
// straddling them measure the jump, not the derivative.
bool near_a_corner(double x) { return std::fabs(x) < 1e-3 || std::fabs(x - 20.0) < 1e-3 || std::fabs(x - 10.0) < 1e-3; }

// Non-default parameters: each default halved (softplus: beta 0.5, threshold 10).
template <class F>
std::array<double, F::parameters.size()> halved_parameters()
{
    std::array<double, F::parameters.size()> p{};
    for (std::size_t i = 0; i < p.size(); ++i) p[i] = 0.5 * F::parameters[i].default_value;
    return p;
}

// Runs check(description, f, f') for every function of the registry, with
// the function's name in the message of any check that fails.
template <class Check>
void for_every_function(Check check)
{
    act::functions::for_each([&](auto description) {
        using F = decltype(description);
        INFO("function: " << F::about.name);
        check(description, act::activation<F>{}, act::activation<F, act::Part::derivative>{});
    });
}

}  // namespace

TEST_CASE("registry: every function gives NaN for NaN and no NaN for a number")
{
    for_every_function([](auto, auto f, auto df) {
        for (double nan : {std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::quiet_NaN()}) {
            CHECK(std::isnan(f(nan)));
            CHECK(std::isnan(df(nan)));
            CHECK(std::isnan(f(static_cast<float>(nan))));
            CHECK(std::isnan(df(static_cast<float>(nan))));
        }
        for (double x : checks::extreme_inputs<double>()) {
            INFO("x = " << x);
            CHECK(!std::isnan(f(x)));
            CHECK(!std::isnan(df(x)));
        }
        for (float x : checks::strided_floats(65537)) {
            INFO("x = " << x);
            CHECK(!std::isnan(f(x)));
            CHECK(!std::isnan(df(x)));
        }
    });
}

TEST_CASE("registry: every derivative agrees with central differences of its function")
{
    for_every_function([](auto function, auto f, auto df) {
        using F = decltype(function);
        const auto p = halved_parameters<F>();
        double worst = 0, worst_halved = 0;
        for (double x = -12.0; x <= 30.0; x += 0.0625 + 1.0 / 1024) {
            if (near_a_corner(x)) continue;
            const double h = 1e-5 * std::max(1.0, std::fabs(x));
            const double fd = (f(x + h) - f(x - h)) / (2 * h);
            worst = std::max(worst, std::fabs(fd - df(x)));
            // The same with every parameter halved.
            const auto f2 = [&](double v) { return call_with<F, act::Part::value>(v, p); };
            const double fd2 = (f2(x + h) - f2(x - h)) / (2 * h);
            worst_halved = std::max(worst_halved, std::fabs(fd2 - call_with<F, act::Part::derivative>(x, p)));
        }
        // A central difference with h = 1e-5 is good to about h^2 |f'''| + eps |f| / h:
        // 1e-9 for these functions on [-12, 30].
        CHECK(worst < 1e-8);
        CHECK(worst_halved < 1e-8);
    });
}

TEST_CASE("registry: lazy and scalar calls agree bit for bit in float and double")
{
    for_every_function([](auto function, auto f, auto df) {
        using F = decltype(function);
        std::vector<float> xf = checks::strided_floats(1 << 14);
        std::vector<double> xd(xf.begin(), xf.end());
        const auto af = xt::adapt(xf, {xf.size()});
        const auto ad = xt::adapt(xd, {xd.size()});
        // At the defaults, and with every parameter given (halved): a
        // function whose lazy derivative prepares something per parameter set
        // (B-SiLU's root) must agree at other parameters too.
        const std::array<double, F::parameters.size()> sets[] = {act::activation<F>::template parameters<double>(),
                                                                  halved_parameters<F>()};
        for (const auto& p : sets) {
            INFO((&p == &sets[0] ? "default parameters" : "halved parameters"));
            const auto with_p = [&p](auto g, const auto& x) {
                return std::apply([&](auto... q) { return g(x, q...); }, p);
            };
            const xt::xtensor<float, 1> yf = with_p(f, af), dyf = with_p(df, af);
            const xt::xtensor<double, 1> yd = with_p(f, ad), dyd = with_p(df, ad);
            int mismatches = 0;
            for (std::size_t i = 0; i < xf.size(); ++i) {
                mismatches += !same_bits(yf(i), with_p(f, xf[i])) + !same_bits(dyf(i), with_p(df, xf[i]));
                mismatches += !same_bits(yd(i), with_p(f, xd[i])) + !same_bits(dyd(i), with_p(df, xd[i]));
            }
            CHECK(mismatches == 0);
        }
    });
}

TEST_CASE("registry: a lazy call reads its input when it is evaluated, not when it is made")
{
    for_every_function([](auto, auto f, auto df) {
        xt::xtensor<double, 1> x = {0.5, -1.5};
        const auto y = f(x);
        const auto dy = df(x);
        x(0) = 3.0;
        CHECK(same_bits(y(0), f(3.0)));
        CHECK(same_bits(dy(0), df(3.0)));
        CHECK(same_bits(y(1), f(-1.5)));
    });
}

TEST_CASE("registry: given parameters are converted to the type of x")
{
    for_every_function([](auto function, auto f, auto df) {
        using F = decltype(function);
        // act::f(x, 0.5) for a float x is the float kernel at the parameter
        // 0.5f, not a computation with the double 0.5 (which differs in the
        // last bit for some x wherever the halved parameter is not a float).
        const auto p = halved_parameters<F>();
        int mismatches = 0;
        for (const float x : checks::strided_floats(1 << 16)) {
            mismatches += !same_bits(std::apply([&](auto... q) { return f(x, q...); }, p),
                                     std::apply([&](auto... q) { return F::value(x, static_cast<float>(q)...); }, p));
            mismatches += !same_bits(std::apply([&](auto... q) { return df(x, q...); }, p),
                                     std::apply([&](auto... q) { return F::derivative(x, static_cast<float>(q)...); }, p));
        }
        CHECK(mismatches == 0);
    });
}

TEST_CASE("registry: default parameters are the declared defaults")
{
    for_every_function([](auto function, auto, auto) {
        using F = decltype(function);
        std::array<double, F::parameters.size()> defaults{};
        for (std::size_t i = 0; i < defaults.size(); ++i) defaults[i] = F::parameters[i].default_value;
        for (double x : {-3.5, -1.0, -0.25, 0.0, 0.75, 2.0, 25.0}) {
            CHECK(same_bits(act::activation<F>{}(x), call_with<F, act::Part::value>(x, defaults)));
            CHECK(same_bits(act::activation<F, act::Part::derivative>{}(x),
                            call_with<F, act::Part::derivative>(x, defaults)));
        }
    });
}

TEST_CASE("registry: the run-time table agrees with the objects and names are unique")
{
    std::set<std::string> names;
    std::size_t i = 0;
    act::functions::for_each([&](auto function) {
        using F = decltype(function);
        INFO("function: " << F::about.name);
        const act::FunctionInfo& info = act::registry[i++];
        CHECK(info.name == F::about.name);
        CHECK(act::find_function(F::about.name) == &info);
        CHECK(info.arity == F::parameters.size());
        names.insert(std::string(F::about.name));
        for (double x : {-800.0, -2.5, -1e-300, 0.0, 0.5, 3.0, 1e300}) {
            CHECK(same_bits(info.value(x), act::activation<F>{}(x)));
            CHECK(same_bits(info.derivative(x), act::activation<F, act::Part::derivative>{}(x)));
            const float xf = static_cast<float>(x);
            CHECK(same_bits(info.value_float(xf), act::activation<F>{}(xf)));
            CHECK(same_bits(info.derivative_float(xf), act::activation<F, act::Part::derivative>{}(xf)));
        }
    });
    CHECK(names.size() == act::registry.size());
    CHECK(act::find_function("no_such_function") == nullptr);
}
