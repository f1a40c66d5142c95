// The surrogates SUGAR can use, and ReLU: the functions and the slopes the
// backward pass would use, on a grid, for the chapter's figures; and where
// the textbook GELU formula loses digits.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "act/sugar.hpp"
#include "listing.hpp"

namespace {

// GELU in long double, the textbook erfc form: a reference 11 bits more
// precise than double.
long double gelu_reference(long double x) { return x * 0.5L * std::erfc(-x / std::sqrt(2.0L)); }

double ulps(double a, double b)
{
    if (a == b) return 0;
    return std::fabs(a - b) / (std::nextafter(std::fabs(b), INFINITY) - std::fabs(b));
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("surrogates", "SUGAR's surrogates and their slopes (CSV under --out).", {-6, 4, 501}, argc,
                             argv);

    std::vector<std::string> header = {"x", "relu"};
    std::vector<std::vector<double>> slopes(2), values(2);
    for (const double x : program.grid(1e3)) {
        slopes[0].push_back(x);
        values[0].push_back(x);
        slopes[1].push_back(act::relu_derivative(x));
        values[1].push_back(act::relu(x));
    }
    // [listing:slopes]
    for (act::Surrogate s : act::all_surrogates) {
        std::vector<double> slope;
        for (double x : slopes[0]) slope.push_back(act::sugar_backward(x, s));
        header.emplace_back(s.name());
        slopes.push_back(slope);
    }
    // [/listing:slopes]
    for (act::Surrogate s : act::all_surrogates) {
        std::vector<double> v;
        for (double x : values[0]) v.push_back(s.function().value(x));  // the function itself
        values.push_back(v);
    }
    program.csv("slopes", header, slopes);
    program.csv("functions", header, values);

    std::cout << "slope of each surrogate at a few inputs (ReLU's is 0 left of 0):\n"
              << "  surrogate      x=-4       x=-2       x=-1     x=-0.5        x=1\n";
    for (act::Surrogate s : act::all_surrogates) {
        std::printf("  %-10s", std::string(s.name()).c_str());
        for (double x : {-4.0, -2.0, -1.0, -0.5, 1.0}) {
            std::printf(" %10.5f", act::sugar_backward(x, s));
        }
        std::printf("\n");
        const std::string name(s.name());
        program.value(name + "_slope_at_minus_1", act::sugar_backward(-1.0, s), 4);
        program.value(name + "_slope_at_minus_2", act::sugar_backward(-2.0, s), 4);
        program.value(name + "_slope_at_1", act::sugar_backward(1.0, s), 4);
        double lowest = 0;
        for (double x = -10; x <= 0; x += 1e-4) lowest = std::min(lowest, act::sugar_backward(x, s));
        program.value(name + "_lowest_slope", lowest, 3);  // most negative slope on [-10, 0]
    }

    // GELU: PyTorch's formula 0.5 x erfc(-x / sqrt 2), x / sqrt 2 rounded
    // first, against act::gelu, both measured against the long double reference.
    double worst_naive = 0, worst_act = 0, where = 0;
    for (double x = -30; x <= 0; x += 0.001) {
        const double want = static_cast<double>(gelu_reference(x));
        const double naive = 0.5 * x * std::erfc(-x * 0.7071067811865476);
        if (ulps(naive, want) > worst_naive) {
            worst_naive = ulps(naive, want);
            where = x;
        }
        worst_act = std::max(worst_act, ulps(act::gelu(x), want));
    }
    program.value("gelu_naive_worst_ulps", std::round(worst_naive), 6);
    program.value("gelu_naive_worst_at", where, 4);
    program.value("gelu_act_worst_ulps", std::round(worst_act), 6);
    std::cout << "\nGELU on [-30, 0], double: 0.5*x*erfc(-x/sqrt2) is off by up to " << worst_naive
              << " ULPs (at x = " << where << "); act::gelu by up to " << worst_act << "\n";
    return 0;
}
