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
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>
#include <xtensor/xadapt.hpp>
#include <xtensor/xtensor.hpp>

#include "accuracy/mpfr_big.hpp"
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

// ---------------------------------------------------------------------------
// The edges: parameters at and outside their documented ranges
// (act::Parameter), NaN parameters, signed zeros, documented bounds.

namespace {

// F's reference (value or derivative) in long double, parameters p.
template <class F, act::Part P, std::size_t N>
long double reference_with(long double x, const std::array<double, N>& p)
{
    return std::apply(
        [x](auto... q) {
            if constexpr (P == act::Part::value) {
                return F::reference(x, static_cast<long double>(q)...);
            } else {
                return F::reference_derivative(x, static_cast<long double>(q)...);
            }
        },
        p);
}

// The parameter sets the edge tests use, for a call in T: for each
// parameter in turn (the others at their defaults), both ends of its range
// (as T sees them: the largest finite T for a finite range, the smallest
// positive T for an exclusive 0) and a few values inside.
template <class F, class T>
std::vector<std::array<double, F::parameters.size()>> edge_parameters()
{
    constexpr std::size_t n = F::parameters.size();
    std::array<double, n> defaults{};
    for (std::size_t i = 0; i < n; ++i) defaults[i] = F::parameters[i].default_value;
    std::vector<std::array<double, n>> sets;
    for (std::size_t i = 0; i < n; ++i) {
        const act::Parameter& d = F::parameters[i];
        const double lo = act::detail::bound_in<T>(d.min_value), hi = act::detail::bound_in<T>(d.max_value);
        std::vector<double> values = {d.default_value, hi, 0.5 * d.default_value, 2 * d.default_value,
                                      1e-3, 1e3, -1e-3, -1e3, 0.0};
        values.push_back(d.min_exclusive ? double(std::nextafter(T(lo), T(1))) : lo);
        for (double v : values) {
            const double vt = static_cast<T>(v);
            const bool above = d.min_exclusive ? vt > lo : vt >= lo;
            if (!above || vt > hi) continue;
            std::array<double, n> p = defaults;
            p[i] = vt;
            sets.push_back(p);
        }
    }
    return sets;
}

template <std::size_t N>
std::string show(const std::array<double, N>& p)
{
    std::string s = "(";
    for (std::size_t i = 0; i < N; ++i) s += (i ? ", " : "") + std::to_string(p[i]);
    return s + ")";
}

// visit(F, p) for every function F of the registry and every parameter set
// p of edge_parameters<F, T>(), with both logged for a failing check.
template <class T, class Visit>
void for_each_edge_set(Visit visit)
{
    act::functions::for_each([&](auto function) {
        using F = decltype(function);
        INFO("function: " << F::about.name);
        for (const auto& p : edge_parameters<F, T>()) {
            INFO("parameters: " << show(p));
            visit(function, p);
        }
    });
}

}  // namespace

TEST_CASE("registry: a NaN parameter of either sign, or one outside its range, gives NaN")
{
    act::functions::for_each([](auto function) {
        using F = decltype(function);
        constexpr std::size_t n = F::parameters.size();
        INFO("function: " << F::about.name);
        std::array<double, n> defaults{};
        for (std::size_t i = 0; i < n; ++i) defaults[i] = F::parameters[i].default_value;
        for (std::size_t i = 0; i < n; ++i) {
            const act::Parameter& d = F::parameters[i];
            INFO("parameter: " << d.name);
            std::vector<double> bad = {std::numeric_limits<double>::quiet_NaN(),
                                       -std::numeric_limits<double>::quiet_NaN()};
            if (d.min_value > -act::no_limit)
                bad.push_back(d.min_exclusive ? d.min_value : std::nextafter(d.min_value, -act::no_limit));
            if (d.min_value == -act::finite_limit) bad.push_back(-act::no_limit);
            if (d.max_value == act::finite_limit) bad.push_back(act::no_limit);
            for (double b : bad) {
                INFO("value: " << b);
                std::array<double, n> p = defaults;
                p[i] = b;
                for (double x : {-3.0, -0.0, 0.0, 0.5, 2.0, 30.0}) {
                    INFO("x = " << x);
                    CHECK(std::isnan(call_with<F, act::Part::value>(x, p)));
                    CHECK(std::isnan(call_with<F, act::Part::derivative>(x, p)));
                    CHECK(std::isnan(call_with<F, act::Part::value>(static_cast<float>(x), p)));
                    CHECK(std::isnan(call_with<F, act::Part::derivative>(static_cast<float>(x), p)));
                }
                // The lazy call: NaN for every element too.
                const std::vector<double> xs = {-3.0, 0.0, 2.0};
                const auto a = xt::adapt(xs, {xs.size()});
                const xt::xtensor<double, 1> y = std::apply([&](auto... q) { return act::activation<F>{}(a, q...); }, p);
                const xt::xtensor<double, 1> dy =
                    std::apply([&](auto... q) { return act::activation<F, act::Part::derivative>{}(a, q...); }, p);
                for (std::size_t k = 0; k < xs.size(); ++k) {
                    CHECK(std::isnan(y(k)));
                    CHECK(std::isnan(dy(k)));
                }
            }
        }
        // A double parameter too large for float is outside a float call's
        // finite range.
        for (std::size_t i = 0; i < n; ++i) {
            if (F::parameters[i].max_value != act::finite_limit) continue;
            std::array<double, n> p = defaults;
            p[i] = 1e300;
            CHECK(std::isnan(call_with<F, act::Part::value>(1.0f, p)));
            CHECK(!std::isnan(call_with<F, act::Part::value>(1.0, p)));
        }
    });
}

TEST_CASE("registry: at the ends of their ranges and inside, parameters give results within 1 float ULP of the reference")
{
    // Over every 65537th float (both signs, denormals, the largest; the
    // infinities left out), for every parameter set of edge_parameters(): the float
    // result against F's reference in long double, rounded to float. Where
    // the true value is beyond the floats, inf is the right answer.
    for_each_edge_set<float>([](auto function, const auto& p) {
        using F = decltype(function);
        double worst[2] = {0, 0};
        float worst_at[2] = {0, 0};
        for (float x : checks::strided_floats(65537)) {
            if (std::isinf(x)) continue;  // the references compute inf * 0 there
            const float got[2] = {call_with<F, act::Part::value>(x, p), call_with<F, act::Part::derivative>(x, p)};
            float want[2] = {static_cast<float>(reference_with<F, act::Part::value>(x, p)),
                             static_cast<float>(reference_with<F, act::Part::derivative>(x, p))};
            // Softplus's reference has no threshold (it measures the
            // shortcut's cost at the default); above it the function is
            // defined as x, slope 1 (PyTorch's rule), and checked as such.
            if constexpr (std::is_same_v<F, act::Softplus>) {
                if (float(p[0]) * x > float(p[1])) {
                    want[0] = x;
                    want[1] = 1;
                }
            }
            for (int k = 0; k < 2; ++k) {
                const double d = checks::ulp_distance(got[k], want[k]);
                if (d > worst[k]) {
                    worst[k] = d;
                    worst_at[k] = x;
                }
            }
        }
        INFO("worst value error " << worst[0] << " ulp at x = " << worst_at[0]);
        INFO("worst derivative error " << worst[1] << " ulp at x = " << worst_at[1]);
        CHECK(worst[0] <= 1);
        CHECK(worst[1] <= 1);
    });
}

TEST_CASE("registry: at the ends of their ranges, double parameters give no NaN and no spurious inf")
{
    for_each_edge_set<double>([](auto function, const auto& p) {
        using F = decltype(function);
        for (float xf : checks::strided_floats(1048583)) {
            const double x = xf;
            if (std::isinf(x)) continue;
            INFO("x = " << x);
            const double y = call_with<F, act::Part::value>(x, p), dy = call_with<F, act::Part::derivative>(x, p);
            const long double ry = reference_with<F, act::Part::value>(x, p),
                              rdy = reference_with<F, act::Part::derivative>(x, p);
            CHECK(!std::isnan(y));
            CHECK(!std::isnan(dy));
            // inf only where the true value is beyond the doubles
            if (std::isinf(y)) CHECK(std::isinf(static_cast<double>(ry)));
            if (std::isinf(dy)) CHECK(std::isinf(static_cast<double>(rdy)));
        }
    });
}

TEST_CASE("registry: f(+0) and f(-0) are zeros of the sign of x wherever f(0) = 0 and f'(0) > 0")
{
    // As std::sin and std::tanh do: a function that crosses 0 upwards at 0
    // keeps the sign of a zero input (x * something positive).
    act::functions::for_each([](auto function) {
        using F = decltype(function);
        INFO("function: " << F::about.name);
        const act::activation<F> f;
        const act::activation<F, act::Part::derivative> df;
        if (f(0.0) != 0 || !(df(0.0) > 0)) return;
        CHECK(!std::signbit(f(0.0)));
        CHECK(std::signbit(f(-0.0)));
        CHECK(!std::signbit(f(0.0f)));
        CHECK(std::signbit(f(-0.0f)));
    });
}

TEST_CASE("registry: values and derivatives stay inside their documented bounds")
{
    // sigma in [0, 1] and sigma' in [0, 1/4] (its maximum, at 0); softplus >= 0
    // and softplus' = sigma in [0, 1]; ReLU >= 0, its slope 0 or 1; ELU >= -alpha.
    const std::vector<float> xs = checks::strided_floats(4099);
    for (float x : xs) {
        INFO("x = " << x);
        for (double v : {double(x), double(x) * (1 + 0x1p-40)}) {
            CHECK(act::sigmoid(v) >= 0);
            CHECK(act::sigmoid(v) <= 1);
            CHECK(act::sigmoid_derivative(v) >= 0);
            CHECK(act::sigmoid_derivative(v) <= 0.25);
            CHECK(act::softplus(v) >= 0);
            CHECK(act::softplus_derivative(v) >= 0);
            CHECK(act::softplus_derivative(v) <= 1);
            CHECK(act::relu(v) >= 0);
            CHECK(act::elu(v) >= -1.0);
        }
        CHECK(act::sigmoid(x) >= 0.0f);
        CHECK(act::sigmoid(x) <= 1.0f);
        CHECK(act::sigmoid_derivative(x) >= 0.0f);
        CHECK(act::sigmoid_derivative(x) <= 0.25f);
        CHECK(act::softplus(x) >= 0.0f);
        CHECK(act::softplus_derivative(x) >= 0.0f);
        CHECK(act::softplus_derivative(x) <= 1.0f);
        CHECK(act::relu(x) >= 0.0f);
        CHECK((act::relu_derivative(x) == 0.0f || act::relu_derivative(x) == 1.0f));
        CHECK(act::elu(x) >= -1.0f);
    }
}

// ---------------------------------------------------------------------------
// The smallest inputs, rounded exactly. At x = 2^-1074 SiLU's true value
// x sigma(x) = x/2 + x^2/4 + ... lies just above the rounding tie 2^-1075
// between 0 and 2^-1074, and the correctly rounded result is 2^-1074, not
// the 0 that rounding x/2 (ties to even) gives; at -3 * 2^-1074 it lies just
// toward 0 of its tie. No double or long double can hold such a value
// (it needs more than 1000 bits), so the reference is F's own reference
// formula evaluated with GNU MPFR (accuracy/mpfr_big.hpp) at 4000 bits and
// again at 8000, rounded once to float or double by MPFR itself.

namespace {

// F's reference (value or derivative) at x, parameters p as T gets them,
// rounded to T by MPFR with `bits` bits of working precision; NaN if the
// true value is 0 itself (its sign is then a convention, not a rounding).
template <class F, act::Part P, class T, std::size_t N>
T mpfr_rounded(T x, const std::array<double, N>& p, mpfr_prec_t bits)
{
    study::Big::precision() = bits;
    const study::Big bx(static_cast<double>(x));
    const study::Big r = std::apply(
        [&](auto... q) {
            if constexpr (P == act::Part::value) {
                return F::reference(bx, study::Big(static_cast<double>(static_cast<T>(q)))...);
            } else {
                return F::reference_derivative(bx, study::Big(static_cast<double>(static_cast<T>(q)))...);
            }
        },
        p);
    study::Big::precision() = 128;
    if (mpfr_zero_p(r.get())) return std::numeric_limits<T>::quiet_NaN();
    if constexpr (std::is_same_v<T, float>) {
        return mpfr_get_flt(r.get(), MPFR_RNDN);
    } else {
        return mpfr_get_d(r.get(), MPFR_RNDN);
    }
}

template <class T>
std::string hex(T v)
{
    std::ostringstream out;
    out << std::hexfloat << v;
    return out.str();
}

// The inputs: 0 and -0, the smallest denormal, twice and three times it,
// the largest denormal, a third of the smallest normal; both signs.
template <class T>
std::vector<T> smallest_inputs()
{
    using L = std::numeric_limits<T>;
    std::vector<T> xs;
    for (T m : {T(0), L::denorm_min(), 2 * L::denorm_min(), 3 * L::denorm_min(), L::min() - L::denorm_min(),
                L::min() / 3}) {
        xs.push_back(m);
        xs.push_back(-m);
    }
    return xs;
}

}  // namespace

TEST_CASE("registry: at 0 and the smallest denormals, every function and derivative is correctly rounded")
{
    const mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    study::Big::widen_exponent_range();
    act::functions::for_each([](auto function) {
        using F = decltype(function);
        INFO("function: " << F::about.name);
        std::array<double, F::parameters.size()> p{};
        for (std::size_t i = 0; i < p.size(); ++i) p[i] = F::parameters[i].default_value;
        auto check = [&](auto x, auto part) {
            using T = decltype(x);
            constexpr act::Part P = decltype(part)::value;
            INFO(std::string(P == act::Part::value ? "value" : "derivative") << " at x = " << hex(x));
            const T want = mpfr_rounded<F, P, T>(x, p, 4000);
            REQUIRE(same_bits(want, mpfr_rounded<F, P, T>(x, p, 8000)));  // settled
            const T got = call_with<F, P>(x, p);
            INFO("got " << hex(got) << ", want " << (std::isnan(want) ? "an exact 0" : hex(want)));
            // Bit for bit, with the sign of a zero that a non-zero true value
            // rounds to (-2^-1075 + tiny rounds to -0). Where the true value
            // is 0 itself (ReLU's left side; f(0) = 0), only the value is
            // checked here; the rule for its sign is the signed-zero test's.
            if (std::isnan(want)) {
                CHECK(got == 0);
            } else {
                CHECK(same_bits(got, want));
            }
        };
        using V = std::integral_constant<act::Part, act::Part::value>;
        using D = std::integral_constant<act::Part, act::Part::derivative>;
        for (double x : smallest_inputs<double>()) {
            check(x, V{});
            check(x, D{});
        }
        for (float x : smallest_inputs<float>()) {
            check(x, V{});
            check(x, D{});
        }
    });
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
}
