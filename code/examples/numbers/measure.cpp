// How the book measures an error: std::exp on floats against a long double
// reference over a strided sweep of all float bit patterns, in ULPs; and how
// a central difference approximates a derivative, with its best step.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

#include "../accuracy/study.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("measure", "std::exp in float ULPs over a strided sweep; central differences.");
    program.option("stride", "4099", "visit every stride-th float bit pattern (1 visits all 2^32)");
    program.parse(argc, argv);
    const auto stride = static_cast<std::uint64_t>(program.integer("stride", 1, 1L << 30));

    // [listing:sweep]
    std::uint64_t inputs = 0, correctly_rounded = 0;
    double worst = 0, worst_x = 0;
    for (std::uint64_t bits = 0; bits <= 0xffffffffu; bits += stride) {
        const auto b = static_cast<std::uint32_t>(bits);
        float x;
        std::memcpy(&x, &b, sizeof x);  // the bit pattern as a float
        if (std::isnan(x)) continue;
        // the reference, as a double and the rest: hi + lo
        const long double ref = std::exp(static_cast<long double>(x));
        const double hi = static_cast<double>(ref);
        const double lo = static_cast<double>(ref - hi);
        const double err = study::ulp_error<float>(std::exp(x), hi, lo);
        ++inputs;
        if (err <= 0.5) ++correctly_rounded;
        if (err > worst) worst = err, worst_x = x;
    }
    const double share = 100.0 * double(correctly_rounded) / double(inputs);
    std::printf("std::exp(float) on %llu inputs: worst error %.4f ULP\n"
                "  at x = %.9g; %.6f%% within 0.5 ULP\n",
                (unsigned long long)inputs, worst, worst_x, share);
    // [/listing:sweep]
    program.value("sweep_stride", double(stride), 10);
    program.value("sweep_inputs", double(inputs), 10);
    program.value("exp_worst_ulp", worst, 4);
    program.value("exp_worst_x", worst_x, 9);
    program.value("exp_correctly_rounded_percent", share, 6);

    // [listing:central]
    // (f(x + h) - f(x - h)) / 2h for f = exp at x = 1, where f' = e.
    const double x = 1, exact = std::exp(1.0);
    std::vector<double> steps, errors;
    for (int k = 1; k <= 50; ++k) {
        const double h = std::ldexp(1.0, -k);  // h = 2^-k, exact in double
        const double estimate = (std::exp(x + h) - std::exp(x - h)) / (2 * h);
        steps.push_back(h);
        errors.push_back(std::fabs(estimate - exact) / exact);
    }
    // [/listing:central]
    std::size_t best = 0;
    for (std::size_t i = 1; i < errors.size(); ++i)
        if (errors[i] < errors[best]) best = i;
    std::printf("\ncentral difference of exp at 1, relative error:\n"
                "  %.3g at h = 2^-1\n  %.3g at h = 2^-%zu (the best)\n  %.3g at h = 2^-50\n",
                errors.front(), errors[best], best + 1, errors.back());
    program.csv("central_difference", {"h", "relative error"}, {steps, errors});
    program.value("cd_error_first", errors.front(), 3);
    program.value("cd_best_h", steps[best], 3);
    program.value("cd_best_k", double(best + 1), 3);
    program.value("cd_best_error", errors[best], 3);
    program.value("cd_error_last", errors.back(), 3);
    // Truncation (h^2/6) and rounding (epsilon/h) balance near h = (3 epsilon)^(1/3).
    program.value("cd_theory_h", std::cbrt(3 * std::numeric_limits<double>::epsilon()), 3);
    return 0;
}
