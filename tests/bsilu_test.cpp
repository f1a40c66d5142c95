// Checks of the B-SiLU chapter: act::bsilu, act::bsilu_derivative, the
// article's printed outputs and the chapter's exercise solutions.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>
#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>

#include "act/bsilu.hpp"
#include "act/silu.hpp"
#include "bsilu/exercises.hpp"
#include "checks.hpp"

namespace {

// B-SiLU in long double from x sigma(x) + (alpha/2) tanh(x/2), with
// sigma(x) - 1/2 = tanh(x/2)/2: same signs for alpha >= 0, no cancellation.
long double bsilu_reference(long double x, long double alpha = 1.67L)
{
    return x / (1.0L + std::exp(-x)) + alpha / 2 * std::tanh(x / 2);
}

// The textbook form (x + alpha) sigma(x) - alpha/2 in long double: a
// different formula, exact enough wherever the result is not close to 0.
long double bsilu_textbook(long double x, long double alpha = 1.67L)
{
    return (x + alpha) / (1.0L + std::exp(-x)) - alpha / 2;
}

// Its derivative sigma (1 + (x + alpha)(1 - sigma)) in long double.
long double bsilu_derivative_reference(long double x, long double alpha = 1.67L)
{
    const long double s = 1.0L / (1.0L + std::exp(-x));
    const long double one_minus_s = 1.0L / (1.0L + std::exp(x));
    return s * (1.0L + (x + alpha) * one_minus_s);
}

// Lambert's W (principal branch) of z in (0, 1) by Newton in long double,
// independent of the library: w e^w = z.
long double lambert_w(long double z)
{
    long double w = std::log1p(z);
    for (int i = 0; i < 200; ++i) {
        const long double step = (w * std::exp(w) - z) / (std::exp(w) * (w + 1));
        w -= step;
        if (std::fabs(step) <= 1e-19L * std::fabs(w)) break;
    }
    return w;
}

// mpmath, 40 digits, alpha = 1.67: x_min = -(1 + alpha) - W(e^{-1-alpha}),
// bsilu(x_min) = -W(e^{-1-alpha}) - alpha/2.
constexpr long double x_min_167 = -2.734900466549756564217540048786489309736L;
constexpr long double min_167 = -0.8999004665497565642175400487864893097364L;

}  // namespace

TEST_SUITE("bsilu")
{
    TEST_CASE("the values the source article printed for PyTorch and TensorFlow")
    {
        // Source: the B-SiLU article of the blog series (July 2025). PyTorch: x =
        // torch.randn(3) after torch.manual_seed(1024), printed to 4 decimals as
        // [-1.4837, 0.2671, -1.8337]; its full float values (torch 1.13,
        // x.tolist()) are below. TensorFlow: the 4-decimal constants, printed
        // with numpy's shortest float32 digits.
        const std::vector<float> randn = {-1.4836688041687012f, 0.2671435475349426f, -1.8336787223815918f};
        const std::vector<float> x = {-1.4837f, 0.2671f, -1.8337f};
        const std::vector<std::string> pytorch = {"-0.8006", "0.2622", "-0.8576"};
        const std::vector<float> tensorflow = {-0.80055887f, 0.2621364f, -0.85755754f};
        for (std::size_t i = 0; i < x.size(); ++i) {
            CAPTURE(x[i]);
            CHECK(checks::matches_printed(act::bsilu(randn[i]), pytorch[i]));
            const float y = act::bsilu(x[i]);
            // act::bsilu is the long double reference rounded to float ...
            CHECK(y == static_cast<float>(bsilu_reference(x[i], 1.67f)));
            // ... and TensorFlow's value is 0 to 4 float ULPs away. Its float32
            // textbook formula ends in (x + alpha) sigma - alpha/2 ~ 1.1 - 0.835:
            // one ULP of the intermediate near 1.1 is 4 ULPs of a result near
            // 0.26, and two intermediates round, so at most 8.
            CHECK(checks::ulp_distance(y, tensorflow[i]) <= 8);
        }
        // The float32 textbook formula with a correctly rounded expf gives our
        // value at x = 0.2671; with e^-x one ULP low, as numpy's float32 exp
        // returns it (0.76559645 against the correctly rounded 0.7655965;
        // numpy 1.24 on this machine), it gives TensorFlow's printed value.
        {
            const float x1 = 0.2671f, a = 1.67f;
            const float e = std::exp(-x1), e_low = std::nextafter(e, 0.0f);
            CHECK(e == static_cast<float>(std::exp(-static_cast<long double>(x1))));  // glibc expf: correctly rounded here
            const volatile float s = 1.0f / (1.0f + e), s_low = 1.0f / (1.0f + e_low);
            const volatile float p = (x1 + a) * s, p_low = (x1 + a) * s_low;
            CHECK(p - a / 2.0f == act::bsilu(x1));
            CHECK(p_low - a / 2.0f == tensorflow[1]);
        }
        // The two frameworks did not see the same inputs: at the printed input
        // 0.2671 B-SiLU is 0.26214, which PyTorch would print as 0.2621.
        CHECK(!checks::matches_printed(act::bsilu(0.2671f), "0.2622"));
        CHECK(checks::matches_printed(act::bsilu(0.2671f), "0.2621"));
    }

    TEST_CASE("the stable form equals the textbook form away from 0")
    {
        for (double alpha : {0.0, 0.5, 1.0, 1.67, 3.0}) {
            for (double x = -40; x <= 40; x += 0.37) {
                if (std::fabs(x) < 0.5) continue;
                CAPTURE(alpha);
                CAPTURE(x);
                CHECK(act::bsilu(x, alpha) ==
                      doctest::Approx(double(bsilu_textbook(x, alpha))).epsilon(1e-15));
            }
        }
    }

    TEST_CASE("near 0 it follows its Taylor series, the textbook form in double does not")
    {
        // bsilu(x) = (1/2 + alpha/4) x + x^2/4 - alpha x^3/48 + O(x^4)
        // (x sigma(x) = x/2 + x^2/4 - x^4/48 + ..., tanh(u) = u - u^3/3 + ...).
        const double a = 1.67;
        for (double x : {1e-300, -1e-200, 1e-100, -1e-30, 1e-12, -1e-9, 1e-6}) {  // O(x^4) below 1e-18 x
            const long double xl = x;
            const long double taylor = (0.5L + a / 4.0L) * xl + xl * xl / 4 - a * xl * xl * xl / 48;
            CAPTURE(x);
            CHECK(act::bsilu(x) == doctest::Approx(double(taylor)).epsilon(4e-16).scale(0));
            if (float(x) == 0.0f)  // below the float range: 0 in, 0 out
                CHECK(act::bsilu(float(x)) == 0.0f);
            else
                CHECK(act::bsilu(float(x)) == doctest::Approx(double(float(taylor))).epsilon(1.2e-7).scale(0));
        }
        // The textbook form in double has no correct digit left at 1e-17.
        const double x = 1e-17;
        const double textbook = (x + a) / (1.0 + std::exp(-x)) - a / 2;
        CHECK(std::fabs(textbook - (0.5 + a / 4) * x) > 0.5 * x);
        // Denormal inputs keep their value scaled by 1/2 + alpha/4.
        const double tiny = std::numeric_limits<double>::denorm_min() * 1000;
        CHECK(act::bsilu(tiny) == tiny * (0.5 + 1.67 / 4));
    }

    TEST_CASE("limits: -alpha/2 at -inf (from below), asymptote x + alpha/2 at +inf")
    {
        const double inf = std::numeric_limits<double>::infinity();
        for (double alpha : {0.5, 1.67, 3.0}) {
            CAPTURE(alpha);
            CHECK(act::bsilu(-inf, alpha) == -alpha / 2);
            CHECK(act::bsilu(inf, alpha) == inf);
            // bsilu + alpha/2 = (x + alpha) sigma(x) < 0 for x < -alpha: below -alpha/2.
            // (Left of -30 the gap (x + alpha) e^x is below half an ULP of alpha/2.)
            for (double x = -30; x < -alpha - 0.1; x += 0.5) CHECK(act::bsilu(x, alpha) < -alpha / 2);
            // bsilu - (x + alpha/2) = -(x + alpha)(1 - sigma(x)) -> 0.
            for (double x = 5; x <= 25; x += 5) {  // beyond, the gap is below the ULPs of x
                const long double gap = -(x + alpha) / (1.0L + std::exp(x));
                CHECK(act::bsilu(x, alpha) - (x + alpha / 2) == doctest::Approx(double(gap)).epsilon(1e-3).scale(1e-15));
            }
            CHECK(act::bsilu(100.0, alpha) == 100.0 + alpha / 2);
            CHECK(act::bsilu_derivative(-inf, alpha) == 0.0);
            CHECK(act::bsilu_derivative(inf, alpha) == 1.0);
        }
    }

    TEST_CASE("the global minimum for alpha = 1.67 lies below -alpha/2")
    {
        const double xm = double(x_min_167);
        CHECK(std::fabs(act::bsilu_derivative(xm)) < 1e-16);
        CHECK(act::bsilu_derivative(std::nextafter(xm, -3.0)) < 0);
        CHECK(act::bsilu_derivative(std::nextafter(xm, 0.0)) > 0);
        CHECK(act::bsilu(xm) == doctest::Approx(double(min_167)).epsilon(1e-16));
        CHECK(act::bsilu(xm) < -1.67 / 2);
        // Rounded to four digits: about -0.8999 near x = -2.735.
        CHECK(act::bsilu(xm) == doctest::Approx(-0.8999).epsilon(1e-4));
        CHECK(xm == doctest::Approx(-2.735).epsilon(1e-3));
        for (double x = -30; x <= 5; x += 1e-3) CHECK(act::bsilu(x) >= act::bsilu(xm));
    }

    TEST_CASE("the minimum for any alpha: x = -(1+alpha) - W, value x + 1 + alpha/2")
    {
        for (double alpha : {0.0, 0.25, 1.0, 1.67, 2.5, 5.0}) {
            const long double w = lambert_w(std::exp(-1.0L - alpha));
            const long double xm = -1.0L - alpha - w;
            CAPTURE(alpha);
            CHECK(exercises::bsilu_minimiser(alpha) == doctest::Approx(double(xm)).epsilon(1e-15));
            CHECK(act::bsilu(double(xm), alpha) == doctest::Approx(double(-w - alpha / 2)).epsilon(1e-15));
            CHECK(act::bsilu(double(xm), alpha) == doctest::Approx(double(xm + 1 + alpha / 2)).epsilon(1e-15));
        }
    }

    TEST_CASE("the derivative matches central differences of the long double reference")
    {
        for (double alpha : {0.0, 1.0, 1.67, 3.0}) {
            for (double x = -40; x <= 40; x += 0.125) {
                CAPTURE(alpha);
                CAPTURE(x);
                const long double fd = checks::central_difference(
                    [alpha](long double v) { return bsilu_reference(v, alpha); }, x, 1e-6L);
                CHECK(std::fabs(double(fd) - act::bsilu_derivative(x, alpha)) <= 1e-9);
            }
        }
    }

    TEST_CASE("the derivative: 1/2 + alpha/4 at 0, negative left of the minimum, above 1 far right")
    {
        for (double alpha : {0.0, 1.0, 1.67}) {
            CHECK(act::bsilu_derivative(0.0, alpha) == doctest::Approx(0.5 + alpha / 4).epsilon(1e-16));
            const double xm = exercises::bsilu_minimiser(alpha);
            for (double x = xm - 30; x < xm - 1e-6; x += 0.01) CHECK(act::bsilu_derivative(x, alpha) < 0);
            for (double x = xm + 1e-6; x < 30; x += 0.01) CHECK(act::bsilu_derivative(x, alpha) > 0);
        }
        // bsilu' - 1 = (x + alpha - 1) e^-x + O(e^-2x) > 0 for large x.
        CHECK(act::bsilu_derivative(5.0) > 1.0);
    }

    // The minimiser x0 = -(1 + alpha) - W(e^{-1-alpha}) as hi + lo, and the
    // second and third derivatives of bsilu there (the first is
    // sigma(x0)), for alpha as the double (or float) the library receives:
    // mpmath at 50 digits (lambertw, diff). With the real 1.67 the root
    // would move by 7e-17, a sixth of a double's spacing there.
    struct Root {
        double alpha, hi, lo;
        long double second, third;
    };
    constexpr Root roots[] = {
        {-1.5, -0.2662486081617503, 1.8679010105298434e-17, 0.433828287037822492733L, 0.303035626173131075067L},
        {0.25, -1.4780760691312818, 1.0819716717905697e-16, 0.185718193574619893536L, 0.267962644875379829345L},
        {1.67, -2.7349004665497567, 2.17091197050734e-16, 0.0609451010572208716837L, 0.110747286085817149533L},
        {10.0, -11.00001670142185, 4.1539846557557193e-16, 0.000016701142917591243227L,
         0.0000334014490506582250297L},
    };
    constexpr Root root_167f{1.6699999570846558, -2.7349004262498924, 1.3137011364898604e-17,
                             0.0609451033636142038647L, 0.1107472898552235496919588L};

    // bsilu'(x0 + h) to second order: h bsilu''(x0) + h^2/2 bsilu'''(x0).
    long double slope_near_root(const Root& r, long double h) { return h * r.second + h * h / 2 * r.third; }

    TEST_CASE("the root of the derivative is found to about 100 bits for each alpha")
    {
        for (const Root& r : roots) {
            const act::LeftFactor f = act::BSiLU::left_factor(r.alpha);
            CAPTURE(r.alpha);
            CHECK(f.root_hi == r.hi);
            CHECK(std::fabs(static_cast<long double>(f.root_lo) - r.lo) <= 1e-30L * std::fabs(r.hi));
        }
        // alpha = 0 gives SiLU's root, which silu.hpp stores as constants.
        const act::LeftFactor silu = act::BSiLU::left_factor(0.0);
        CHECK(silu.root_hi == act::core::fitted::silu_root_hi);
        CHECK(std::fabs(silu.root_lo - act::core::fitted::silu_root_lo) <= 1e-30);
        // No root left of 0 for alpha <= -2, where F(0) = 2 + alpha <= 0.
        CHECK(std::isnan(act::BSiLU::left_factor(-2.0).root_hi));
        CHECK(std::isnan(act::BSiLU::left_factor(-3.0).root_hi));
    }

    TEST_CASE("at the default alpha the stored factor is left_factor's, bit for bit")
    {
        // Scalar calls at the default alpha read BSiLU::default_left_factor
        // (constants from tools/fit_kernels.py) instead of left_factor(1.67):
        // the same bits in all seven fields give the same results.
        const act::LeftFactor found = act::BSiLU::left_factor(act::BSiLU::parameters[0].default_value);
        const act::LeftFactor& stored = act::BSiLU::default_left_factor;
        const double f[] = {found.alpha, found.c_hi, found.c_lo, found.root_hi,
                            found.root_lo, found.slope, found.root_exp};
        const double s[] = {stored.alpha, stored.c_hi, stored.c_lo, stored.root_hi,
                            stored.root_lo, stored.slope, stored.root_exp};
        for (std::size_t i = 0; i < std::size(f); ++i) {
            CAPTURE(i);
            CHECK(act::core::bits_of(f[i]) == act::core::bits_of(s[i]));
        }
        // A call at another alpha fills the per-thread cache; the default
        // alpha, given or not, still gets its own factor.
        const xt::xarray<double> x = xt::linspace<double>(-6.0, 2.0, 161);
        const xt::xarray<double> lazy = act::bsilu_derivative(x);
        for (std::size_t i = 0; i < x.size(); ++i) {
            CAPTURE(x(i));
            CHECK(act::bsilu_derivative(x(i), 0.25) != lazy(i));
            CHECK(act::bsilu_derivative(x(i)) == lazy(i));
            CHECK(act::bsilu_derivative(x(i), 1.67) == lazy(i));
        }
    }

    TEST_CASE("near the minimum the derivative keeps its relative accuracy")
    {
        // bsilu'(x0 + h) to second order (slope_near_root): for |h| up to
        // 1e-11 the third-order term is below 1e-21 relative. h = (x - hi) -
        // lo is exact to long double precision.
        for (const Root& r : roots) {
            for (double offset : {4.5e-16, -9e-16, 1e-14, -1e-13, 1e-12}) {
                const double x = r.hi + offset * std::max(1.0, std::fabs(r.hi));
                const long double h = static_cast<long double>(x - r.hi) - r.lo;
                CAPTURE(r.alpha);
                CAPTURE(offset);
                CHECK(act::bsilu_derivative(x, r.alpha) ==
                      doctest::Approx(double(slope_near_root(r, h))).epsilon(6e-16).scale(0));
            }
        }
        // float, computed in double from alpha = 1.67f: the 129 floats around
        // the root, |h| < 1.6e-5 (third-order term below 1e-10 relative).
        float x = static_cast<float>(root_167f.hi);
        for (int k = 0; k < 64; ++k) x = std::nextafter(x, -3.0f);
        for (int k = 0; k <= 128; ++k, x = std::nextafter(x, 0.0f)) {
            const long double h = static_cast<long double>(double(x) - root_167f.hi) - root_167f.lo;
            CAPTURE(x);
            CHECK(act::bsilu_derivative(x) ==
                  doctest::Approx(double(slope_near_root(root_167f, h))).epsilon(6e-8).scale(0));
        }
    }

    TEST_CASE_TEMPLATE("limits and extremes: no overflow, no NaN, within ULPs of the reference", T, float, double)
    {
        using L = std::numeric_limits<T>;
        const T a = T(1.67);
        // (x + alpha) sigma(x) - alpha/2 -> -alpha/2 at -inf, slope -> 0; ~ x + alpha/2
        // at +inf, slope -> 1.
        checks::limits<T>(act::bsilu, act::bsilu_derivative, -a / 2, L::infinity(), T(0), T(1));
        const double tolerance = std::is_same_v<T, float> ? 1 : 4;
        const auto value = [a](long double x) { return bsilu_reference(x, a); };
        const auto slope = [a](long double x) { return bsilu_derivative_reference(x, a); };
        checks::finite_near_reference<T>(act::bsilu, act::bsilu_derivative, value, slope, tolerance);
    }

    TEST_CASE_TEMPLATE("far left: the derivative keeps its denormal values", T, float, double)
    {
        const T lowest = std::is_same_v<T, float> ? T(-110) : T(-760);
        const double tolerance = std::is_same_v<T, float> ? 1 : 4;
        for (T x = T(-30); x > lowest; x -= T(0.01)) {
            const T want = static_cast<T>(bsilu_derivative_reference(x, T(1.67)));
            CAPTURE(x);
            if (want < T(0)) CHECK(act::bsilu_derivative(x) < T(0));
            CHECK(checks::ulp_distance(act::bsilu_derivative(x), want) <= tolerance);
        }
    }

    TEST_CASE("float results are within 1 ULP of the reference on a strided sweep")
    {
        const auto value = [](long double x) { return bsilu_reference(x, 1.67f); };
        const auto slope = [](long double x) { return bsilu_derivative_reference(x, 1.67f); };
        CHECK(checks::worst_float_ulps(act::bsilu, value) <= 1);
        CHECK(checks::worst_float_ulps(act::bsilu_derivative, slope) <= 1);
    }
}

TEST_SUITE("bsilu exercises")
{
    TEST_CASE("exercise 1: bsilu_minimiser agrees with golden-section search on the function")
    {
        for (double alpha : {0.0, 1.0, 1.67, 4.0}) {
            // Golden-section search in long double on the reference function itself.
            long double lo = -10, hi = 0;
            const long double g = (std::sqrt(5.0L) - 1) / 2;
            for (int i = 0; i < 200; ++i) {
                const long double m1 = hi - g * (hi - lo), m2 = lo + g * (hi - lo);
                if (bsilu_reference(m1, alpha) < bsilu_reference(m2, alpha))
                    hi = m2;  // the minimum is left of m2
                else
                    lo = m1;  // the minimum is right of m1
            }
            CAPTURE(alpha);
            // A flat minimum: the search locates x to about sqrt(epsilon).
            CHECK(exercises::bsilu_minimiser(alpha) == doctest::Approx(double(lo)).epsilon(1e-8));
        }
    }

    TEST_CASE("exercise 2: the SUGAR gradient of ReLU uses the B-SiLU slope")
    {
        for (double x = -8; x <= 8; x += 0.25) {
            const auto [forward, gradient] = exercises::sugar_relu(x, 1.67);
            CAPTURE(x);
            CHECK(forward == std::max(x, 0.0));
            CHECK(gradient == act::bsilu_derivative(x));
        }
        // ReLU's own gradient is 0 for x < 0; the surrogate's is not.
        CHECK(exercises::sugar_relu(-1.0, 1.67).second > 0);
        CHECK(exercises::sugar_relu(-5.0, 1.67).second < 0);
    }

    TEST_CASE("exercise 3: where the surrogate gradient falls below a threshold")
    {
        // |bsilu'(x)| < t for all x below the returned point (and not just above it).
        for (double t : {1e-2, 1e-3, 1e-6}) {
            const double edge = exercises::surrogate_fades_below(t, 1.67);
            CAPTURE(t);
            CHECK(std::fabs(act::bsilu_derivative(edge)) == doctest::Approx(t).epsilon(1e-9));
            for (double x = edge - 50; x < edge; x += 0.01) CHECK(std::fabs(act::bsilu_derivative(x)) <= t);
            CHECK(std::fabs(act::bsilu_derivative(edge + 0.01)) > t);
        }
    }
}
