// Runs the solutions of the Mish chapter's exercises.
#include <cmath>
#include <cstdio>

#include "act/mish.hpp"
#include "act/silu.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The Mish chapter's exercise solutions at work.", argc, argv);

    std::printf("1. Mish(x) - SiLU(x):\n");
    for (double x : {-30.0, -3.0, 3.0}) {
        std::printf("   x = %4g: closed form %.9g, subtraction %.9g\n", x, exercises::mish_minus_silu(x),
                    act::mish(x) - act::silu(x));
    }
    program.value("gap_at_-30", exercises::mish_minus_silu(-30.0), 4);
    program.value("subtraction_at_-30", act::mish(-30.0) - act::silu(-30.0), 4);

    const exercises::SlopeRange s = exercises::mish_slope_range();
    std::printf("2. smallest slope %.9g at x = %.6g; largest %.9g at x = %.6g\n", s.min, s.min_at, s.max, s.max_at);
    program.value("slope_min", s.min, 6);
    program.value("slope_min_at", s.min_at, 5);
    program.value("slope_max", s.max, 6);
    program.value("slope_max_at", s.max_at, 5);

    std::printf("3. float Mish against act::mish (float):\n");
    for (float x : {-50.0f, -2.0f, 0.5f, 20.0f}) {
        std::printf("   x = %5g: %.9g against %.9g\n", double(x), double(exercises::mish_float(x)),
                    double(act::mish(x)));
    }
    return 0;
}
