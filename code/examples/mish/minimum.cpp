// The global minimum of Mish: bisection on the sign of the library's
// derivative, checked to the last bit, and Newton's method on the numerator
// G(x) of the slope in long double as a second, independent way.
#include <cmath>
#include <cstdio>

#include "act/mish.hpp"
#include "listing.hpp"

namespace {

// [listing:newton]
// Mish'(x) = u G(x) / (n + 2)^2 with u = e^x, n = u (u + 2) and
// G(x) = (u + 2)(n + 2) + 4 x (1 + u). Newton's method on G in long double,
// with G'(x) = u (n + 2) + 2 u (u + 1)(u + 2) + 4 (1 + u) + 4 x u, from x = -1.
long double minimiser_by_newton()
{
    long double x = -1.0L;
    for (int i = 0; i < 50; ++i) {
        const long double u = std::exp(x);
        const long double n = u * (u + 2);
        const long double g = (u + 2) * (n + 2) + 4 * x * (1 + u);
        const long double dg =
            u * (n + 2) + 2 * u * (u + 1) * (u + 2) + 4 * (1 + u) + 4 * x * u;
        const long double step = g / dg;
        x -= step;
        if (std::fabs(step) < 1e-19L) break;
    }
    return x;
}
// [/listing:newton]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("minimum", "The minimum of Mish.", argc, argv);

    // [listing:bisection]
    // The slope is negative left of the minimiser and positive right of it:
    // the first double of [-3, 0] where it is >= 0, by bisection.
    const auto rises = [](double x) { return act::mish_derivative(x) >= 0; };
    const double x_min = listing::first_true(-3.0, 0.0, rises);
    // [/listing:bisection]
    program.threshold("x_min", x_min, -3.0, rises, 10);

    const long double by_newton = minimiser_by_newton();
    const double gap_ulps = std::fabs(x_min - double(by_newton)) / (std::nextafter(x_min, 0.0) - x_min);
    std::printf("Mish minimiser by bisection on act::mish_derivative : %.17g\n", x_min);
    std::printf("Mish minimiser by Newton on G (long double)         : %.20Lg\n", by_newton);
    std::printf("bisection vs Newton                                 : %.2g ULP\n", gap_ulps);
    std::printf("Mish(x*)                                            : %.17g\n", act::mish(x_min));
    program.value("newton_gap_ulps", gap_ulps, 2);
    program.value("min_value", act::mish(x_min), 10);

    // How fast the slope fades on the left: Mish'(x) ~ (1 + x) e^x for x -> -inf.
    for (double x : {-3.0, -5.0, -8.0}) {
        std::printf("Mish'(%g) = %.4g\n", x, act::mish_derivative(x));
        program.value("slope_at_" + listing::format(x), act::mish_derivative(x), 3);
    }
    return 0;
}
