// The derivative two ways: the textbook product sigma (1 - sigma), computed
// from the stored output as autograd does, against the symmetric form of
// act::sigmoid_derivative. Relative errors against a long double reference.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "act/sigmoid.hpp"
#include "listing.hpp"

namespace {

// [listing:product]
template <class T>
T derivative_from_output(T x)
{
    const T s = act::sigmoid(x);  // the forward pass's output, correctly rounded
    return s * (T(1) - s);        // 1 - s cancels when s is close to 1
}
// [/listing:product]

// e^-|x| / (1 + e^-|x|)^2 in long double: the reference.
long double derivative_reference(long double x)
{
    const long double e = std::exp(-std::fabs(x));
    return e / ((1.0L + e) * (1.0L + e));
}

template <class T>
double relative_error(T got, long double want)
{
    return double(std::fabs((static_cast<long double>(got) - want) / want));
}

template <class T>
void measure(listing::Program& program, const std::string& type, double to, double step,
             const std::vector<double>& report_at)
{
    std::vector<double> cx, cproduct, csymmetric;
    double worst_symmetric = 0;
    for (double xd = 0; xd <= to; xd += step) {
        const T x = static_cast<T>(xd);
        const long double want = derivative_reference(x);
        const T product = derivative_from_output(x);
        const T symmetric = act::sigmoid_derivative(x);
        cx.push_back(x);
        cproduct.push_back(relative_error(product, want));
        csymmetric.push_back(relative_error(symmetric, want));
        worst_symmetric = std::max(worst_symmetric, csymmetric.back());
    }
    program.csv("relative_error_" + type, {"x", "product", "symmetric"}, {cx, cproduct, csymmetric});

    std::cout << "\n" << type << ":\n      x   true derivative   s*(1-s)          rel. error   "
                                 "act::sigmoid_derivative  rel. error\n";
    for (double xd : report_at) {
        const T x = static_cast<T>(xd);
        const long double want = derivative_reference(x);
        const T product = derivative_from_output(x), symmetric = act::sigmoid_derivative(x);
        std::printf("%7g   %-15.9Lg   %-15.9g  %-10.2g   %-23.9g  %.2g\n", double(x), want,
                    double(product), relative_error(product, want), double(symmetric),
                    relative_error(symmetric, want));
        const std::string at = type + "_at_" + listing::format(xd);
        program.value(at + "_true", double(want), 2);
        program.value(at + "_product_error", relative_error(product, want), 2);
        program.value(at + "_symmetric_error", relative_error(symmetric, want), 2);
        // Correct significant digits left in the product form (at most the
        // type's own, -log10 of half an ULP of 1).
        const double full = -std::log10(std::numeric_limits<T>::epsilon() / 2);
        program.value(at + "_product_digits",
                      std::clamp(-std::log10(relative_error(product, want)), 0.0, full), 2);
    }
    // Where the product becomes exactly 0 (s rounds to 1): bisected over the
    // numbers of type T, not read off the grid.
    const auto is_zero = [](T x) { return derivative_from_output(x) == T(0); };
    const T first_zero = listing::first_true(T(0), static_cast<T>(to), is_zero);
    program.threshold(type + "_product_zero_from", first_zero, T(0), is_zero, 9);
    program.value(type + "_worst_symmetric", worst_symmetric, 2);
    program.value(type + "_half_ulp", std::numeric_limits<T>::epsilon() / 2, 2);
    // In float that point is exercise 3's answer, which the page shows in its solution only.
    const std::string zero_from = type == "float" ? "the x where s rounds to 1 (exercise 3 finds it)"
                                                  : "x = " + listing::format(double(first_zero), 9);
    std::cout << type << ": s*(1-s) is exactly 0 from " << zero_from
              << " on (bisected); the symmetric form's worst relative error on [0, "
              << to << "] is " << worst_symmetric << "\n";
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("derivative_accuracy",
                             "Relative error of sigma(1-sigma) and of the symmetric derivative.");
    const double& step =
        program.number_option("step", 0.01, 1e-4, 1, "grid step on [0, 40] (float) and [0, 60] (double)");
    program.parse(argc, argv);

    measure<float>(program, "float", 40, step, {1, 5, 10, 15, 17, 20});
    measure<double>(program, "double", 60, step, {1, 10, 20, 30, 36, 40});
    return 0;
}
