// The measurements behind the Softplus chapter's "pros and cons": how small
// the slope gets on the left, where it saturates compared with the sigmoid,
// and the mean output on standard-normal inputs. Its cost comes from the
// speed study (chapter "Accuracy and speed").
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "act/sigmoid.hpp"
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
    program.threshold("float_slope_zero_below", x, -1000.0f, [](float v) { return act::softplus_derivative(v) > 0.0f; }, 6);
    std::printf("float: softplus'(x) > 0 down to x = %.6g\n", double(x));

    // [listing:saturation]
    // Where a slope crosses t, by bisection over the doubles. Left of 0 both
    // slopes rise with x (softplus' = sigma, sigmoid' = sigma (1 - sigma)):
    // the smallest x with slope >= t. Right of 0 only the sigmoid's falls
    // again: the smallest x with slope < t.
    const auto rises_to = [](auto slope, double t) {
        const auto reached = [&](double x) { return slope(x) >= t; };
        return listing::first_true(-100.0, 0.0, reached);
    };
    const auto falls_below = [](auto slope, double t) {
        const auto below = [&](double x) { return slope(x) < t; };
        return listing::first_true(0.0, 100.0, below);
    };
    // [/listing:saturation]
    for (double t : {1e-3, 1e-6}) {
        const double softplus_left = rises_to(act::softplus_derivative, t);
        const double sigmoid_left = rises_to(act::sigmoid_derivative, t);
        const double sigmoid_right = falls_below(act::sigmoid_derivative, t);
        // The same points in closed form: sigma(x) = t at x = log(t / (1 - t));
        // sigma(1 - sigma) = t at sigma = (1 - sqrt(1 - 4t)) / 2.
        const double s = (1 - std::sqrt(1 - 4 * t)) / 2;
        std::printf("slope below %g: softplus left of %.6f (closed form %.6f), sigmoid left of %.6f "
                    "(closed form %.6f) and right of %.6f\n",
                    t, softplus_left, std::log(t / (1 - t)), sigmoid_left, std::log(s / (1 - s)), sigmoid_right);
        const std::string k = listing::format(t);
        program.value("softplus_saturates_" + k, softplus_left, 5);
        program.value("sigmoid_saturates_" + k, sigmoid_left, 5);
        program.value("sigmoid_saturates_right_" + k, sigmoid_right, 5);
        program.value("saturation_gap_" + k, sigmoid_left - softplus_left, 2);
    }
    // How much larger softplus' slope is than the sigmoid's: 1 + e^x, which
    // tends to 1 on the left.
    for (double x : {-2.0, -5.0, -10.0}) {
        const double ratio = act::softplus_derivative(x) / act::sigmoid_derivative(x);
        program.value("slope_ratio_at_" + listing::format(x), ratio, 6);
        std::printf("softplus'(%g) / sigmoid'(%g) = %.6f\n", x, x, ratio);
    }

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
