// Runs the solutions of the GELU chapter's exercises.
#include <cmath>
#include <cstdio>

#include "act/gelu.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The GELU chapter's exercise solutions at work.", argc, argv);

    const double r = std::sqrt(2.0);
    std::printf("1. GELU'' vanishes at +-%.9g; smallest slope %.9g, largest %.9g\n", r,
                act::gelu_derivative(-r), act::gelu_derivative(r));
    program.value("slope_min", act::gelu_derivative(-r), 6);
    program.value("slope_max", act::gelu_derivative(r), 6);

    const exercises::Gap gap = exercises::sigmoid_gelu_gap();
    std::printf("2. |x sigma(1.702 x) - GELU(x)| is largest at x = %.4f: %.4g\n", gap.at, gap.distance);
    program.value("sigmoid_gap", gap.distance, 3);
    program.value("sigmoid_gap_at", std::fabs(gap.at), 3);

    const float zero_from = exercises::naive_gelu_tanh_zero_from();
    std::printf("3. the float tanh formula is 0 from x = %.9g leftwards; act::gelu_tanh there = %.4g\n",
                double(zero_from), double(act::gelu_tanh(zero_from)));
    program.threshold("naive_zero_from", zero_from, 0.0f,
                      [](float x) { return exercises::naive_gelu_tanh(x) == 0.0f; }, 9);
    program.value("gelu_tanh_at_naive_zero", double(act::gelu_tanh(zero_from)), 4);

    std::printf("4. mean of x * (u < Phi(x)) over 10^6 draws, against GELU(x):\n");
    for (double x : {-1.5, -0.5, 0.5, 2.0}) {
        std::printf("   x = %4g: %.5f  (GELU %.5f)\n", x, exercises::stochastic_gelu_mean(x, 1000000, 7),
                    act::gelu(x));
    }
    return 0;
}
