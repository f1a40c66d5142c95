// The float/double explorer's wide reference (code/wasm/wide.hpp): the
// browser's C library computes long double's exp, expm1, log1p, tanh and
// erfc in double precision only, so wide::own computes them from long
// double arithmetic. Natively long double has 64 bits (x86), not the 113 of
// WebAssembly, so these checks hold the same code to 64-bit accuracy:
// within 2^-58 of MPFR (256 bits) relative to the result, against the
// 2^-64 of long double's own rounding. A wrong series, a missing term or a
// bad continued fraction is off by far more. (The site check compares the
// browser's results, with 113 bits, against MPFR through explorer_values.)
#include <doctest/doctest.h>
#include <mpfr.h>

#include <cmath>
#include <string>
#include <vector>

#include "wide.hpp"

namespace {

/// MPFR's f at x (256 bits), rounded to long double.
long double mpfr_at(int (*f)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t), long double x)
{
    mpfr_t v;
    mpfr_init2(v, 256);
    mpfr_set_ld(v, x, MPFR_RNDN);
    f(v, v, MPFR_RNDN);
    const long double r = mpfr_get_ld(v, MPFR_RNDN);
    mpfr_clear(v);
    return r;
}

/// The points of the checks: a grid over [lo, hi] and the edges of the ranges.
std::vector<long double> points(double lo, double hi)
{
    std::vector<long double> x;
    for (double v = lo; v <= hi; v += (hi - lo) / 997) x.push_back(v);
    for (double v : {0.0, 1e-300, -1e-300, 1e-20, -1e-20, 0.4999, 0.5, 0.5001, 0.9999, 1.0, 1.0001})
        if (v >= lo && v <= hi) x.push_back(v);
    return x;
}

void check(const char* name, long double (*own)(long double), int (*mp)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t),
           double lo, double hi)
{
    for (long double x : points(lo, hi)) {
        const long double want = mpfr_at(mp, x), got = own(x);
        const long double error = want == 0 ? std::fabs(got) : std::fabs(got - want) / std::fabs(want);
        INFO(std::string(name) << "(" << static_cast<double>(x) << "): " << static_cast<double>(got) << " against MPFR's "
                  << static_cast<double>(want));
        CHECK(error <= std::ldexp(1.0L, -58));
    }
}

}  // namespace

TEST_CASE("the explorer's wide functions agree with MPFR")
{
    check("exp", wide::own::exp, mpfr_exp, -700, 700);
    check("expm1", wide::own::expm1, mpfr_expm1, -40, 40);
    check("log1p", wide::own::log1p, mpfr_log1p, -0.999, 1e6);
    check("tanh", wide::own::tanh, mpfr_tanh, -30, 30);
    check("erfc", wide::own::erfc, mpfr_erfc, -6, 26);
    check("sqrt", wide::own::sqrt, mpfr_sqrt, 0, 1e6);
}

TEST_CASE("the explorer's wide functions at their limits")
{
    const long double inf = std::numeric_limits<long double>::infinity();
    CHECK(wide::own::exp(-inf) == 0);
    CHECK(wide::own::exp(inf) == inf);
    CHECK(std::isnan(wide::own::exp(std::nanl(""))));
    CHECK(wide::own::log1p(-1.0L) == -inf);
    CHECK(std::isnan(wide::own::log1p(-2.0L)));
    CHECK(wide::own::tanh(inf) == 1);
    CHECK(wide::own::tanh(-inf) == -1);
    CHECK(wide::own::erfc(-inf) == 2);
    CHECK(wide::own::erfc(inf) == 0);
    CHECK(std::signbit(wide::own::tanh(-0.0L)));
    CHECK(std::signbit(wide::own::expm1(-0.0L)));
}
