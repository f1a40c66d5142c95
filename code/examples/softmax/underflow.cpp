// What the shifted form still loses in float: a component of softmax
// underflows to 0 (and its log is -inf) although log-softmax is a modest
// finite number, and log of a sum near 1 loses the maximum's log-softmax.
#include <cmath>
#include <cstdio>

#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

#include "act/softmax.hpp"
#include "forms.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("underflow", "Underflow in the shifted softmax, and what log-softmax keeps.", argc,
                             argv);

    // [listing:zero-threshold]
    // softmax(0, d)_2 = e^d / (1 + e^d) is 0 in float for every d at or
    // below this point (bisection over the floats).
    const auto vanishes = [](float d) {
        return act::softmax(xt::xarray<float>{0.0f, d})(1) == 0.0f;
    };
    const auto kept = [&](float d) { return !vanishes(d); };
    const float first_kept = listing::first_true(-1000.0f, 0.0f, kept);
    const float zero_below = std::nextafter(first_kept, -1000.0f);
    // [/listing:zero-threshold]
    program.threshold("softmax_zero_below", zero_below, 0.0f, vanishes, 9);
    std::printf("softmax(0, d)_2 is 0 in float for d <= %.9g\n", double(zero_below));

    // [listing:log-of-zero]
    const xt::xarray<float> x = {0.0f, -120.0f};
    const float s = act::softmax(x)(1);
    const float log_of_s = std::log(s);
    const float log_softmax = act::log_softmax(x)(1);
    std::printf("x = [0, -120]: softmax %g, its log %g\n", double(s), double(log_of_s));
    std::printf("               act::log_softmax %.9g\n", double(log_softmax));
    // [/listing:log-of-zero]
    program.value("log_of_zero", log_of_s < 0 ? "-inf" : "inf");
    program.value("log_softmax_at_minus_120", double(log_softmax), 9);

    // The maximum's component: -log1p(e^d), near 0. In float, 1 + e^d is 1
    // once e^d is below half an ULP of 1, and log(1) = 0.
    const auto sum_is_one = [](float d) { return 1.0f + std::exp(d) == 1.0f; };
    const float one_below = std::nextafter(listing::first_true(-100.0f, 0.0f, [&](float d) { return !sum_is_one(d); }),
                                           -100.0f);
    program.threshold("log_sum_zero_below", one_below, 0.0f, sum_is_one, 9);
    // [listing:maximum]
    const xt::xarray<float> z = {0.0f, -20.0f};
    const float exact = -2.061153620314381e-9f;  // -log1p(e^-20), mpmath
    std::printf("x = [0, -20], log-softmax of the maximum:\n");
    std::printf("  shifted float %g\n", double(shifted_log_softmax(z)(0)));
    std::printf("  act::log_softmax %.9g\n", double(act::log_softmax(z)(0)));
    std::printf("  exact %.9g\n", double(exact));
    // [/listing:maximum]
    program.value("maximum_shifted", double(shifted_log_softmax(z)(0)), 6);
    program.value("maximum_act", double(act::log_softmax(z)(0)), 6);
    std::printf("shifted float softmax of [0, -120]: %g %g\n", double(shifted_softmax(x)(0)),
                double(shifted_softmax(x)(1)));
    return 0;
}
