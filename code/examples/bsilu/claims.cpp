// The source article's pros and cons of B-SiLU, each turned into a number:
// how far B-SiLU is from ReLU, how much slope it keeps for negative inputs,
// and the accuracy gains it attributes to the paper.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "act/bsilu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("claims", "Numbers behind the article's pros and cons of B-SiLU.");
    const double& alpha =
        program.number_option("alpha", act::BSiLU::parameters[0].default_value, 0, 100, "the shift alpha");
    program.parse(argc, argv);

    // "Compatible with ReLU: the forward pass is close to ReLU."
    // [listing:gap-to-relu]
    double gap = 0, gap_at = 0;
    for (double x = -50; x <= 50; x += 1e-3) {
        const double d = std::fabs(act::bsilu(x, alpha) - std::max(x, 0.0));
        if (d > gap) {
            gap = d;
            gap_at = x;
        }
    }
    // [/listing:gap-to-relu]
    std::printf("largest |bsilu - relu| on [-50, 50]: %.6g at x = %.4g; at x = 50 it is %.6g (alpha/2 = %g)\n",
                gap, gap_at, act::bsilu(50.0, alpha) - 50.0, alpha / 2);
    program.value("gap_to_relu", gap, 4);
    program.value("gap_to_relu_at", gap_at, 4);
    program.value("gap_at_50", act::bsilu(50.0, alpha) - 50.0, 4);

    // "Non-monotonic: keeps some gradient for negative inputs."
    std::printf("\nslope for negative inputs:\n");
    std::vector<double> col_x, col_slope;
    for (double x : {-0.5, -1.0, -2.0, -3.0, -4.0, -6.0, -10.0, -20.0, -40.0}) {
        const double s = act::bsilu_derivative(x, alpha);
        std::printf("  bsilu'(%g) = %.4g\n", x, s);
        col_x.push_back(x);
        col_slope.push_back(s);
    }
    program.csv("negative_slopes", {"x", "bsilu'(x)"}, {col_x, col_slope});
    double most_negative = 0, most_negative_at = 0, largest = 0, largest_at = 0;
    for (double x = -50; x <= 50; x += 1e-4) {
        const double s = act::bsilu_derivative(x, alpha);
        if (s < most_negative) {
            most_negative = s;
            most_negative_at = x;
        }
        if (s > largest) {
            largest = s;
            largest_at = x;
        }
    }
    std::printf("most negative slope %.4g at x = %.4g; largest slope %.5g at x = %.4g\n", most_negative,
                most_negative_at, largest, largest_at);
    program.value({{"most_negative_slope", most_negative},
                   {"most_negative_slope_at", most_negative_at},
                   {"largest_slope_at", largest_at}},
                  3);
    program.value("largest_slope", largest, 4);
    program.value("slope_at_minus_10", act::bsilu_derivative(-10.0, alpha), 2);

    // "SUGAR with B-SiLU improves test accuracy by 10-16 points." The paper's
    // numbers (Horuz et al., 2025, no augmentation, SGD), ReLU vs SUGAR B-SiLU.
    // [listing:paper-gains]
    struct Row {
        std::string model;
        double relu, sugar;
    };
    const std::vector<Row> rows = {{"VGG-16 CIFAR-10", 78.50, 88.35},
                                   {"VGG-16 CIFAR-100", 48.73, 64.47},
                                   {"ResNet-18 CIFAR-10", 76.76, 86.42},
                                   {"ResNet-18 CIFAR-100", 48.99, 56.51}};
    // [/listing:paper-gains]
    std::printf("\naccuracy gains reported in the paper (points):\n");
    double lo = 1e9, hi = -1e9;
    for (const Row& r : rows) {
        const double g = r.sugar - r.relu;
        std::printf("  %-20s %6.2f -> %6.2f  %+6.2f\n", r.model.c_str(), r.relu, r.sugar, g);
        lo = std::min(lo, g);
        hi = std::max(hi, g);
    }
    program.value("gain_min", lo, 3);
    program.value("gain_max", hi, 4);
    std::printf("range: %.2f to %.2f points\n", lo, hi);
    return 0;
}
