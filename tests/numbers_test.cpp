// Checks of the chapter "Numbers in a computer": the IEEE-754 facts it
// states (each with its source), the thresholds its listings find by
// bisection against their closed forms, the accuracy of expm1 and log1p
// against long double, and the chapter's exercise solutions.
//
// Source of the format parameters: IEEE 754-2019, Table 3.5 (binary32:
// p = 24, emax = 127; binary64: p = 53, emax = 1023; emin = 1 - emax) and
// clause 3.4 (the encoding: sign, biased exponent, trailing significand).
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include <doctest/doctest.h>

#include "accuracy/study.hpp"
#include "checks.hpp"
#include "numbers/exercises.hpp"
#include "numbers/float_bits.hpp"
#include "numbers/thresholds.hpp"

namespace {

// The error in ULPs of T of y against a long double reference, as the
// chapter "Accuracy and speed" measures it.
template <class T>
double error_ulp(T y, long double r)
{
    const double hi = static_cast<double>(r);
    return study::ulp_error<T>(y, hi, static_cast<double>(r - hi));
}

}  // namespace

TEST_SUITE("numbers")
{
    TEST_CASE("the float and double formats have IEEE 754's parameters")
    {
        using F = std::numeric_limits<float>;
        using D = std::numeric_limits<double>;
        CHECK(F::is_iec559);
        CHECK(D::is_iec559);
        CHECK(F::digits == 24);  // p, counting the leading bit
        CHECK(D::digits == 53);
        // machine epsilon is 2^(1-p): the gap above 1
        CHECK(F::epsilon() == std::ldexp(1.0f, -23));
        CHECK(D::epsilon() == std::ldexp(1.0, -52));
        CHECK(std::nextafter(1.0f, 2.0f) - 1.0f == F::epsilon());
        // smallest normal 2^emin, smallest denormal 2^(emin + 1 - p)
        CHECK(F::min() == std::ldexp(1.0f, -126));
        CHECK(F::denorm_min() == std::ldexp(1.0f, -149));
        CHECK(D::min() == std::ldexp(1.0, -1022));
        CHECK(D::denorm_min() == std::ldexp(1.0, -1074));
        // largest finite (2 - 2^(1-p)) 2^emax
        CHECK(F::max() == std::ldexp(2.0f - std::ldexp(1.0f, -23), 127));
        CHECK(D::max() == std::ldexp(2.0 - std::ldexp(1.0, -52), 1023));
        CHECK(numbers::exponent_bias<float>() == 127);
        CHECK(numbers::exponent_bias<double>() == 1023);
    }

    TEST_CASE("the fields of 1, 0.1, -2.5 and the extremes are as worked out by hand")
    {
        // 1 = +1.0 x 2^0: field 0 + 127, fraction 0.
        auto one = numbers::fields(1.0f);
        CHECK(one.sign == 0);
        CHECK(one.exponent == 127);
        CHECK(one.fraction == 0);
        CHECK(numbers::bit_pattern(1.0f) == 0x3f800000u);
        // 0.1 = 1.6 x 2^-4; 0.6 in binary is 0.1001 1001 ..., 23 bits
        // 1001 1001 1001 1001 1001 100|11... round up to ...1101 = 0x4ccccd.
        auto tenth = numbers::fields(0.1f);
        CHECK(tenth.sign == 0);
        CHECK(tenth.exponent == 127 - 4);
        CHECK(tenth.fraction == 0x4ccccdu);
        // -2.5 = -1.25 x 2^1: fraction .01 = 0x200000 in 23 bits
        auto m = numbers::fields(-2.5f);
        CHECK(m.sign == 1);
        CHECK(m.exponent == 128);
        CHECK(m.fraction == 0x200000u);
        // double 0.1: 52 bits of 1001... rounded up: 0x999999999999a
        auto d = numbers::fields(0.1);
        CHECK(d.exponent == 1023 - 4);
        CHECK(d.fraction == 0x999999999999aull);
        // the smallest denormal has field 0 and fraction 1; infinity has
        // the all-ones field and fraction 0; a NaN a non-zero fraction
        auto tiny = numbers::fields(std::numeric_limits<float>::denorm_min());
        CHECK(tiny.exponent == 0);
        CHECK(tiny.fraction == 1);
        auto inf = numbers::fields(std::numeric_limits<float>::infinity());
        CHECK(inf.exponent == 255);
        CHECK(inf.fraction == 0);
        auto nan = numbers::fields(std::numeric_limits<float>::quiet_NaN());
        CHECK(nan.exponent == 255);
        CHECK(nan.fraction != 0);
        auto mz = numbers::fields(-0.0f);
        CHECK(mz.sign == 1);
        CHECK(mz.exponent == 0);
        CHECK(mz.fraction == 0);
    }

    TEST_CASE_TEMPLATE("the gap between neighbours doubles from one binade to the next", T, float, double)
    {
        const int p = std::numeric_limits<T>::digits;
        for (int e = -60; e <= 60; ++e) {
            CAPTURE(e);
            const T x = std::ldexp(T(1), e);
            const T gap = std::nextafter(x, T(2) * x) - x;
            CHECK(gap == std::ldexp(T(1), e - p + 1));  // 2^(e - p + 1) in [2^e, 2^(e+1))
            // study::ulp, the book's definition, agrees inside the binade
            CHECK(study::ulp<T>(double(x) * 1.5) == double(gap));
        }
        // below the smallest normal the gap is the smallest denormal
        using L = std::numeric_limits<T>;
        CHECK(std::nextafter(L::min() / 8, T(1)) - L::min() / 8 == L::denorm_min());
        CHECK(study::ulp<T>(double(L::min()) / 8) == double(L::denorm_min()));
    }

    TEST_CASE("rounding to nearest breaks ties to the even neighbour")
    {
        // IEEE 754-2019, 4.3.1 roundTiesToEven, the default. Above 2^24 the
        // floats are 2 apart; 2^24 + 1 lies half-way between 2^24 (even
        // significand) and 2^24 + 2 (odd).
        CHECK(static_cast<float>(16777217.0) == 16777216.0f);
        CHECK(static_cast<float>(16777219.0) == 16777220.0f);
        CHECK(static_cast<float>(16777221.0) == 16777220.0f);
        // just above a tie rounds up, just below rounds down
        CHECK(static_cast<float>(16777217.0 + 1e-6) == 16777218.0f);
        CHECK(static_cast<float>(16777219.0 - 1e-6) == 16777218.0f);
        // 1 + 2^-24 is half-way between 1 and 1 + 2^-23: it goes to 1
        CHECK(static_cast<float>(1.0 + std::ldexp(1.0, -24)) == 1.0f);
        // 0.1 + 0.2 in double is the double above 0.3's nearest double
        CHECK(0.1 + 0.2 != 0.3);
        CHECK(0.1 + 0.2 == std::nextafter(0.3, 1.0));
    }

    TEST_CASE("+, -, *, / and sqrt are correctly rounded")
    {
        // IEEE 754-2019, 5.4.1: the result is the exact result rounded once.
        // The exact product of two floats has at most 48 significant bits,
        // and x + 3 for 2^-19 < |x| < 2^20 at most 64: both fit in a long
        // double (64 bits, and a wider exponent range), so rounding the long
        // double to float rounds the exact result.
        for (float x : checks::strided_floats()) {
            if (!std::isfinite(x)) continue;
            CAPTURE(x);
            CHECK(x * 3.0f == static_cast<float>(static_cast<long double>(x) * 3));
            CHECK(x / 4.0f == static_cast<float>(static_cast<long double>(x) / 4));
            if (std::fabs(x) > 2e-6f && std::fabs(x) < 1e6f)
                CHECK(x + 3.0f == static_cast<float>(static_cast<long double>(x) + 3));
            if (x > 0) CHECK(error_ulp(std::sqrt(x), std::sqrt(static_cast<long double>(x))) <= 0.5);
        }
    }

    TEST_CASE("exp overflows at log(max), in float and double")
    {
        const float from = numbers::exp_overflows_from<float>();
        CHECK(std::isinf(std::exp(from)));
        CHECK(std::isfinite(std::exp(std::nextafter(from, 0.0f))));
        // the closed form: log(FLT_MAX) = 127 log 2 + log(2 - 2^-23)
        const long double closed = 127 * std::log(2.0L) + std::log(2.0L - std::ldexp(1.0L, -23));
        CHECK(checks::ulp_distance(from, static_cast<float>(closed)) <= 1);
        const double dfrom = numbers::exp_overflows_from<double>();
        CHECK(std::isinf(std::exp(dfrom)));
        CHECK(checks::ulp_distance(dfrom, static_cast<double>(std::log(
                                              static_cast<long double>(std::numeric_limits<double>::max())))) <= 1);
    }

    TEST_CASE("exp becomes a denormal below log(min) and 0 below log(denorm_min / 2)")
    {
        using F = std::numeric_limits<float>;
        const float denormal_below = numbers::exp_denormal_below<float>();
        CHECK(std::exp(denormal_below) < F::min());
        CHECK(std::exp(std::nextafter(denormal_below, 0.0f)) >= F::min());
        CHECK(checks::ulp_distance(denormal_below, static_cast<float>(-126 * std::log(2.0L))) <= 1);
        const float zero_below = numbers::exp_zero_below<float>();
        CHECK(std::exp(zero_below) == 0.0f);
        CHECK(std::exp(std::nextafter(zero_below, 0.0f)) == F::denorm_min());
        // a value below half the smallest denormal rounds to 0: log(2^-150)
        CHECK(checks::ulp_distance(zero_below, static_cast<float>(-150 * std::log(2.0L))) <= 1);
        const double dzero = numbers::exp_zero_below<double>();
        CHECK(checks::ulp_distance(dzero, static_cast<double>(-1075 * std::log(2.0L))) <= 1);
    }

    TEST_CASE("gradual underflow: halving the smallest normal gives a denormal, not 0")
    {
        using F = std::numeric_limits<float>;
        volatile float min = F::min();  // at run time, where flush-to-zero would act
        const float half = min / 2;
        CHECK(half > 0.0f);
        CHECK(half == std::ldexp(1.0f, -127));
        CHECK(std::fpclassify(half) == FP_SUBNORMAL);
        CHECK(F::denorm_min() / 2 == 0.0f);  // a tie between 0 and 2^-149: even is 0
        // x - y == 0 only when x == y, thanks to the denormals
        const float a = std::ldexp(1.5f, -126), b = std::ldexp(1.25f, -126);
        CHECK(a - b != 0.0f);
    }

    TEST_CASE("NaN, infinity and signed zero behave as IEEE 754 says")
    {
        const float inf = std::numeric_limits<float>::infinity();
        volatile float zero = 0.0f;
        CHECK(std::isnan(inf - inf));
        CHECK(std::isnan(zero * inf));
        CHECK(std::isnan(zero / zero));
        const float nan = inf - inf;
        CHECK_FALSE(nan == nan);
        CHECK(nan != nan);
        CHECK_FALSE(nan < 1.0f);
        CHECK_FALSE(nan >= 1.0f);
        CHECK(1.0f / zero == inf);
        const float mz = -zero;
        CHECK(mz == 0.0f);
        CHECK(std::signbit(mz));
        CHECK(1.0f / mz == -inf);
    }

    TEST_CASE("expm1 and log1p stay within 1 ULP, the half-angle form within 2, where the naive forms cancel")
    {
        for (float x = 1e-7f; x < 0.5f; x *= 1.37f) {
            CAPTURE(x);
            const long double lx = x, s = std::sin(lx / 2);
            CHECK(error_ulp(std::expm1(x), std::expm1(lx)) <= 1);
            CHECK(error_ulp(std::log1p(x), std::log1p(lx)) <= 1);
            CHECK(error_ulp(2.0f * std::sin(x / 2) * std::sin(x / 2), 2 * s * s) <= 2);
            CHECK(error_ulp(std::expm1(-x), std::expm1(-lx)) <= 1);
            CHECK(error_ulp(std::log1p(-x), std::log1p(-lx)) <= 1);
        }
        // the naive forms: the relative error of exp(x) - 1 is about
        // epsilon / x, so at x = 1e-5 thousands of ULPs
        CHECK(error_ulp(std::exp(1e-5f) - 1.0f, std::expm1(1e-5L)) > 1000);
        CHECK(error_ulp(std::log(1.0f + 1e-5f), std::log1p(1e-5L)) > 1000);
        // 1 + 1e-8 rounds to 1 in float: log(1 + x) is exactly 0
        CHECK(std::log(1.0f + 1e-8f) == 0.0f);
        CHECK(std::log1p(1e-8f) > 0.0f);
    }

    TEST_CASE("a central difference has error about h^2/6 |f'''| plus rounding")
    {
        // f = exp at 1: f' = f''' = e. For h = 2^-4 truncation dominates:
        // (f(x+h) - f(x-h)) / 2h = e (1 + h^2/6 + h^4/120 + ...).
        const double e = std::exp(1.0);
        auto cd = [](double h) { return checks::central_difference([](long double t) { return std::exp(t); }, 1.0L, h); };
        const double h = 0.0625;
        CHECK(static_cast<double>(cd(h)) / e - 1 == doctest::Approx(h * h / 6 + h * h * h * h / 120).epsilon(1e-6));
        // in double, the best step is near (3 eps)^(1/3), and the error there
        // is far below the error at large or tiny steps
        auto err = [e](double step) { return std::fabs((std::exp(1 + step) - std::exp(1 - step)) / (2 * step) - e) / e; };
        const double best = std::cbrt(3 * std::numeric_limits<double>::epsilon());
        CHECK(err(best) < 1e-10);
        CHECK(err(0.5) > 1e-2);
        CHECK(err(std::ldexp(1.0, -45)) > 1e-4);
    }
}

TEST_SUITE("numbers exercises")
{
    TEST_CASE("exercise 1: decode rebuilds every finite float and a range of doubles exactly")
    {
        for (float x : checks::strided_floats()) {
            if (!std::isfinite(x)) continue;
            CAPTURE(x);
            const float back = exercises::decode<float>(numbers::fields(x));
            CHECK(back == x);
            CHECK(std::signbit(back) == std::signbit(x));
        }
        for (double x : checks::extreme_inputs<double>()) {
            if (!std::isfinite(x)) continue;
            CAPTURE(x);
            CHECK(exercises::decode<double>(numbers::fields(x)) == x);
        }
    }

    TEST_CASE("exercise 2: counting floats by their bit patterns")
    {
        // 23 fraction bits: 2^23 floats in each binade, and as many (zero and
        // the denormals) below the smallest normal
        CHECK(exercises::floats_between(1.0f, 2.0f) == (1u << 23));
        CHECK(exercises::floats_between(1024.0f, 2048.0f) == (1u << 23));
        CHECK(exercises::floats_between(0.0f, std::numeric_limits<float>::min()) == (1u << 23));
        // against stepping with nextafter on a short range
        float x = 0.75f;
        std::uint32_t steps = 0;
        while (x < 0.75f + 0.001f) x = std::nextafter(x, 1.0f), ++steps;
        CHECK(exercises::floats_between(0.75f, x) == steps);
    }

    TEST_CASE("exercise 3: the first integer a type cannot hold is 2^p + 1")
    {
        CHECK(exercises::first_unrepresentable_integer<float>() == (std::uint64_t(1) << 24) + 1);
        CHECK(exercises::first_unrepresentable_integer<double>() == (std::uint64_t(1) << 53) + 1);
        CHECK(static_cast<float>(16777217.0) != 16777217.0);
        for (long n = 16777216 - 1000; n <= 16777216; ++n) CHECK(double(static_cast<float>(n)) == double(n));
    }

    TEST_CASE("exercise 4: the stable form of sqrt(x^2 + 1) - x is within 2 ULP, the naive is not")
    {
        for (float x = 0.0f; x < 1e30f; x = x * 1.9f + 0.3f) {
            CAPTURE(x);
            const long double lx = x;
            const long double ref = 1 / (std::sqrt(lx * lx + 1) + lx);
            CHECK(error_ulp(exercises::gap_to_hypotenuse(x), ref) <= 2);
        }
        CHECK(exercises::gap_to_hypotenuse_naive(1e4f) == 0.0f);
        CHECK(std::isinf(exercises::gap_to_hypotenuse_naive(1e20f)));
        CHECK(error_ulp(exercises::gap_to_hypotenuse_naive(100.0f), 1 / (std::sqrt(10001.0L) + 100)) > 100);
    }
}
