// Checks of the "Accuracy and speed" chapter: goal 1 (every float function
// and derivative within 1 ULP, no spurious inf/NaN/0, NaN propagated) on a
// strided subset of all floats plus every float near the derivatives' roots;
// the measuring machinery itself (ULPs, the reference); and the vectorisable
// building blocks of act/core.
//
// The reference here is the study's double / long double one
// (each description's F::reference, gathered by accuracy/functions.hpp); the
// listing accuracy/reference_check (run by CTest) shows it agrees with MPFR
// to a few millionths of a float ULP.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <xtensor/xadapt.hpp>
#include <xtensor/xarray.hpp>

#include "accuracy/sweep.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"
#include "act/core/log1p.hpp"
#include "act/gelu.hpp"
#include "act/mish.hpp"
#include "act/registry.hpp"
#include "act/sigmoid.hpp"
#include "act/softplus.hpp"
#include "checks.hpp"

namespace {

// Every row, with only act's form (the study's forms[0]).
std::vector<study::Row> act_rows()
{
    std::vector<study::Row> rows = study::rows();
    for (auto& r : rows) r.forms.erase(r.forms.begin() + 1, r.forms.end());
    return rows;
}

// ULPs of a long double reference, for the kernel checks.
template <class T>
double ulps(T y, long double want)
{
    return study::ulp_error(y, static_cast<double>(want),
                            static_cast<double>(want - static_cast<long double>(static_cast<double>(want))));
}

}  // namespace

TEST_SUITE("accuracy")
{
    TEST_CASE("goal 1 on every 65521st float and every float near the roots")
    {
        const auto rows = act_rows();
        const study::Table table = study::sweep_float(rows, 65521, 2);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const study::Stats& s = table[r][0];
            CAPTURE(rows[r].name);
            CAPTURE(s.x_at_max);
            CHECK(s.inputs > 65000);
            CHECK(s.max_ulp <= 1.0);
            CHECK(s.over_one == 0);
            CHECK(s.spurious_inf == 0);
            CHECK(s.spurious_nan == 0);
            CHECK(s.spurious_zero == 0);
            CHECK(s.nan_inputs > 0);  // the stride crosses the NaN bit patterns
            CHECK(s.nan_lost == 0);
        }
    }

    TEST_CASE_TEMPLATE("NaN in, NaN out, for every payload and sign", T, float, double)
    {
        const T nans[] = {std::numeric_limits<T>::quiet_NaN(), -std::numeric_limits<T>::quiet_NaN(),
                          std::numeric_limits<T>::signaling_NaN(), static_cast<T>(std::nan("0x1234"))};
        for (const auto& row : study::rows()) {
            const T a = static_cast<T>(row.param);
            for (T x : nans) {
                CAPTURE(row.name);
                if constexpr (std::is_same_v<T, float>)
                    CHECK(std::isnan(row.forms[0].f(x, a)));
                else
                    CHECK(std::isnan(row.forms[0].d(x, a)));
            }
        }
    }

    TEST_CASE("what an ULP is")
    {
        // The spacing of floats in [1, 2) is 2^-23, of doubles 2^-52; below the
        // smallest normal it is the smallest denormal.
        CHECK(study::ulp<float>(1.0) == std::ldexp(1.0, -23));
        CHECK(study::ulp<float>(1.999) == std::ldexp(1.0, -23));
        CHECK(study::ulp<float>(0.75) == std::ldexp(1.0, -24));
        CHECK(study::ulp<double>(1.0) == std::ldexp(1.0, -52));
        CHECK(study::ulp<float>(1e-40) == std::numeric_limits<float>::denorm_min());
        CHECK(study::ulp<double>(1e-310) == std::numeric_limits<double>::denorm_min());
        // Neighbours are one ULP apart; half-way is half an ULP.
        CHECK(study::ulp_error(std::nextafter(1.0f, 2.0f), 1.0) == 1.0);
        CHECK(study::ulp_error(1.0f, 1.0 + std::ldexp(1.0, -24)) == 0.5);
        CHECK(study::ulp_error(std::numeric_limits<float>::infinity(), 1e39) == 0.0);  // overflow is right
        CHECK(std::isinf(study::ulp_error(std::numeric_limits<float>::infinity(), 1e38)));
        // A true value just beside a tie: x sigma(x) at x = 2^-149 is
        // 2^-150 + 2^-300 + ..., just above the tie between 0 and 2^-149.
        // Its low part, far below the last bit, still decides: 0 is more
        // than half an ULP off, 2^-149 less; and the value rounds to 2^-149.
        CHECK(study::ulp_error(0.0f, 0x1p-150, 0x1p-300) > 0.5);
        CHECK(study::ulp_error(0x1p-149f, 0x1p-150, 0x1p-300) < 0.5);
        CHECK(study::ulp_error(0.0f, 0x1p-150, -0x1p-300) < 0.5);
        CHECK(study::rounded<float>(0x1p-150, 0x1p-300) == 0x1p-149f);
        CHECK(study::rounded<float>(0x1p-150, -0x1p-300) == 0.0f);
        CHECK(study::rounded<float>(0x1p-150, 0) == 0.0f);  // a true tie: to even
        CHECK(study::float_tie(0x1p-150));
        CHECK(!study::float_tie(0x1p-149));
        CHECK(!study::float_tie(1.0 + 0x1p-30));
        // The ordered index used to walk the floats: neighbours differ by one.
        CHECK(study::float_index(std::nextafter(-0.0f, 1.0f)) == 1);
        CHECK(study::float_index(std::nextafter(0.0f, -1.0f)) == -1);
        CHECK(study::float_index(-0.0f) == 0);
    }

    TEST_CASE("the reference against independent values")
    {
        // log 2 (OEIS A002162), Phi(1) = 0.841344746068542948585... (normal
        // distribution tables), and identities evaluated in long double.
        CHECK(act::Sigmoid::reference(0.0) == 0.5);
        CHECK(double(act::Softplus::reference(0.0L, 1.0L, 20.0L)) ==
              doctest::Approx(0.693147180559945309417).epsilon(1e-16));
        CHECK(double(act::GELU::reference(1.0L)) == doctest::Approx(0.841344746068542948585).epsilon(1e-15));
        // mish(1) = tanh(log(1 + e)) = ((1+e)^2 - 1) / ((1+e)^2 + 1)
        const long double q = (1 + std::exp(1.0L)) * (1 + std::exp(1.0L));
        CHECK(double(act::Mish::reference(1.0L)) == doctest::Approx(double((q - 1) / (q + 1))).epsilon(1e-16));
        // The derivatives change sign at their roots (mpmath, 40 digits:
        // SiLU -1.27846454276107379511, B-SiLU(1.67) -2.73490046654975649749,
        // GELU -0.75179152469356445746, Mish -1.19243121451549521214).
        const long double eps = 1e-9L;
        CHECK(act::SiLU::reference_derivative(-1.27846454276107379511L - eps) < 0);
        CHECK(act::SiLU::reference_derivative(-1.27846454276107379511L + eps) > 0);
        CHECK(act::BSiLU::reference_derivative(-2.73490046654975649749L - eps, 1.67L) < 0);
        CHECK(act::BSiLU::reference_derivative(-2.73490046654975649749L + eps, 1.67L) > 0);
        CHECK(act::GELU::reference_derivative(-0.75179152469356445746L - eps) < 0);
        CHECK(act::GELU::reference_derivative(-0.75179152469356445746L + eps) > 0);
        CHECK(act::Mish::reference_derivative(-1.19243121451549521214L - eps) < 0);
        CHECK(act::Mish::reference_derivative(-1.19243121451549521214L + eps) > 0);
        // Each declared window holds its derivative's root: the reference in
        // long double and act's double kernel both change sign across it.
        std::vector<std::string> with_window;
        for (const auto& row : study::rows())
            for (const auto& w : row.windows) {
                CAPTURE(row.name);
                with_window.push_back(row.name);
                CHECK(row.ref_wide(w.first, row.params.data()) * row.ref_wide(w.second, row.params.data()) < 0);
                CHECK(row.forms[0].d(w.first, row.param) * row.forms[0].d(w.second, row.param) < 0);
            }
        for (const char* name : {"silu_derivative", "bsilu_derivative", "gelu_derivative", "mish_derivative"})
            CHECK(std::count(with_window.begin(), with_window.end(), name) == 1);
    }

    TEST_CASE("the study covers the registry: two rows per function with act's form first")
    {
        const auto rows = study::rows();
        REQUIRE(rows.size() == 2 * act::registry.size());
        for (std::size_t i = 0; i < act::registry.size(); ++i) {
            const act::FunctionInfo& f = act::registry[i];
            CAPTURE(f.name);
            CHECK(rows[2 * i].name == std::string(f.name));
            CHECK(rows[2 * i + 1].name == std::string(f.name) + "_derivative");
            for (const study::Row* row : {&rows[2 * i], &rows[2 * i + 1]}) {
                CHECK(row->forms.front().name == "act::" + row->name);
                CHECK(row->params.size() == f.arity);
                // act's form at x = 0.75, the registry's function at its defaults,
                // and the reference in double agree.
                const bool derivative = row == &rows[2 * i + 1];
                const double y = (derivative ? f.derivative : f.value)(0.75);
                CHECK(row->forms.front().d(0.75, row->param) == y);
                CHECK(row->ref(0.75, row->params.data()) == doctest::Approx(y).epsilon(1e-15));
            }
        }
    }

    TEST_CASE("the study sees what the articles' formulas get wrong")
    {
        // B-SiLU's textbook form near 0: (x+a)sigma(x) - a/2 cancels; at
        // x = 1e-20 it returns 0 while the true value is x(1/2 + a/4).
        const float x = 1e-20f, a = 1.67f;
        const double want = act::BSiLU::reference(double(x), double(a));
        CHECK(want == doctest::Approx(1e-20 * (0.5 + 1.67 / 4)).epsilon(1e-6));
        CHECK(study::naive::bsilu_article(x, a) == 0.0f);
        CHECK(study::ulp_error(study::naive::bsilu_article(x, a), want) > 1e6);
        CHECK(study::ulp_error(act::bsilu(x), want) <= 0.5 + 1e-6);
        // Softplus: log(1 + exp(x)) overflows from x = 88.73 in float.
        CHECK(std::isinf(study::naive::softplus_log(89.0f)));
        CHECK(act::softplus(89.0f) == 89.0f);
    }
}

TEST_SUITE("kernels")
{
    TEST_CASE("exp_minus_abs is within 1.5 double ULPs of expl, down to the denormals")
    {
        double worst = 0;
        for (double t = 0; t < 746; t += 0.0137) {
            worst = std::max(worst, ulps(act::core::exp_minus_abs<double>(t), std::exp(-static_cast<long double>(t))));
            CHECK(act::core::exp_minus_abs<double>(-t) == act::core::exp_minus_abs<double>(t));  // even in t
        }
        CHECK(worst <= 1.5);
        CHECK(act::core::exp_minus_abs<double>(0.0) == 1.0);
        CHECK(act::core::exp_minus_abs<double>(std::numeric_limits<double>::infinity()) == 0.0);
        CHECK(act::core::exp_minus_abs<double>(746.0) == 0.0);
        // The float version (a degree-6 fit, one scale factor) is within
        // 3e-9 relative, a twentieth of a float ULP, as far as float results
        // need (the fit alone: 2.5e-9, computed with mpmath).
        double worst_float = 0;
        for (double t = 0; t < 110; t += 0.0113)
            worst_float = std::max(worst_float, std::fabs(double(act::core::exp_minus_abs<float>(t) /
                                                                 std::exp(-static_cast<long double>(t)) - 1)));
        CHECK(worst_float < 3e-9);
    }

    TEST_CASE("ExpMinusAbs::times(c) rounds c e^-|t| once where it is denormal, c times a denormal e^-|t| does not")
    {
        // Beyond t = 708, e^-t is denormal and has lost digits: multiplying
        // it by c afterwards multiplies its rounding error by c. times(c)
        // applies c before the power of two, as the double kernels of SiLU,
        // Mish and the ELU derivatives do far left.
        double worst = 0, worst_after = 0;
        for (double t = 700; t < 760; t += 0.0071) {
            for (double c : {-745.0, 3.5, 1.7580993408473766}) {
                const long double want = c * std::exp(-static_cast<long double>(t));
                const act::core::ExpMinusAbs e(t);
                worst = std::max(worst, ulps(e.times(c), want));
                worst_after = std::max(worst_after, ulps(c * e.value(), want));
            }
        }
        CHECK(worst <= 2);
        CHECK(worst_after > 100);  // what the order of the factors avoids
        CHECK(act::core::ExpMinusAbs(0.0).times(-0.5) == -0.5);
        CHECK(act::core::ExpMinusAbs(std::numeric_limits<double>::infinity()).times(1e6) == 0.0);
    }

    TEST_CASE("log1p_unit is within 1 double ULP of log1pl on [0, 1], exact at 1 and for denormals")
    {
        double worst = 0;
        for (double e = 0; e <= 1; e += 1.0 / 4096)
            worst = std::max(worst, ulps(act::core::log1p_unit<double>(e), std::log1p(static_cast<long double>(e))));
        for (int k = 1; k < 1074; ++k) {  // tiny e: log1p(e) = e(1 - e/2 + ...)
            const double e = std::ldexp(1.3, -k);
            worst = std::max(worst, ulps(act::core::log1p_unit<double>(e), std::log1p(static_cast<long double>(e))));
        }
        CHECK(worst <= 1);
        // log 2 = 0.6931471805599453094... (OEIS A002162), correctly rounded;
        // log1p(e) = e for the smallest denormal.
        CHECK(act::core::log1p_unit<double>(1.0) == 0.6931471805599453);
        CHECK(act::core::log1p_unit<double>(std::numeric_limits<double>::denorm_min()) ==
              std::numeric_limits<double>::denorm_min());
    }

    TEST_CASE("log1p_unit_for_float is within 1.5e-9 relative of log1pl on [0, 1]")
    {
        double worst = 0;
        auto rel = [](double e) {
            const long double want = std::log1p(static_cast<long double>(e));
            return std::fabs(double((act::core::log1p_unit_for_float(e) - want) / want));
        };
        for (double e = 1.0 / 65536; e <= 1; e += 1.0 / 65536) worst = std::max(worst, rel(e));
        for (int k = 1; k < 1074; ++k) worst = std::max(worst, rel(std::ldexp(1.7, -k)));
        CHECK(worst < 1.5e-9);  // the fit: 8.4e-10 (mpmath); rounding in double adds the rest
        CHECK(act::core::log1p_unit_for_float(0.0) == 0.0);
    }

    TEST_CASE("blend selects bit for bit, and ordered() sorts like the doubles")
    {
        CHECK(act::core::select(true, -0.0, 1.0) == 0.0);
        CHECK(std::signbit(act::core::select(true, -0.0, 1.0)));
        CHECK(std::isnan(act::core::select(false, 1.0f, std::numeric_limits<float>::quiet_NaN())));
        const std::vector<double> sorted = {-std::numeric_limits<double>::infinity(), -1e300, -1.0, -1e-320, 0.0,
                                            1e-320, 1.0, 1e300, std::numeric_limits<double>::infinity()};
        for (std::size_t i = 1; i < sorted.size(); ++i)
            CHECK(act::core::ordered(sorted[i - 1]) < act::core::ordered(sorted[i]));
        CHECK(act::core::ordered(-0.0) == act::core::ordered(0.0));  // -0 == +0
    }

    TEST_CASE_TEMPLATE("the vectorised lazy overloads equal the scalar functions bit for bit", T, float, double)
    {
        std::vector<T> xs = checks::extreme_inputs<T>();
        for (T x = T(-40); x <= T(40); x += T(0.0625)) xs.push_back(x);
        xs.push_back(std::numeric_limits<T>::quiet_NaN());
        xt::xarray<T> x = xt::adapt(xs, {xs.size()});
        const xt::xarray<T> s = act::sigmoid(x), sd = act::sigmoid_derivative(x);
        const xt::xarray<T> sp = act::softplus(x), spd = act::softplus_derivative(x);
        const xt::xarray<T> g = act::gelu(x), gd = act::gelu_derivative(x);
        const xt::xarray<T> m = act::mish(x), md = act::mish_derivative(x);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            CAPTURE(xs[i]);
            CHECK(checks::ulp_distance(m(i), act::mish(xs[i])) == 0);
            CHECK(checks::ulp_distance(md(i), act::mish_derivative(xs[i])) == 0);
            CHECK(checks::ulp_distance(g(i), act::gelu(xs[i])) == 0);
            CHECK(checks::ulp_distance(gd(i), act::gelu_derivative(xs[i])) == 0);
            CHECK(checks::ulp_distance(s(i), act::sigmoid(xs[i])) == 0);
            CHECK(checks::ulp_distance(sd(i), act::sigmoid_derivative(xs[i])) == 0);
            CHECK(checks::ulp_distance(sp(i), act::softplus(xs[i])) == 0);
            CHECK(checks::ulp_distance(spd(i), act::softplus_derivative(xs[i])) == 0);
        }
    }
}
