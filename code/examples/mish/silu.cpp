// Mish against SiLU: where the gap Mish(x) - SiLU(x) is largest on each side
// (bisection on the sign of its slope), and the gap from its closed form
// x u^2 / ((u + 1)(u^2 + 2u + 2)), u = e^x, as a check.
#include <cmath>
#include <cstdio>

#include "act/mish.hpp"
#include "act/silu.hpp"
#include "listing.hpp"

namespace {

double closed_form_gap(double x)
{
    const double u = std::exp(x);
    return x * u * u / ((u + 1) * (u * u + 2 * u + 2));
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("silu", "Mish against SiLU: the largest gaps.", argc, argv);

    // [listing:gap]
    // The gap rises to a maximum right of 0 and falls to a minimum left of
    // it: bisection on the sign of its slope, Mish'(x) - SiLU'(x).
    const auto slope = [](double x) {
        return act::mish_derivative(x) - act::silu_derivative(x);
    };
    const auto falling = [&](double x) { return slope(x) <= 0; };
    const auto rising = [&](double x) { return slope(x) >= 0; };
    const double max_at = listing::first_true(0.5, 5.0, falling);
    const double min_at = listing::first_true(-5.0, -0.2, rising);
    const double max_gap = act::mish(max_at) - act::silu(max_at);
    const double min_gap = act::mish(min_at) - act::silu(min_at);
    // [/listing:gap]
    program.threshold("max_gap_at", max_at, 0.5, falling, 4);
    program.threshold("min_gap_at", min_at, -5.0, rising, 4);

    std::printf("largest gap Mish - SiLU   : %.10g at x = %.6g (closed form %.10g)\n", max_gap, max_at,
                closed_form_gap(max_at));
    std::printf("most negative gap         : %.10g at x = %.6g (closed form %.10g)\n", min_gap, min_at,
                closed_form_gap(min_at));
    std::printf("relative to SiLU there    : %.3g and %.3g\n", max_gap / act::silu(max_at),
                min_gap / act::silu(min_at));
    program.value("max_gap", max_gap, 4);
    program.value("min_gap", min_gap, 4);
    program.value("max_gap_relative", max_gap / act::silu(max_at), 2);
    program.value("min_gap_relative", min_gap / act::silu(min_at), 2);
    return 0;
}
