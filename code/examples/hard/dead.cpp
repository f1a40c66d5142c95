// The dead zones: where each derivative is 0, and how often a unit's input
// lands there when the inputs are normal with mean 0 and standard deviation
// s. The fractions are the normal distribution's tails (closed forms with
// erfc), checked against the library's derivatives on random draws.
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "act/relu.hpp"
#include "act/relu6.hpp"
#include "listing.hpp"

namespace {

// P(X > a) for X normal with mean 0 and standard deviation s.
double above(double a, double s) { return 0.5 * std::erfc(a / (s * std::sqrt(2.0))); }

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("dead", "How often each derivative is 0 for normal inputs.");
    const long& draws = program.integer_option("draws", 1000000, 1000, 100000000, "random inputs per check");
    program.parse(argc, argv);

    const std::vector<double> scales = {1.0, 2.0, 4.0};
    std::vector<double> relu, relu6, hsig, hswish;
    std::mt19937_64 rng(2019);
    std::printf("%4s %10s %10s %12s %10s   (fraction of inputs with derivative 0)\n", "s", "ReLU", "ReLU6",
                "Hardsigmoid", "Hardswish");
    for (double s : scales) {
        // [listing:tails]
        const double p_relu = 0.5;                 // x <= 0
        const double p_relu6 = 0.5 + above(6, s);  // x <= 0 or x >= 6
        const double p_hsig = 2 * above(3, s);     // |x| >= 3
        const double p_hswish = above(3, s);       // x < -3 (and the point -3/2)
        // [/listing:tails]
        // The check: the library's derivatives on random draws.
        std::normal_distribution<double> normal(0.0, s);
        long zeros[4] = {0, 0, 0, 0};
        for (long i = 0; i < draws; ++i) {
            const double x = normal(rng);
            zeros[0] += act::relu_derivative(x) == 0;
            zeros[1] += act::relu6_derivative(x) == 0;
            zeros[2] += act::hardsigmoid_derivative(x) == 0;
            zeros[3] += act::hardswish_derivative(x) == 0;
        }
        const double p[4] = {p_relu, p_relu6, p_hsig, p_hswish};
        for (int k = 0; k < 4; ++k) {
            const double sd = std::sqrt(p[k] * (1 - p[k]) / double(draws));
            if (std::fabs(double(zeros[k]) / double(draws) - p[k]) > 6 * sd + 1e-12) {
                std::fprintf(stderr, "dead: draws disagree with the tail for function %d at s = %g\n", k, s);
                return 1;
            }
        }
        relu.push_back(p_relu);
        relu6.push_back(p_relu6);
        hsig.push_back(p_hsig);
        hswish.push_back(p_hswish);
        std::printf("%4g %10.4f %10.4f %12.4f %10.4f\n", s, p_relu, p_relu6, p_hsig, p_hswish);
        const std::string at = "_s" + std::to_string(int(s));
        program.value({{"relu6_dead" + at, p_relu6}, {"hardsigmoid_dead" + at, p_hsig},
                       {"hardswish_dead" + at, p_hswish}},
                      3);
    }
    program.csv("dead", {"s", "ReLU", "ReLU6", "Hardsigmoid", "Hardswish"},
                {scales, relu, relu6, hsig, hswish});
    return 0;
}
