// Runs the solutions of the tanh chapter's exercises.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "act/tanh.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The tanh chapter's exercise solutions at work.", argc, argv);

    double gap1 = 0;
    for (double x = -20; x <= 20; x += 0.01)
        gap1 = std::max(gap1, std::fabs(exercises::tanh_derivative_via_sigmoid(x) - act::tanh_derivative(x)));
    std::printf("1. largest |4 sigmoid'(2x) - tanh'(x)| on [-20, 20]: %.2g\n", gap1);
    program.value("sigmoid_slope_gap", gap1, 2);

    double gap2 = 0;
    for (double x = -5; x <= 5; x += 0.001)
        gap2 = std::max(gap2, std::fabs(exercises::hardtanh_from_relus(x) - act::hardtanh(x)));
    std::printf("2. largest |relu(x+1) - relu(x-1) - 1 - hardtanh(x)| on [-5, 5]: %.2g\n", gap2);
    program.value("two_relus_gap", gap2, 2);

    std::printf("3. relative error of the slope from the output t = tanh(x), float:\n"
                "       x   1 - t*t     (1 - t)(1 + t)\n");
    for (float x : {1.0f, 3.0f, 5.0f, 7.0f}) {
        const float t = act::tanh(x);
        const long double want = 1.0L - static_cast<long double>(t) * t;  // exact slope at the stored t
        const double plain = double(std::fabs((1.0f - t * t - want) / want));
        const double factored = double(std::fabs((exercises::slope_from_output_factored(t) - want) / want));
        std::printf("   %5g   %-10.2g  %.2g\n", double(x), plain, factored);
    }

    std::printf("4. atanh of small y, relative error against std::atanh in long double:\n"
                "       y        naive      stable\n");
    for (float y : {1e-2f, 1e-4f, 1e-6f}) {
        const long double want = std::atanh(static_cast<long double>(y));
        const double naive = double(std::fabs((exercises::atanh_naive(y) - want) / want));
        const double stable = double(std::fabs((exercises::atanh_stable(y) - want) / want));
        std::printf("   %6g   %-9.2g  %.2g\n", double(y), naive, stable);
    }
    return 0;
}
