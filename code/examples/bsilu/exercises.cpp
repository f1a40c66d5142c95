// Runs the solutions of the B-SiLU chapter's exercises.
#include <cstdio>

#include "act/bsilu.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The B-SiLU chapter's exercise solutions at work.", argc, argv);

    std::printf("1. minimiser of B-SiLU by Newton's method:\n");
    for (double alpha : {0.25, 2.0, 4.0, 10.0}) {
        const double x = exercises::bsilu_minimiser(alpha);
        std::printf("   alpha = %4g: x = %.17g, bsilu = %.9g\n", alpha, x, act::bsilu(x, alpha));
    }
    std::printf("2. SUGAR on one ReLU (forward, gradient):\n");
    for (double x : {-5.0, -1.5, 0.0, 0.5, 3.0}) {
        const auto [forward, gradient] = exercises::sugar_relu(x);
        std::printf("   x = %4g: relu = %g, surrogate gradient = %.6g\n", x, forward, gradient);
    }
    std::printf("3. left of these points |bsilu'| stays below t:\n");
    for (double t : {1e-2, 1e-3, 1e-6}) {
        const double edge = exercises::surrogate_fades_below(t);
        std::printf("   t = %g: x = %.6g\n", t, edge);
        program.value("fade_" + listing::format(t), edge, 4);
    }
    return 0;
}
