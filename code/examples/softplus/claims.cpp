// The measurements behind the Softplus chapter's "pros and cons": how small
// the slope gets on the left and the mean output on standard-normal inputs.
// Its cost comes from the speed study (chapter "Accuracy and speed").
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "act/softplus.hpp"
#include "listing.hpp"

namespace {

// E[f(Z)] for Z ~ N(0, 1), by the trapezoidal rule on [-12, 12] (the
// normal density beyond is below 1e-31).
template <class F>
double normal_mean(F f)
{
    const int n = 240000;
    const double a = -12.0, h = 24.0 / n;
    double sum = 0;
    for (int i = 0; i <= n; ++i) {
        const double z = a + i * h;
        const double w = (i == 0 || i == n) ? 0.5 : 1.0;
        sum += w * f(z) * std::exp(-0.5 * z * z);
    }
    return sum * h / std::sqrt(2 * M_PI);
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("claims", "Measurements behind the Softplus chapter's pros and cons.");
    program.parse(argc, argv);

    // Slope on the left: sigma(x) = softplus'(x) shrinks like e^x.
    for (double x : {-5.0, -10.0, -20.0}) {
        const double slope = act::softplus_derivative(x);
        program.value("slope_at_" + listing::format(x), slope, 3);
        std::printf("softplus'(%g) = %.3g\n", x, slope);
    }
    // The last float with a non-zero slope (sigma underflows below it).
    float x = -80.0f;
    while (act::softplus_derivative(std::nextafter(x, -1000.0f)) > 0.0f) x = std::nextafter(x, -1000.0f);
    program.value("float_slope_zero_below", x, 6);
    std::printf("float: softplus'(x) > 0 down to x = %.6g\n", double(x));

    // Mean output for standard-normal inputs (not zero-centred).
    const double mean_softplus = normal_mean([](double z) { return act::softplus(z); });
    const double mean_relu = normal_mean([](double z) { return std::max(z, 0.0); });
    program.value("mean_softplus_normal", mean_softplus, 4);
    program.value("mean_relu_normal", mean_relu, 4);
    program.value("mean_relu_exact", 1.0 / std::sqrt(2 * M_PI), 4);
    std::printf("E[softplus(Z)] = %.4f, E[relu(Z)] = %.4f (exact 1/sqrt(2 pi) = %.4f)\n",
                mean_softplus, mean_relu, 1.0 / std::sqrt(2 * M_PI));
    return 0;
}
