// The global minimum of GELU and of its tanh approximation: bisection on the
// sign of the library's derivative, checked to the last bit, and Newton's
// method on GELU' = Phi + x phi in long double as a second, independent way.
#include <cmath>
#include <cstdio>

#include "act/gelu.hpp"
#include "listing.hpp"

namespace {

// [listing:newton]
// Newton's method on GELU'(x) = Phi(x) + x phi(x), whose derivative is
// GELU''(x) = phi(x) (2 - x^2), in long double from x = -1.
long double minimiser_by_newton()
{
    const long double inv_sqrt_2pi = 0.398942280401432677939946059934381868L;
    long double x = -1.0L;
    for (int i = 0; i < 50; ++i) {
        const long double phi = inv_sqrt_2pi * std::exp(-x * x / 2);
        const long double cdf = std::erfc(-x / std::sqrt(2.0L)) / 2;
        const long double step = (cdf + x * phi) / (phi * (2 - x * x));
        x -= step;
        if (std::fabs(step) < 1e-19L) break;
    }
    return x;
}
// [/listing:newton]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("minimum", "The minima of GELU and of its tanh approximation.", argc, argv);

    // [listing:bisection]
    // The slope is negative left of the minimiser and positive right of it:
    // the first double of [-2, 0] where it is >= 0, by bisection.
    const auto rises = [](double x) { return act::gelu_derivative(x) >= 0; };
    const auto rises_tanh = [](double x) { return act::gelu_tanh_derivative(x) >= 0; };
    const double x_min = listing::first_true(-2.0, 0.0, rises);
    const double x_min_tanh = listing::first_true(-2.0, 0.0, rises_tanh);
    // [/listing:bisection]
    program.threshold("x_min", x_min, -2.0, rises, 10);
    program.threshold("x_min_tanh", x_min_tanh, -2.0, rises_tanh, 10);

    const long double by_newton = minimiser_by_newton();
    const double gap_ulps = std::fabs(x_min - double(by_newton)) / (std::nextafter(x_min, 0.0) - x_min);
    // At the minimiser Phi(x*) = -x* phi(x*), so GELU(x*) = -x*^2 phi(x*).
    const double phi = 0.3989422804014327 * std::exp(-x_min * x_min / 2);  // 1/sqrt(2 pi) e^(-x^2/2)
    std::printf("GELU minimiser by bisection on act::gelu_derivative : %.17g\n", x_min);
    std::printf("GELU minimiser by Newton on Phi + x phi (long dbl) : %.20Lg\n", by_newton);
    std::printf("bisection vs Newton                                : %.2g ULP\n", gap_ulps);
    std::printf("GELU(x*)                                           : %.17g\n", act::gelu(x_min));
    std::printf("-x*^2 phi(x*)                                      : %.17g\n", -x_min * x_min * phi);
    std::printf("tanh approximation: minimiser %.17g, minimum %.17g\n", x_min_tanh, act::gelu_tanh(x_min_tanh));
    program.value("newton_gap_ulps", gap_ulps, 2);
    program.value("min_value", act::gelu(x_min), 10);
    program.value("min_value_closed_form", -x_min * x_min * phi, 10);
    program.value("min_value_tanh", act::gelu_tanh(x_min_tanh), 10);
    program.value("minimiser_shift", x_min - x_min_tanh, 2);

    // How fast the slope fades on the left: GELU'(x) ~ -x^2 phi(x)/... for x -> -inf.
    for (double x : {-3.0, -5.0, -8.0}) {
        std::printf("GELU'(%g) = %.4g\n", x, act::gelu_derivative(x));
        program.value("slope_at_" + listing::format(x), act::gelu_derivative(x), 3);
    }
    return 0;
}
