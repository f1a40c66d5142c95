// The measurements behind the Softplus chapter's "pros and cons": how small
// the slope gets on the left, the mean output on standard-normal inputs, and
// the cost per element against ReLU on this machine.
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xrandom.hpp>

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
    program.option("elements", "1048576", "array size for the timing")
        .option("repeats", "5", "timing repetitions (the best is reported)");
    program.parse(argc, argv);
    const auto n = static_cast<std::size_t>(program.integer("elements", 1024, 1L << 26));
    const int repeats = static_cast<int>(program.integer("repeats", 1, 100));

    // Slope on the left: sigma(x) = softplus'(x) shrinks like e^x.
    for (double x : {-5.0, -10.0, -20.0}) {
        const double slope = act::softplus_derivative(x);
        program.value("slope_at_" + listing::format(x), slope, 3);
        std::printf("softplus'(%g) = %.3g\n", x, slope);
    }
    // The last float with a non-zero slope (sigma underflows below it).
    float x = -80.0f;
    while (act::softplus_derivative(std::nextafter(x, -1000.0f)) > 0.0f) x = std::nextafter(x, -1000.0f);
    program.threshold("float_slope_zero_below", x, -1000.0f, [](float v) { return act::softplus_derivative(v) > 0.0f; }, 6);
    std::printf("float: softplus'(x) > 0 down to x = %.6g\n", double(x));

    // Mean output for standard-normal inputs (not zero-centred).
    const double mean_softplus = normal_mean([](double z) { return act::softplus(z); });
    const double mean_relu = normal_mean([](double z) { return std::max(z, 0.0); });
    program.value("mean_softplus_normal", mean_softplus, 4);
    program.value("mean_relu_normal", mean_relu, 4);
    program.value("mean_relu_exact", 1.0 / std::sqrt(2 * M_PI), 4);
    std::printf("E[softplus(Z)] = %.4f, E[relu(Z)] = %.4f (exact 1/sqrt(2 pi) = %.4f)\n",
                mean_softplus, mean_relu, 1.0 / std::sqrt(2 * M_PI));

    // [listing:cost]
    xt::random::seed(7);
    const xt::xarray<float> input = xt::random::randn<float>({n});
    xt::xarray<float> output = xt::zeros<float>({n});
    const double relu_ns = listing::best_ns_per_element(
        [&] { output = xt::maximum(input, 0.0f); }, n, repeats);
    const double softplus_ns = listing::best_ns_per_element(
        [&] { output = act::softplus(input); }, n, repeats);
    // [/listing:cost]
    program.value("relu_ns", relu_ns, 2);
    program.value("softplus_ns", softplus_ns, 2);
    program.value("cost_ratio", softplus_ns / relu_ns, 3);
    program.value("elements", double(n), 8);
    program.value("flags", listing::timing_flags());
    std::printf("%zu floats: relu %.2f ns/element, softplus %.2f ns/element (%.0fx)\n", n, relu_ns,
                softplus_ns, softplus_ns / relu_ns);
    return 0;
}
