// How far each hard function is from the smooth function it stands in for:
// Hardsigmoid from the sigmoid, Hardswish from SiLU, and the hard sigmoid of
// Keras 2 (0.2 x + 0.5, clipped) from the sigmoid. Each gap is largest at a
// corner or where its slope is 0; the listing finds that point by bisection,
// compares both candidates, and checks the result against a scan.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "listing.hpp"

namespace {

// Keras 2's hard sigmoid (tf.keras.activations.hard_sigmoid before Keras 3).
double keras2_hard_sigmoid(double x) { return std::min(1.0, std::max(0.0, 0.2 * x + 0.5)); }

double sigmoid_gap(double x) { return act::hardsigmoid(x) - act::sigmoid(x); }
double silu_gap(double x) { return act::hardswish(x) - act::silu(x); }
double keras2_gap(double x) { return keras2_hard_sigmoid(x) - act::sigmoid(x); }

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("distance", "The largest distance of each hard function from its smooth model.");
    const double& step = program.number_option("step", 1e-4, 1e-6, 1e-2, "grid step of the checking scan of [-8, 8]");
    program.parse(argc, argv);

    // [listing:sigmoid]
    // Hardsigmoid - sigmoid is odd about (0, 1/2): look at x >= 0. On (0, 3)
    // its slope 1/6 - sigmoid'(x) is 0 where sigmoid'(x) falls to 1/6; past
    // the corner at 3 the gap 1 - sigmoid(x) only shrinks.
    const auto sigmoid_flat = [](double x) {
        return act::sigmoid_derivative(x) <= 1.0 / 6;
    };
    const double x_star = listing::first_true(0.0, 3.0, sigmoid_flat);
    const double inside = std::fabs(sigmoid_gap(x_star));
    const double corner = std::fabs(sigmoid_gap(3.0));
    const double sigmoid_worst = std::max(inside, corner);
    const double sigmoid_worst_at = inside >= corner ? x_star : 3.0;
    // [/listing:sigmoid]

    // [listing:silu]
    // Hardswish - SiLU = x (hardsigmoid - sigmoid) is even. On (0, 3) its
    // slope changes sign once; at the corner x = 3 it is 3 sigmoid(-3).
    const auto silu_gap_rises = [](double x) {
        return act::hardswish_derivative(x) - act::silu_derivative(x) >= 0;
    };
    const double x_silu = listing::first_true(0.5, 3.0, silu_gap_rises);
    const double silu_inside = std::fabs(silu_gap(x_silu));
    const double silu_corner = std::fabs(silu_gap(3.0));
    const double silu_worst = std::max(silu_inside, silu_corner);
    const double silu_worst_at = silu_inside >= silu_corner ? x_silu : 3.0;
    // [/listing:silu]

    // Keras 2's hard sigmoid, slope 0.2, corners at -2.5 and 2.5.
    const auto keras_flat = [](double x) { return act::sigmoid_derivative(x) <= 0.2; };
    const double x_keras = listing::first_true(0.0, 2.5, keras_flat);
    const double keras_inside = std::fabs(keras2_gap(x_keras)), keras_corner = std::fabs(keras2_gap(2.5));
    const double keras_worst = std::max(keras_inside, keras_corner);
    const double keras_worst_at = keras_inside >= keras_corner ? x_keras : 2.5;

    // The check: a scan of [-8, 8] must not find a larger gap.
    double scan_sigmoid = 0, scan_silu = 0, scan_keras = 0;
    for (double x = -8; x <= 8; x += step) {
        scan_sigmoid = std::max(scan_sigmoid, std::fabs(sigmoid_gap(x)));
        scan_silu = std::max(scan_silu, std::fabs(silu_gap(x)));
        scan_keras = std::max(scan_keras, std::fabs(keras2_gap(x)));
    }
    if (scan_sigmoid > sigmoid_worst * (1 + 1e-12) || scan_silu > silu_worst * (1 + 1e-12) ||
        scan_keras > keras_worst * (1 + 1e-12)) {
        std::fprintf(stderr, "distance: the scan found a larger gap than the analysis\n");
        return 1;
    }

    program.threshold("sigmoid_flat_from", x_star, 0.0, sigmoid_flat, 6);
    program.threshold("silu_gap_rises_from", x_silu, 0.5, silu_gap_rises, 6);
    program.threshold("keras_flat_from", x_keras, 0.0, keras_flat, 6);
    program.value({{"sigmoid_inside", inside}, {"sigmoid_corner", corner}, {"sigmoid_worst", sigmoid_worst},
                   {"silu_inside", silu_inside}, {"silu_corner", silu_corner}, {"silu_worst", silu_worst},
                   {"keras_inside", keras_inside}, {"keras_corner", keras_corner}, {"keras_worst", keras_worst},
                   {"scan_sigmoid", scan_sigmoid}, {"scan_silu", scan_silu}, {"scan_keras", scan_keras}},
                  4);
    program.value({{"sigmoid_worst_at", sigmoid_worst_at}, {"silu_worst_at", silu_worst_at},
                   {"keras_worst_at", keras_worst_at}},
                  6);
    program.value("closed_form_x_star", std::log(2 + std::sqrt(3.0)), 6);
    std::printf("%-34s %12s %10s %12s %10s %12s\n", "pair", "flat slope x", "gap there", "corner x", "gap there",
                "scan max");
    std::printf("%-34s %12.6f %10.4f %12.1f %10.4f %12.4f\n", "Hardsigmoid - sigmoid", x_star, inside, 3.0, corner,
                scan_sigmoid);
    std::printf("%-34s %12.6f %10.4f %12.1f %10.4f %12.4f\n", "Hardswish - SiLU", x_silu, silu_inside, 3.0,
                silu_corner, scan_silu);
    std::printf("%-34s %12.6f %10.4f %12.1f %10.4f %12.4f\n", "Keras 2 hard sigmoid - sigmoid", x_keras,
                keras_inside, 2.5, keras_corner, scan_keras);
    std::printf("closed form of the first: ln(2 + sqrt 3) = %.6f\n", std::log(2 + std::sqrt(3.0)));
    return 0;
}
