// Where the textbook SiLU formulas lose: the far-left tail, where the naive
// sigmoid overflows to 0 before x e^x stops being representable, and the
// root of the derivative, where sigma (1 + x (1 - sigma)) cancels. The
// reference is MPFR with 256-bit significands.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include <mpfr.h>

#include "act/silu.hpp"
#include "listing.hpp"

namespace {

// [listing:naive]
template <class T>
T silu_naive(T x) { return x * (T(1) / (T(1) + std::exp(-x))); }

template <class T>
T silu_derivative_naive(T x)
{
    const T s = T(1) / (T(1) + std::exp(-x));
    return s * (T(1) + x * (T(1) - s));
}
// [/listing:naive]

// silu(x) or silu'(x) of a double in 256-bit MPFR, rounded to double.
double mpfr_silu(double x, bool derivative)
{
    mpfr_t v, s, t;
    mpfr_inits2(256, v, s, t, static_cast<mpfr_ptr>(nullptr));
    mpfr_set_d(v, x, MPFR_RNDN);
    mpfr_neg(s, v, MPFR_RNDN);
    mpfr_exp(s, s, MPFR_RNDN);      // e^-x
    mpfr_add_ui(s, s, 1, MPFR_RNDN);
    mpfr_ui_div(s, 1, s, MPFR_RNDN);  // sigma
    if (derivative) {
        mpfr_ui_sub(t, 1, s, MPFR_RNDN);  // 1 - sigma
        mpfr_mul(t, t, v, MPFR_RNDN);
        mpfr_add_ui(t, t, 1, MPFR_RNDN);
        mpfr_mul(t, t, s, MPFR_RNDN);
    } else {
        mpfr_mul(t, v, s, MPFR_RNDN);
    }
    const double r = mpfr_get_d(t, MPFR_RNDN);
    mpfr_clears(v, s, t, static_cast<mpfr_ptr>(nullptr));
    return r;
}

// The largest x < 0 of type T (nearest 0) with pred(x) true, for a predicate
// true from the far left up to some point and false after it.
template <class T, class Pred>
T last_true(T lo, T hi, Pred pred)
{
    while (std::nextafter(lo, hi) < hi) {
        const T mid = lo / 2 + hi / 2;
        if (mid <= lo || mid >= hi) break;
        (pred(mid) ? lo : hi) = mid;
    }
    return lo;
}

template <class T>
void tail(listing::Program& program, const std::string& type)
{
    const T lowest = std::numeric_limits<T>::lowest();
    const T naive_zero = last_true<T>(lowest, T(-1), [](T x) { return silu_naive(x) == T(0); });
    const T act_zero = last_true<T>(lowest, T(-1), [](T x) { return act::silu(x) == T(0); });
    const T true_zero = last_true<T>(lowest, T(-1), [](T x) {
        return static_cast<T>(mpfr_silu(double(x), false)) == T(0);
    });
    std::printf("%-6s naive x*(1/(1+exp(-x))) is 0 from x = %-12.9g act::silu from x = %-12.9g "
                "the true value rounds to 0 from x = %.9g\n",
                type.c_str(), double(naive_zero), double(act_zero), double(true_zero));
    std::printf("%-6s at x = %.9g the true value is %.6g, act::silu gives %.6g\n", type.c_str(),
                double(naive_zero), mpfr_silu(double(naive_zero), false), double(act::silu(naive_zero)));
    program.threshold(type + "_naive_zero_from", naive_zero, T(0), [](T x) { return silu_naive(x) == T(0); }, 7);
    program.threshold(type + "_act_zero_from", act_zero, T(0), [](T x) { return act::silu(x) == T(0); }, 7);
    program.threshold(type + "_true_zero_from", true_zero, T(0),
                      [](T x) { return static_cast<T>(mpfr_silu(double(x), false)) == T(0); }, 7);
    program.value(type + "_true_at_naive_zero", mpfr_silu(double(naive_zero), false), 4);
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("naive_vs_stable",
                             "Naive SiLU formulas against act::silu, measured with MPFR.");
    const long& points =
        program.integer_option("points", 21, 1, 60, "how many offsets from the root of silu' to tabulate");
    program.parse(argc, argv);

    std::printf("The far-left tail:\n");
    tail<float>(program, "float");
    tail<double>(program, "double");

    // Near x* the derivative is about (x - x*) silu''(x*): compare relative
    // errors at x = x* + 2^k ULPs of x*.
    std::printf("\nsilu'(x) near its root x* (double), relative error against MPFR:\n"
                "  offset (ULPs)        x                    naive        act::silu_derivative\n");
    const double root = -1.2784645427610737;  // the double nearest x* (see minimum.cpp)
    const double ulp = root - std::nextafter(root, -2.0);
    std::vector<double> col_k, col_x, col_naive, col_act;
    double worst_naive = 0, worst_act = 0;
    for (long i = 0; i < points; ++i) {
        const double offset = std::ldexp(1.0, static_cast<int>(i));
        const double x = root + offset * ulp;
        const double want = mpfr_silu(x, true);
        const double e_naive = std::fabs(silu_derivative_naive(x) - want) / std::fabs(want);
        const double e_act = std::fabs(act::silu_derivative(x) - want) / std::fabs(want);
        std::printf("  %12g  %.17g  %12.3g  %12.3g\n", offset, x, e_naive, e_act);
        col_k.push_back(offset);
        col_x.push_back(x);
        col_naive.push_back(e_naive);
        col_act.push_back(e_act);
        worst_naive = std::max(worst_naive, e_naive);
        worst_act = std::max(worst_act, e_act);
    }
    program.csv("root_errors", {"offset in ULPs", "x", "naive relative error", "act relative error"},
                {col_k, col_x, col_naive, col_act});
    program.value("root_worst_naive", worst_naive, 2);
    program.value("root_worst_act", worst_act, 2);
    std::printf("worst relative error: naive %.3g, act %.3g\n", worst_naive, worst_act);
    return 0;
}
