// The global minimum of SiLU, found three ways: bisection on the library's
// derivative, Newton's method on 1 + x + e^x, and the closed form
// x* = -1 - W(1/e) with Lambert's W evaluated by Halley's method in long double.
#include <cmath>
#include <cstdio>

#include "act/silu.hpp"
#include "exercises.hpp"
#include "listing.hpp"
#include "numerics.hpp"

namespace {

// [listing:bisection]
// Bisection on the sign of act::silu_derivative: negative left of x*,
// positive right of it. Halves [-2, -1] until the two ends are neighbours.
double minimiser_by_bisection()
{
    double lo = -2.0, hi = -1.0;  // silu'(-2) < 0 < silu'(-1)
    while (std::nextafter(lo, hi) < hi) {
        const double mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        (act::silu_derivative(mid) < 0 ? lo : hi) = mid;
    }
    return std::fabs(act::silu_derivative(lo)) <
           std::fabs(act::silu_derivative(hi)) ? lo : hi;
}
// [/listing:bisection]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("minimum", "The global minimum of SiLU, three ways.", argc, argv);

    const double by_bisection = minimiser_by_bisection();
    const double by_newton = exercises::silu_minimiser();
    const long double w = listing::lambert_w(std::exp(-1.0L));
    const long double by_lambert = -1.0L - w;

    std::printf("x* by bisection on act::silu_derivative : %.17g\n", by_bisection);
    std::printf("x* by Newton on 1 + x + e^x              : %.17g\n", by_newton);
    std::printf("x* = -1 - W(1/e), W by Halley (long dbl) : %.20Lg\n", by_lambert);
    std::printf("silu(x*)                                 : %.17g\n", act::silu(by_bisection));
    std::printf("-W(1/e) = 1 + x*                         : %.20Lg\n", -w);
    std::printf("silu'(x*) at the bisection result        : %.3g\n", act::silu_derivative(by_bisection));
    const double gap = std::fabs(by_bisection - double(by_lambert));
    const double ulp = std::nextafter(by_bisection, 0.0) - by_bisection;
    std::printf("bisection vs closed form                 : %.3g (%.2g ULP)\n", gap, gap / ulp);

    program.value("x_star", by_bisection, 8);
    program.value("x_star_lambert", double(by_lambert), 17);
    program.value("min_value", act::silu(by_bisection), 8);
    program.value("w_of_inv_e", double(w), 17);
    program.value("bisection_gap_ulps", gap / ulp, 2);

    // How fast the slope fades on the far left: silu'(x) ~ x e^x.
    for (double x : {-5.0, -10.0, -20.0}) {
        std::printf("silu'(%g) = %.4g\n", x, act::silu_derivative(x));
        program.value("slope_at_" + listing::format(x), act::silu_derivative(x), 3);
    }
    return 0;
}
