// Hardtanh against tanh: the largest distance between them, from the
// argument of the chapter (it is 1 - tanh(1), at x = 1 and x = -1) and
// checked by a scan of a fine grid; and the kinks of its derivative.
#include <cmath>
#include <cstdio>

#include "act/tanh.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("hardtanh", "The largest distance between Hardtanh and tanh.");
    const double& step = program.number_option("step", 1e-5, 1e-7, 1e-2, "grid step of the scan on [-10, 10]");
    program.parse(argc, argv);

    // [listing:distance]
    double worst = 0, worst_at = 0;
    for (double x = -10; x <= 10; x += step) {
        const double gap = std::fabs(act::hardtanh(x) - act::tanh(x));
        if (gap > worst) {
            worst = gap;
            worst_at = x;
        }
    }
    const double closed_form = 1 - act::tanh(1.0);  // at x = 1 (and at -1)
    // [/listing:distance]
    program.value("scan_max", worst, 9);
    program.value("scan_max_at", worst_at, 4);
    program.value("closed_form", closed_form, 9);
    program.value("step", step, 2);
    std::printf("scan of [-10, 10] with step %g: largest |hardtanh - tanh| = %.9f at x = %.5f\n", step, worst,
                worst_at);
    std::printf("closed form 1 - tanh(1) = %.9f\n", closed_form);

    // The slope at the corners, as PyTorch's hardtanh_backward gives it: 0.
    std::printf("hardtanh'(x) at x = -1, -0.999, 0.999, 1: %g %g %g %g\n", act::hardtanh_derivative(-1.0),
                act::hardtanh_derivative(-0.999), act::hardtanh_derivative(0.999), act::hardtanh_derivative(1.0));
    // ReLU6 is Hardtanh on [0, 6].
    std::printf("hardtanh(x, 0, 6) at x = -2, 3, 8: %g %g %g\n", act::hardtanh(-2.0, 0.0, 6.0),
                act::hardtanh(3.0, 0.0, 6.0), act::hardtanh(8.0, 0.0, 6.0));
    return 0;
}
