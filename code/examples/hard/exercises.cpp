// Runs the solutions of the hard functions chapter's exercises.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The hard functions chapter's exercise solutions at work.", argc, argv);

    double gap1 = 0;
    for (double x = -4; x <= 4; x += 1.0 / 1024 + 1e-7)
        gap1 = std::max(gap1, std::fabs(exercises::hardsigmoid_from_relu6(x) - act::hardsigmoid(x)));
    std::printf("1. largest |relu6(x + 3)/6 - hardsigmoid(x)| on [-4, 4], double: %.2g\n", gap1);
    program.value("from_relu6_gap", gap1, 2);

    const auto [x_min, y_min] = exercises::hardswish_minimum();
    std::printf("2. Hardswish's minimum by bisection: %.17g at x = %.17g\n", y_min, x_min);
    program.value({{"minimiser", x_min}, {"minimum", y_min}}, 17);

    std::printf("3. relative error of Hardswish's slope near x = -3/2, float:\n"
                "              x     x/3 + 1/2   (2x + 3)/6 (library)\n");
    float x = -1.5f;
    for (int k = 0; k < 4; ++k) {
        x = std::nextafter(x, 0.0f);
        const long double want = (2.0L * x + 3.0L) / 6.0L;
        const double pytorch = double(std::fabs((exercises::hardswish_slope_pytorch_form(x) - want) / want));
        const double library = double(std::fabs((act::hardswish_derivative(x) - want) / want));
        std::printf("   %.9g   %-11.2g %.2g\n", double(x), pytorch, library);
    }
    return 0;
}
