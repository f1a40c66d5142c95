// Runs the solutions of the SiLU chapter's exercises.
#include <cmath>
#include <cstdio>

#include "act/silu.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The SiLU chapter's exercise solutions at work.", argc, argv);

    const auto [x_low, slope_low] = exercises::silu_slope_minimum();
    std::printf("1. smallest slope %.9g at x = %.9g; largest slope %.9g at x = %.9g\n", slope_low,
                x_low, act::silu_derivative(-x_low), -x_low);
    program.value("slope_min", slope_low, 6);
    program.value("slope_min_at", x_low, 6);
    program.value("slope_max", act::silu_derivative(-x_low), 6);
    program.value("slope_max_at", -x_low, 6);

    std::printf("2. swish(x, beta) at x = -1 and x = 1:\n");
    for (double beta : {0.0, 0.5, 1.0, 4.0, 100.0}) {
        std::printf("   beta = %5g: %10.6f %10.6f\n", beta, exercises::swish(-1.0, beta),
                    exercises::swish(1.0, beta));
    }

    const float beta = 4.0f;
    const float zero_from = exercises::naive_swish_first_zero(beta);
    std::printf("3. x * (1/(1+expf(-4 x))) is 0 from x = %.9g leftwards; swish there = %g\n",
                double(zero_from), double(exercises::swish(zero_from, beta)));
    program.threshold("naive_zero_from", zero_from, 0.0f,
                      [beta](float x) { return x * (1.0f / (1.0f + std::exp(-beta * x))) == 0.0f; }, 9);
    program.value("swish_at_naive_zero", double(exercises::swish(zero_from, beta)), 4);
    return 0;
}
