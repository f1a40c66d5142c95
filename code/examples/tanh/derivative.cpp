// tanh'(x) two ways: 1 - t^2 from the rounded output t = tanh(x), as an
// autograd backward pass computes it, and act::tanh_derivative from the
// input x. Relative errors against a long double reference; where 1 - t^2
// becomes exactly 0, bisected.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "act/tanh.hpp"
#include "listing.hpp"

namespace {

// [listing:from-output]
template <class T>
T derivative_from_output(T x)
{
    const T t = act::tanh(x);  // the forward pass's output, rounded
    return T(1) - t * t;       // cancels as t approaches 1
}
// [/listing:from-output]

long double derivative_reference(long double x)
{
    const long double e = std::exp(-2 * std::fabs(x));
    return 4 * e / ((1 + e) * (1 + e));
}

template <class T>
double relative_error(T got, long double want)
{
    return double(std::fabs((static_cast<long double>(got) - want) / want));
}

template <class T>
void measure(listing::Program& program, const std::string& type, const std::vector<double>& report_at, T to,
             double plot_to)
{
    // The relative errors on a grid, for the figure (an exact 0 counts as error 1).
    std::vector<double> cx, coutput, cinput;
    for (double xd = 0; xd <= plot_to; xd += 0.01) {
        const T x = static_cast<T>(xd);
        const long double want = derivative_reference(x);
        cx.push_back(double(x));
        coutput.push_back(relative_error(derivative_from_output(x), want));
        cinput.push_back(relative_error(act::tanh_derivative(x), want));
    }
    program.csv("relative_error_" + type, {"x", "from_output", "from_input"}, {cx, coutput, cinput});
    std::printf("\n%s:\n       x   true tanh'(x)    1 - t*t          rel. error   act::tanh_derivative   rel. error\n",
                type.c_str());
    for (double xd : report_at) {
        const T x = static_cast<T>(xd);
        const long double want = derivative_reference(x);
        const T from_output = derivative_from_output(x), from_input = act::tanh_derivative(x);
        std::printf("%8g   %-15.9Lg  %-15.9g  %-10.2g   %-20.9g   %.2g\n", double(x), want, double(from_output),
                    relative_error(from_output, want), double(from_input), relative_error(from_input, want));
        const std::string key = type + "_at_" + listing::format(xd);
        program.value(key + "_true", double(want), 2);
        program.value(key + "_output_error", relative_error(from_output, want), 2);
        program.value(key + "_input_error", relative_error(from_input, want), 2);
    }
    const auto is_zero = [](T x) { return derivative_from_output(x) == T(0); };
    const T zero_from = listing::first_true(T(0), to, is_zero);
    program.threshold(type + "_output_zero_from", zero_from, T(0), is_zero, 9);
    program.value(type + "_true_at_zero", double(derivative_reference(zero_from)), 2);
    std::printf("%s: 1 - t*t is exactly 0 from x = %s on (bisected); the true slope there is %.2Lg\n",
                type.c_str(), listing::format(double(zero_from), 9).c_str(), derivative_reference(zero_from));
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("derivative", "tanh' from the output (1 - t^2) and from the input.", argc, argv);
    measure<float>(program, "float", {0.5, 2, 4, 6, 8}, 40.0f, 12);
    measure<double>(program, "double", {0.5, 4, 8, 12, 16}, 40.0, 22);
    return 0;
}
