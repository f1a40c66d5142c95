// Runs the solutions of the NeLU chapter's exercises.
#include <cstdio>

#include "act/nelu.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The NeLU chapter's exercise solutions at work.", argc, argv);

    for (double alpha : {0.01, 0.05, 0.1}) {
        const auto [x, slope] = exercises::nelu_steepest(alpha);
        std::printf("1. alpha = %4g: steepest slope %.6g at x = %.6g\n", alpha, slope, x);
        program.value("steepest_" + listing::format(alpha), slope, 4);
    }
    program.value("steepest_at", exercises::nelu_steepest(0.05).first, 6);
    const auto [from, to] = exercises::sign_disagreement(0.05, 1.67);
    std::printf("2. NeLU and B-SiLU slopes disagree in sign on (%.9g, %g)\n", from, to);
    for (double x : {-6.0, -3.0, -2.0, -1.0, -0.25}) {
        const auto [n, b] = exercises::surrogate_gradients(x);
        std::printf("   x = %5g: NeLU' = %10.4g  B-SiLU' = %10.4g\n", x, n, b);
    }
    program.value("disagree_from", from, 6);
    const double x = exercises::first_overflowing_slope();
    std::printf("3. (1 + x^2)^2 overflows from x = %.9g; act::nelu_derivative there = %.4g\n", x,
                act::nelu_derivative(x));
    program.threshold("overflow_from", x, 0.0, [](double v) {
        const double d = 1 + v * v;
        return std::isinf(d * d);
    }, 4);
    program.value("slope_at_overflow", act::nelu_derivative(x), 3);
    return 0;
}
