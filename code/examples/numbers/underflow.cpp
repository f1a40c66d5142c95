// Underflow: the smallest normal float, the denormals below it (gradual
// underflow, with fewer and fewer significant bits), and where exp(x) becomes
// a denormal and then 0.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "listing.hpp"
#include "thresholds.hpp"

int main(int argc, char** argv)
{
    listing::Program program("underflow", "Normal and denormal floats, and where exp underflows.");
    program.parse(argc, argv);

    using F = std::numeric_limits<float>;
    // [listing:denormals]
    std::printf("smallest normal float:   %.9g = 2^%d\n", F::min(),
                std::ilogb(F::min()));
    std::printf("smallest denormal float: %.9g = 2^%g\n", F::denorm_min(),
                std::log2(F::denorm_min()));
    std::printf("\n%14s %14s %14s %5s\n", "x", "gap above x", "gap / x", "bits");
    for (int k : {0, 1, 4, 10, 16, 20, 23}) {
        const float x = std::ldexp(F::min(), -k);  // 2^(-126-k), denormal if k > 0
        const float gap = std::nextafter(x, 1.0f) - x;
        const int bits = int(std::log2(x / gap)) + 1;  // significant bits left
        std::printf("%14.6g %14.6g %14.6g %5d\n", x, gap, gap / x, bits);
    }
    // [/listing:denormals]
    program.value("float_min", F::min(), 9);
    program.value("float_min_log2", std::ilogb(F::min()), 4);
    program.value("float_denorm_min", F::denorm_min(), 9);
    program.value("float_denorm_min_log2", std::log2(F::denorm_min()), 4);
    program.value("double_min", std::numeric_limits<double>::min(), 6);
    program.value("double_denorm_min", std::numeric_limits<double>::denorm_min(), 6);
    const float half_min = F::min() / 2, half_denorm = F::denorm_min() / 2;
    program.value("half_min", half_min, 9);
    program.value("half_denorm_min", half_denorm, 3);
    program.value("denormal_1e40_bits", int(std::log2(1e-40f / (std::nextafter(1e-40f, 1.0f) - 1e-40f))) + 1, 3);

    // [listing:exp-underflow]
    const float denormal_below = numbers::exp_denormal_below<float>();
    const float zero_below = numbers::exp_zero_below<float>();
    const long double log_min = std::log(static_cast<long double>(F::min()));
    const long double log_half_denorm =
        std::log(static_cast<long double>(F::denorm_min()) / 2);
    std::printf("\nexp(x) is a denormal for x <= %.9g (log(min) = %.9Lg)\n",
                denormal_below, log_min);
    std::printf("exp(x) is 0 for x <= %.9g (log(denorm_min / 2) = %.9Lg)\n",
                zero_below, log_half_denorm);
    const float last = std::nextafter(zero_below, 0.0f);
    std::printf("exp(%.9g) = %.9g\n", last, std::exp(last));
    // [/listing:exp-underflow]
    program.threshold("float_exp_denormal_below", denormal_below, 0.0f, [](float x) { return std::exp(x) < F::min(); }, 9);
    program.threshold("float_exp_zero_below", zero_below, 0.0f, [](float x) { return std::exp(x) == 0.0f; }, 9);
    program.value("float_log_min", double(log_min), 9);
    program.value("float_exp_last_nonzero", std::exp(last), 3);
    program.threshold("double_exp_zero_below", numbers::exp_zero_below<double>(), 0.0,
                      [](double x) { return std::exp(x) == 0.0; }, 9);
    return 0;
}
