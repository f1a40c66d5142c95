// Where B-SiLU has its global minimum, three independent ways: bisection on
// the sign of the library's derivative, golden-section search on the function
// itself in 256-bit MPFR, and the closed form -(1 + alpha) - W(e^{-1-alpha}).
#include <cmath>
#include <cstdio>
#include <vector>

#include <mpfr.h>

#include "act/bsilu.hpp"
#include "listing.hpp"
#include "numerics.hpp"

namespace {

// [listing:bisection]
// The derivative is negative left of the minimum and positive right of it.
double minimiser_by_bisection(double alpha)
{
    double lo = -(alpha + 3.0), hi = -1.0;  // bsilu'(lo) < 0 < bsilu'(hi)
    while (std::nextafter(lo, hi) < hi) {
        const double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        (act::bsilu_derivative(mid, alpha) < 0 ? lo : hi) = mid;
    }
    return std::fabs(act::bsilu_derivative(lo, alpha)) <
           std::fabs(act::bsilu_derivative(hi, alpha)) ? lo : hi;
}
// [/listing:bisection]

// B-SiLU by its textbook formula in MPFR (256 bits make the cancellation harmless).
void mpfr_bsilu(mpfr_t out, const mpfr_t x, const mpfr_t alpha)
{
    mpfr_t s, half;
    mpfr_inits2(256, s, half, static_cast<mpfr_ptr>(nullptr));
    mpfr_neg(s, x, MPFR_RNDN);
    mpfr_exp(s, s, MPFR_RNDN);
    mpfr_add_ui(s, s, 1, MPFR_RNDN);
    mpfr_add(out, x, alpha, MPFR_RNDN);
    mpfr_div(out, out, s, MPFR_RNDN);  // (x + alpha) sigma(x)
    mpfr_div_ui(half, alpha, 2, MPFR_RNDN);
    mpfr_sub(out, out, half, MPFR_RNDN);
    mpfr_clears(s, half, static_cast<mpfr_ptr>(nullptr));
}

// Golden-section search for the minimum of B-SiLU on [-10, 0] in MPFR: it
// only compares function values, so it shares nothing with the derivative.
// Returns {x, value} rounded to double.
std::pair<double, double> minimum_by_golden_section(double alpha_d)
{
    mpfr_t a, lo, hi, m1, m2, f1, f2, g, t;
    mpfr_inits2(256, a, lo, hi, m1, m2, f1, f2, g, t, static_cast<mpfr_ptr>(nullptr));
    mpfr_set_d(a, alpha_d, MPFR_RNDN);
    mpfr_set_si(lo, -10, MPFR_RNDN);
    mpfr_set_si(hi, 0, MPFR_RNDN);
    mpfr_sqrt_ui(g, 5, MPFR_RNDN);
    mpfr_sub_ui(g, g, 1, MPFR_RNDN);
    mpfr_div_ui(g, g, 2, MPFR_RNDN);  // 0.618...
    for (int i = 0; i < 400; ++i) {   // 0.618^400 * 10 ~ 1e-83: far below double's resolution
        mpfr_sub(t, hi, lo, MPFR_RNDN);
        mpfr_mul(t, t, g, MPFR_RNDN);
        mpfr_sub(m1, hi, t, MPFR_RNDN);
        mpfr_add(m2, lo, t, MPFR_RNDN);
        mpfr_bsilu(f1, m1, a);
        mpfr_bsilu(f2, m2, a);
        if (mpfr_less_p(f1, f2))
            mpfr_set(hi, m2, MPFR_RNDN);
        else
            mpfr_set(lo, m1, MPFR_RNDN);
    }
    mpfr_bsilu(f1, lo, a);
    const std::pair<double, double> result{mpfr_get_d(lo, MPFR_RNDN), mpfr_get_d(f1, MPFR_RNDN)};
    mpfr_clears(a, lo, hi, m1, m2, f1, f2, g, t, static_cast<mpfr_ptr>(nullptr));
    return result;
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("minimum", "The global minimum of B-SiLU, three ways, for several alpha.", argc, argv);

    std::printf("%6s %22s %22s %22s %12s %10s\n", "alpha", "x by bisection", "x by golden section",
                "x = -(1+a) - W", "min value", "-alpha/2");
    std::vector<double> col_a, col_x, col_min, col_bound, col_gap;
    for (double alpha : {0.0, 0.5, 1.0, 1.67, 3.0, 5.0}) {
        const double xb = minimiser_by_bisection(alpha);
        const auto [xg, fg] = minimum_by_golden_section(alpha);
        const long double w = listing::lambert_w(std::exp(-1.0L - alpha));
        const double xw = double(-1.0L - alpha - w);
        const double value = act::bsilu(xb, alpha);
        std::printf("%6g %22.17g %22.17g %22.17g %12.9g %10g\n", alpha, xb, xg, xw, value, -alpha / 2);
        col_a.push_back(alpha);
        col_x.push_back(xb);
        col_min.push_back(value);
        col_bound.push_back(0.0 - alpha / 2);  // +0 rather than -0 for alpha = 0
        col_gap.push_back(-alpha / 2 - value);
        if (alpha == 1.67) {
            program.value("x_min", xb, 8);
            program.value("min_value", value, 8);
            program.value("min_golden", fg, 8);
            program.value("x_min_golden", xg, 8);
            program.value("below_bound", -alpha / 2 - value, 4);
            program.value("bisection_vs_lambert", std::fabs(xb - xw), 2);
            program.value("golden_vs_lambert", std::fabs(xg - xw), 2);
            std::printf("alpha = 1.67: the minimum lies %.4g below -alpha/2; bisection and the closed form "
                        "differ by %.2g, golden section and the closed form by %.2g\n",
                        -alpha / 2 - value, std::fabs(xb - xw), std::fabs(xg - xw));
        }
    }
    program.csv("minima", {"alpha", "x_min", "bsilu(x_min)", "-alpha/2", "depth below -alpha/2"},
                {col_a, col_x, col_min, col_bound, col_gap});
    return 0;
}
