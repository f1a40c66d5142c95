// Saturation, measured: where the slopes of tanh and of the sigmoid fall
// below 1/10, 1/1000 and 1e-6 (bisected over the doubles), and what the
// largest slope does to a gradient passed back through n layers.
#include <cmath>
#include <cstdio>
#include <string>

#include "act/sigmoid.hpp"
#include "act/tanh.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("saturation", "Where tanh' and sigmoid' fall below 1e-1, 1e-3 and 1e-6.", argc, argv);

    std::printf("level    tanh' < level for |x| >   sigmoid' < level for |x| >\n");
    for (const auto& [name, level] : {std::pair<std::string, double>{"1e-1", 1e-1}, {"1e-3", 1e-3}, {"1e-6", 1e-6}}) {
        // [listing:below]
        const double below = level;
        const auto tanh_below = [below](double x) {
            return act::tanh_derivative(x) < below;  // flatter than `below` here
        };
        const double tanh_from = listing::first_true(0.0, 100.0, tanh_below);
        // [/listing:below]
        const auto sigmoid_below = [below](double x) { return act::sigmoid_derivative(x) < below; };
        const double sigmoid_from = listing::first_true(0.0, 100.0, sigmoid_below);
        program.threshold("tanh_below_" + name + "_from", tanh_from, 0.0, tanh_below, 4);
        program.threshold("sigmoid_below_" + name + "_from", sigmoid_from, 0.0, sigmoid_below, 4);
        std::printf("%-6s   %-24s  %s\n", name.c_str(), listing::format(tanh_from, 4).c_str(),
                    listing::format(sigmoid_from, 4).c_str());
    }

    // Where tanh's slope falls below the sigmoid's: 4 sigma'(2x) = sigma'(x).
    const auto tanh_flatter = [](double x) { return act::tanh_derivative(x) < act::sigmoid_derivative(x); };
    const double cross = listing::first_true(0.0, 10.0, tanh_flatter);
    program.threshold("slopes_cross_from", cross, 0.0, tanh_flatter, 4);
    std::printf("\ntanh' < sigmoid' for |x| > %s\n", listing::format(cross, 4).c_str());

    // The best a gradient can do through n layers is the product of the
    // largest slopes: tanh'(0) = 1, sigmoid'(0) = 1/4.
    const int layers = 10;
    const double tanh_best = std::pow(act::tanh_derivative(0.0), layers);
    const double sigmoid_best = std::pow(act::sigmoid_derivative(0.0), layers);
    program.value("layers", layers, 2);
    program.value("tanh_best_after_layers", tanh_best, 3);
    program.value("sigmoid_best_after_layers", sigmoid_best, 3);
    std::printf("\nlargest slope to the power %d: tanh %g, sigmoid %g\n", layers, tanh_best, sigmoid_best);
    return 0;
}
