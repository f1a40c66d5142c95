// Where the textbook formulas for softplus and its derivative break, in float
// and in double, next to the stable forms of the act library.
#include <cmath>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "act/softplus.hpp"
#include "listing.hpp"

namespace {

// [listing:naive]
template <class T>
T softplus_naive(T x) { return std::log(T(1) + std::exp(x)); }      // textbook

template <class T>
T softplus_log1p(T x) { return std::log1p(std::exp(x)); }           // the article's

template <class T>
T softplus_derivative_naive(T x) { return T(1) / (T(1) + std::exp(-x)); }
// [/listing:naive]

// A reference in long double (64-bit significand), stable form: far more
// precise than float or double, so its rounding to T is the right answer.
long double softplus_reference(long double x)
{
    return std::fmax(x, 0.0L) + std::log1p(std::exp(-std::fabs(x)));
}

template <class T>
void compare(listing::Program& program, const std::string& type, const std::vector<T>& xs)
{
    std::vector<double> col_x, col_naive, col_log1p, col_stable, col_ref, col_dnaive, col_dstable;
    std::cout << "\n" << type << ":\n"
              << "        x   log(1+exp(x))   log1p(exp(x))   act::softplus   reference\n";
    for (T x : xs) {
        const T naive = softplus_naive(x), viaLog1p = softplus_log1p(x);
        const T stable = act::softplus(x);
        const T ref = static_cast<T>(softplus_reference(x));
        std::printf("%9g %15.8g %15.8g %15.8g %11.8g\n", double(x), double(naive), double(viaLog1p),
                    double(stable), double(ref));
        col_x.push_back(x);
        col_naive.push_back(naive);
        col_log1p.push_back(viaLog1p);
        col_stable.push_back(stable);
        col_ref.push_back(ref);
        col_dnaive.push_back(softplus_derivative_naive(x));
        col_dstable.push_back(act::softplus_derivative(x));
    }
    program.csv("table_" + type, {"x", "log(1+exp(x))", "log1p(exp(x))", "act::softplus", "reference"},
                {col_x, col_naive, col_log1p, col_stable, col_ref});
    program.csv("derivative_" + type, {"x", "1/(1+exp(-x))", "act::softplus_derivative"},
                {col_x, col_dnaive, col_dstable});

    // Where the naive forms start to fail, found by bisection on T.
    const T big = std::numeric_limits<T>::max();
    const T overflow = listing::first_true<T>(T(0), big, [](T x) { return std::isinf(softplus_log1p(x)); });
    const T zero = -listing::first_true<T>(T(0), big, [](T x) { return softplus_naive(-x) == T(0); });
    const T zero_log1p = -listing::first_true<T>(T(0), big, [](T x) { return softplus_log1p(-x) == T(0); });
    const T dzero = -listing::first_true<T>(T(0), big, [](T x) { return softplus_derivative_naive(-x) == T(0); });
    program.threshold(type + "_overflow_from", overflow, T(0), [](T x) { return std::isinf(softplus_log1p(x)); }, 7);
    program.threshold(type + "_log_zero_below", zero, T(0), [](T x) { return softplus_naive(x) == T(0); }, 5);
    program.threshold(type + "_log1p_zero_below", zero_log1p, T(0), [](T x) { return softplus_log1p(x) == T(0); }, 5);
    program.threshold(type + "_derivative_zero_below", dzero, T(0),
                      [](T x) { return softplus_derivative_naive(x) == T(0); }, 5);
    program.value(type + "_true_at_log_zero", double(softplus_reference(zero)), 3);
    program.value(type + "_log_of_max", double(std::log(big)), 7);
    std::cout << type << ": log1p(exp(x)) is inf from x = " << overflow << " (log(max) = "
              << std::log(big) << ")\n"
              << type << ": log(1+exp(x)) is 0 below x = " << zero
              << " although the true value there is " << double(softplus_reference(zero)) << "\n"
              << type << ": log1p(exp(x)) is 0 below x = " << zero_log1p << "\n"
              << type << ": 1/(1+exp(-x)) is 0 below x = " << dzero << "\n";
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("naive_vs_stable",
                             "Naive softplus formulas against the stable form, in float and double.", argc, argv);

    compare<float>(program, "float", {-120.f, -104.f, -100.f, -40.f, -17.f, 0.f, 20.f, 88.f, 89.f, 1000.f});
    compare<double>(program, "double", {-800., -745., -700., -40., -37., 0., 20., 709., 710., 1000.});

    // What PyTorch's threshold costs in double: at x just above 20 softplus
    // returns x, while the true value is x + log1p(exp(-x)).
    const double x = 20.5;
    const double gap = static_cast<double>(softplus_reference(x) - x);
    const double ulp = std::nextafter(x, 100.0) - x;
    program.value("threshold_gap_double", gap, 3);
    program.value("threshold_gap_ulps", gap / ulp, 3);
    program.value("threshold_exact_double",
                  act::softplus(x, 1.0, std::numeric_limits<double>::infinity()), 17);
    std::cout << "\ndouble, x = 20.5: threshold returns x, true value is larger by " << gap
              << " = " << gap / ulp << " ulp\n";
    return 0;
}
