// The sigmoid's relatives, checked numerically: the largest deviation of each
// identity on a grid, in double.
#include <cmath>
#include <cstdio>
#include <limits>

#include "act/sigmoid.hpp"
#include "act/softplus.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("relations", "Largest deviations of the sigmoid's identities on a grid.");
    const double& range = program.number_option("range", 20, 0.1, 700, "check x in [-range, range]");
    const double& step = program.number_option("step", 0.001, 1e-5, 1, "grid step");
    program.parse(argc, argv);
    const double inf = std::numeric_limits<double>::infinity();

    double softplus_gap = 0, mirror_gap = 0, tanh_gap = 0, logit_gap = 0;
    for (double x = -range; x <= range; x += step) {
        // [listing:identities]
        const double s = act::sigmoid(x);
        // no threshold
        const double slope = act::softplus_derivative(x, 1.0, inf);
        const double mirror = 1.0 - act::sigmoid(-x);
        // tanh(x) = 2 sigma(2x) - 1
        const double via_tanh = 0.5 * (1.0 + std::tanh(x / 2));
        // the inverse, log(s / (1 - s))
        const double logit = std::log(s) - std::log1p(-s);
        // [/listing:identities]
        softplus_gap = std::max(softplus_gap, std::fabs(s - slope));
        mirror_gap = std::max(mirror_gap, std::fabs(s - mirror));
        tanh_gap = std::max(tanh_gap, std::fabs(s - via_tanh));
        logit_gap = std::max(logit_gap, std::fabs(logit - x) / std::max(1.0, std::fabs(x)));
    }
    std::printf("on [-%g, %g], step %g, in double:\n", range, range, step);
    std::printf("  max |sigma(x) - softplus'(x)|           = %.3g\n", softplus_gap);
    std::printf("  max |sigma(x) - (1 - sigma(-x))|         = %.3g\n", mirror_gap);
    std::printf("  max |sigma(x) - (1 + tanh(x/2)) / 2|     = %.3g\n", tanh_gap);
    std::printf("  max |logit(sigma(x)) - x| / max(1, |x|)  = %.3g\n", logit_gap);
    program.value("softplus_gap", softplus_gap, 3);
    program.value("mirror_gap", mirror_gap, 3);
    program.value("tanh_gap", tanh_gap, 3);
    program.value("logit_gap", logit_gap, 3);
    return 0;
}
