// How accurate B-SiLU and its derivative are, measured against 256-bit MPFR:
// the textbook formula against act::bsilu near 0 (cancellation), and the
// derivative near its root (the minimum of B-SiLU).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include <mpfr.h>

#include "act/bsilu.hpp"
#include "listing.hpp"

namespace {

// [listing:textbook]
template <class T>
T bsilu_textbook(T x, T alpha)
{
    return (x + alpha) * (T(1) / (T(1) + std::exp(-x))) - alpha / T(2);
}

template <class T>
T bsilu_derivative_textbook(T x, T alpha)
{
    const T s = T(1) / (T(1) + std::exp(-x));
    return s + (x + alpha) * s * (T(1) - s);
}
// [/listing:textbook]

// The derivative's closed form e^x (x + 1 + alpha + e^x) / (1 + e^x)^2 for
// x < 0, all in double: what act::bsilu_derivative would do without writing
// the sum around its root.
double bsilu_derivative_plain(double x, double alpha)
{
    const double e = std::exp(x), d = 1.0 + e;
    return e * ((x + (1.0 + alpha)) + e) / (d * d);
}

// B-SiLU (derivative = false) or its derivative at x in 256-bit MPFR,
// rounded to double: the textbook formulas, whose cancellation costs at most
// a few hundred of the 256 bits here.
double reference(double x_d, double alpha_d, bool derivative)
{
    mpfr_t x, a, s, t;
    mpfr_inits2(256, x, a, s, t, static_cast<mpfr_ptr>(nullptr));
    mpfr_set_d(x, x_d, MPFR_RNDN);
    mpfr_set_d(a, alpha_d, MPFR_RNDN);
    mpfr_neg(s, x, MPFR_RNDN);
    mpfr_exp(s, s, MPFR_RNDN);
    mpfr_add_ui(s, s, 1, MPFR_RNDN);
    mpfr_ui_div(s, 1, s, MPFR_RNDN);  // sigma
    mpfr_add(t, x, a, MPFR_RNDN);     // x + alpha
    if (derivative) {
        mpfr_t u;
        mpfr_init2(u, 256);
        mpfr_ui_sub(u, 1, s, MPFR_RNDN);
        mpfr_mul(t, t, u, MPFR_RNDN);
        mpfr_add_ui(t, t, 1, MPFR_RNDN);
        mpfr_mul(t, t, s, MPFR_RNDN);
        mpfr_clear(u);
    } else {
        mpfr_mul(t, t, s, MPFR_RNDN);
        mpfr_div_ui(s, a, 2, MPFR_RNDN);
        mpfr_sub(t, t, s, MPFR_RNDN);
    }
    const double r = mpfr_get_d(t, MPFR_RNDN);
    mpfr_clears(x, a, s, t, static_cast<mpfr_ptr>(nullptr));
    return r;
}

template <class T>
double relative_error(T got, double want)
{
    return want == 0 ? std::fabs(double(got)) : std::fabs((double(got) - want) / want);
}

// Largest relative error of the textbook form and of act::bsilu in type T on
// x = +-2^-k, k = 1 ... kmax (the neighbourhood of 0).
template <class T>
void near_zero(listing::Program& program, const std::string& type, int kmax)
{
    const T a = T(1.67);
    double worst_textbook = 0, worst_act = 0;
    std::vector<double> col_x, col_textbook, col_act;
    for (int k = 1; k <= kmax; ++k) {
        for (int sign : {-1, 1}) {
            const T x = T(sign) * std::ldexp(T(1), -k);
            const double want = reference(double(x), double(a), false);
            const double et = relative_error(bsilu_textbook(x, a), want);
            const double ea = relative_error(act::bsilu(x, a), want);
            worst_textbook = std::max(worst_textbook, et);
            worst_act = std::max(worst_act, ea);
            if (sign > 0) {
                col_x.push_back(double(x));
                col_textbook.push_back(et);
                col_act.push_back(ea);
            }
        }
    }
    const double eps = std::numeric_limits<T>::epsilon();
    std::printf("%-6s on +-2^-k, k = 1..%d: textbook max relative error %.3g (%.3g eps), act::bsilu %.3g (%.3g eps)\n",
                type.c_str(), kmax, worst_textbook, worst_textbook / eps, worst_act, worst_act / eps);
    program.value(type + "_textbook_worst", worst_textbook, 2);
    program.value(type + "_act_worst", worst_act, 2);
    program.value(type + "_act_worst_eps", worst_act / eps, 2);
    program.csv("near_zero_" + type, {"x", "textbook relative error", "act relative error"},
                {col_x, col_textbook, col_act});
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("accuracy", "B-SiLU and its derivative against 256-bit MPFR.");
    const long& offsets =
        program.integer_option("offsets", 24, 1, 60, "how many offsets from the derivative's root to measure");
    program.parse(argc, argv);

    std::printf("B-SiLU near 0 (alpha = 1.67):\n");
    near_zero<float>(program, "float", 40);
    near_zero<double>(program, "double", 60);

    // The derivative at x = x_min + 2^i ULPs, double.
    const double alpha = 1.67;
    const double root = -2.7349004665497566;  // the double nearest x_min (minimum.cpp)
    const double ulp = std::nextafter(root, 0.0) - root;
    double worst_textbook = 0, worst_plain = 0, worst_act = 0;
    std::vector<double> col_k, col_textbook, col_plain, col_act;
    std::printf("\nB-SiLU' near its root x_min (double, alpha = 1.67), relative errors:\n"
                "   offset (ULPs)    textbook         plain double     act\n");
    for (long i = 0; i < offsets; ++i) {
        const double k = std::ldexp(1.0, static_cast<int>(i));
        for (double side : {-1.0, 1.0}) {
            const double x = root + side * k * ulp;
            const double want = reference(x, alpha, true);
            const double et = relative_error(bsilu_derivative_textbook(x, alpha), want);
            const double ep = relative_error(bsilu_derivative_plain(x, alpha), want);
            const double ea = relative_error(act::bsilu_derivative(x, alpha), want);
            worst_textbook = std::max(worst_textbook, et);
            worst_plain = std::max(worst_plain, ep);
            worst_act = std::max(worst_act, ea);
            if (side > 0) {
                std::printf("  %12g  %14.3g  %14.3g  %14.3g\n", k, et, ep, ea);
                col_k.push_back(k);
                col_textbook.push_back(et);
                col_plain.push_back(ep);
                col_act.push_back(ea);
            }
        }
    }
    program.csv("root_errors", {"offset in ULPs", "textbook", "plain double", "act"},
                {col_k, col_textbook, col_plain, col_act});
    program.value("root_worst_textbook", worst_textbook, 2);
    program.value("root_worst_plain", worst_plain, 2);
    program.value("root_worst_act", worst_act, 2);
    std::printf("worst: textbook %.3g, plain double %.3g, act %.3g\n", worst_textbook, worst_plain, worst_act);

    // Float: the 64 floats on each side of x_min, in ULPs of the float result.
    double worst_float_ulps = 0;
    float xf = static_cast<float>(root);
    for (int i = 0; i < 64; ++i) xf = std::nextafter(xf, -10.0f);
    for (int i = 0; i < 129; ++i, xf = std::nextafter(xf, 0.0f)) {
        const float want = static_cast<float>(reference(double(xf), double(1.67f), true));
        const float got = act::bsilu_derivative(xf);
        const double ulps = std::fabs(double(got) - double(want)) /
                            (std::nextafter(std::fabs(want), 1.0f) - std::fabs(want));
        worst_float_ulps = std::max(worst_float_ulps, ulps);
    }
    program.value("root_worst_float_ulps", worst_float_ulps, 2);
    std::printf("float: the 129 floats around x_min are within %.3g ULP of the correctly rounded value\n",
                worst_float_ulps);
    return 0;
}
